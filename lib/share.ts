// What a rep copies: the asset's link with tracking parameters, and an email-ready snippet of one or
// several assets, as rich HTML and as plain text.
import { isHttpUrl } from './url';

export const TAILOR_UTM = { utm_source: 'tailor', utm_medium: 'sales' } as const;

/** Tracking parameter names a team may add; Tailor's own three cannot be overridden. */
export const PARAM_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const RESERVED_PARAMS = new Set(['utm_source', 'utm_medium', 'utm_campaign']);

/** The asset URL with utm_source=tailor, utm_medium=sales, utm_campaign=<asset id>, then the team's own. */
export function trackedUrl(url: string, assetId: string, extra: Readonly<Record<string, string>> = {}): string {
  if (!isHttpUrl(url)) throw new Error(`not an http(s) URL: ${url}`);
  const u = new URL(url);
  u.searchParams.set('utm_source', TAILOR_UTM.utm_source);
  u.searchParams.set('utm_medium', TAILOR_UTM.utm_medium);
  u.searchParams.set('utm_campaign', assetId);
  for (const [key, value] of Object.entries(extra)) {
    if (PARAM_NAME.test(key) && !RESERVED_PARAMS.has(key.toLowerCase())) u.searchParams.set(key, value);
  }
  return u.toString();
}

/** One line of summary: the description's first sentence, cut at a word near `max` characters. */
export function oneLineSummary(description: string | undefined, max = 160): string {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).replace(/[\s,;:]+$/, '')}…`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface ShareItem {
  title: string;
  url: string;
  summary: string;
}

/** An email snippet: each asset's title as a link, then its summary. HTML is built escaped, never parsed. */
export function emailSnippet(items: readonly ShareItem[]): { html: string; text: string } {
  const safe = items.filter((i) => isHttpUrl(i.url));
  const html = safe
    .map(
      (i) =>
        `<p><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a>${i.summary ? `<br>${escapeHtml(i.summary)}` : ''}</p>`,
    )
    .join('\n');
  const text = safe.map((i) => [i.title, i.summary, i.url].filter(Boolean).join('\n')).join('\n\n');
  return { html, text };
}
