// A file's bytes as text, the same in the command line and the browser: UTF-8 (the contract), UTF-16 by
// its byte-order mark, and bytes that are not UTF-8 as Windows-1252, which Excel's "CSV (Comma
// delimited)" writes on Windows. The encoding used is returned so the reader can say so.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  encoding: TextEncodingName;
}

const decodeAs = (encoding: TextEncodingName, bytes: Uint8Array, fatal = false) =>
  // ignoreBOM keeps the mark in the text; it is taken off below, whatever the encoding.
  new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);

// Windows-1252's 0x80-0x9F ("€", "–", curly quotes...). Node 20's TextDecoder('windows-1252') decodes them
// as Latin-1's control characters (nodejs/node#56542); a browser's does not, and the fix-up below changes
// nothing there. The five bytes the encoding leaves undefined stay as they are, as the WHATWG table has them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const fixCp1252 = (text: string) => text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: withoutBom(decodeAs('utf-16le', bytes)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: withoutBom(decodeAs('utf-16be', bytes)), encoding: 'utf-16be' };
  try {
    return { text: withoutBom(decodeAs('utf-8', bytes, true)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Windows-1252 maps every byte to a character, so nothing is lost; the reader warns.
    return { text: withoutBom(fixCp1252(decodeAs('windows-1252', bytes))), encoding: 'windows-1252' };
  }
}
