// What counts as an email address, one rule for the page reader and the message the background accepts:
// a recipient the reader keeps is never one the message check would refuse (dropping the whole report).
const PART = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}";

/** Finds addresses in text. */
export const ADDRESS = new RegExp(PART, 'g');

const WHOLE = new RegExp(`^${PART}$`);

export const isAddress = (s: string): boolean => s.length <= 320 && WHOLE.test(s);
