// A file's bytes as text, the same in the command line, the browser's import and the team feed: UTF-8
// (the contract), UTF-16 by its byte-order mark (or by the charset a server declares, or by the zero bytes
// of Latin text when it has neither), and bytes that are not UTF-8 as Windows-1252, which Excel's "CSV
// (Comma delimited)" writes on Windows. The encoding used is returned so the reader can say so.

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

const READABLE: readonly string[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] satisfies TextEncodingName[];

/**
 * The encoding a charset label names, by the Encoding Standard's labels ("latin1", "iso-8859-1" and
 * "us-ascii" name Windows-1252, "utf-16" UTF-16LE), when it is one decodeText reads.
 */
export function encodingOfLabel(label: string): TextEncodingName | undefined {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return READABLE.includes(name) ? (name as TextEncodingName) : undefined;
  } catch {
    return undefined;
  }
}

/** UTF-16 without a byte-order mark, as Latin text has it: a zero byte in nearly every other place (after
 * each character in little-endian, before it in big-endian) and almost nowhere else; text in UTF-8 or
 * Windows-1252 has none. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, 4000);
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 2]!++;
  const [even, odd] = zeros as [number, number];
  const [most, least] = even > odd ? [even, odd] : [odd, even];
  if (sample.length < 2 || most < sample.length * 0.4 || least > most * 0.05) return undefined;
  return odd > even ? 'utf-16le' : 'utf-16be';
}

/**
 * `declared` is a charset label from outside the bytes (an HTTP Content-Type's). A byte-order mark
 * outranks it, as in browsers. It decides only what the bytes cannot show themselves, UTF-16 without a
 * mark (text with no Latin letters in it has no zero bytes to tell): a declared UTF-8 or Windows-1252 does not override bytes that say otherwise, because servers add
 * `charset=utf-8` (or Apache's old default, ISO-8859-1) to whatever file they serve, bytes that are valid
 * UTF-8 are UTF-8 in practice, and bytes that are not cannot be read as UTF-8 without losing characters.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: withoutBom(decodeAs('utf-16le', bytes)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: withoutBom(decodeAs('utf-16be', bytes)), encoding: 'utf-16be' };
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const named = declared === undefined || utf8Bom ? undefined : encodingOfLabel(declared);
  const utf16 = named === 'utf-16le' || named === 'utf-16be' ? named : utf8Bom ? undefined : unmarkedUtf16(bytes);
  if (utf16) return { text: withoutBom(decodeAs(utf16, bytes)), encoding: utf16 };
  try {
    return { text: withoutBom(decodeAs('utf-8', bytes, true)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Windows-1252 maps every byte to a character, so nothing is lost; the reader warns.
    return { text: withoutBom(fixCp1252(decodeAs('windows-1252', bytes))), encoding: 'windows-1252' };
  }
}
