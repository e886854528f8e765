// How a reader's messages become what a page shows: one capital, one full stop, one way to list.

/** A message as a sentence: "the file was read as Windows-1252" becomes "The file was read as Windows-1252." */
export const sentence = (message: string): string =>
  `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;

// British English's list: no comma before "and", as Tailor's messages have always been written.
const andList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "a", "a and b", "a, b and c" (and "" for none). */
export const listWithAnd = (parts: readonly string[]): string => andList.format(parts);
