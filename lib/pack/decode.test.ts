import { describe, expect, it } from 'vitest';
import { decodeText, encodingOfLabel } from './decode';

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

  it('reads UTF-16 without a mark when a charset declares it, and lets a mark outrank the declaration', () => {
    const text = '{"title":"Étude de cas"}';
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')), 'utf-16')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le').swap16()), 'UTF-16BE')).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(utf8(`\ufeff${text}`), 'utf-16le')).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 with neither a mark nor a charset by the zero bytes of its Latin text; a stray zero byte is not UTF-16', () => {
    const text = 'title,url\nÉtude de cas,https://e.example/é\n';
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le')))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(Buffer.from(text, 'utf16le').swap16()))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(utf8('title,url\nA\u0000,https://e.example/\n')).encoding).toBe('utf-8');
  });

  it('lets the bytes outrank a declared UTF-8 or Latin-1: a server’s default charset says nothing of the file', () => {
    // A Windows-1252 file served as "charset=utf-8": read as Windows-1252, its é kept, not turned into U+FFFD.
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'utf-8')).toEqual({ text: 'Café', encoding: 'windows-1252' });
    // A UTF-8 file served as Apache's default "charset=iso-8859-1": still UTF-8, not "CafÃ©".
    expect(decodeText(utf8('Café'), 'iso-8859-1')).toEqual({ text: 'Café', encoding: 'utf-8' });
    // A charset decodeText does not read is left to the bytes.
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]), 'shift_jis')).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });

  it('names the encodings of the Encoding Standard\'s labels that it reads', () => {
    expect(['latin1', 'ISO-8859-1', 'us-ascii', 'cp1252', 'utf8', ' utf-16 ', 'utf-16be', 'shift_jis', 'nonsense'].map(encodingOfLabel)).toEqual([
      'windows-1252', 'windows-1252', 'windows-1252', 'windows-1252', 'utf-8', 'utf-16le', 'utf-16be', undefined, undefined,
    ]);
  });
});
