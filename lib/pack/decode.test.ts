import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 as it is, with or without a byte-order mark', () => {
    expect(decodeText(utf8('title,url\nÉtude,https://e.example/\n'))).toEqual({ text: 'title,url\nÉtude,https://e.example/\n', encoding: 'utf-8' });
    expect(decodeText(utf8('\ufefftitle,url\n'))).toEqual({ text: 'title,url\n', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, as Excel\'s "CSV (Comma delimited)" writes them', () => {
    // "Fallstudie Müller – Café €" in Windows-1252: ü 0xFC, – 0x96, é 0xE9, € 0x80.
    const bytes = new Uint8Array([...utf8('Fallstudie M'), 0xfc, ...utf8('ller '), 0x96, ...utf8(' Caf'), 0xe9, 0x20, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: 'Fallstudie Müller – Café €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    const text = 'title,url\nÉtude de cas,https://e.example/é\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(0)).swap16();
    expect(decodeText(new Uint8Array(le))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(be))).toEqual({ text, encoding: 'utf-16be' });
  });
});
