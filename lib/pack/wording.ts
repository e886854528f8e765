// How a reader's messages become what a page shows: one capital, one full stop.

/** A message as a sentence: "the file was read as Windows-1252" becomes "The file was read as Windows-1252." */
export const sentence = (message: string): string =>
  `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`;
