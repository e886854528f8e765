// Times as the settings page shows them: the moment, and how long ago (or how soon) it is.

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 minutes ago", "in 2 hours", "just now". */
export function relativeTime(at: number, now: number, locale?: string): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (abs >= ms || unit === 'minute') return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(Math.round(diff / 60_000), 'minute');
}

/** "12 Mar 2026, 10:04 (3 minutes ago)". */
export function formatWhen(at: number, now: number, locale?: string): string {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return `${when} (${relativeTime(at, now, locale)})`;
}

// The page's words are English: English's rules pick the form, whatever the browser's locale.
const englishPlural = new Intl.PluralRules('en');

/** The word for n of a thing: "deal" for 1, "deals" for 0, 2 or 1.5. */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return englishPlural.select(n) === 'one' ? one : many;
}

/** "1 share", "0 shares", "50,000 events". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${pluralWord(n, one, many)}`;
}

/** An amount as the insights show it: grouped, no decimals, no currency (deal amounts carry none). */
export const money = (n: number): string => n.toLocaleString(undefined, { maximumFractionDigits: 0 });
