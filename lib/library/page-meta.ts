// "Add this page to Tailor": a draft asset from a web page's own metadata (Open Graph, <meta>,
// the kind of page its address suggests). Pure: the document comes from DOMParser or a test.
import { isIsoDate, isHttpUrl } from '../pack/rules';
import type { AssetType } from '../model';

export interface PageDraft {
  title: string;
  url: string;
  type: AssetType;
  description?: string;
  publishedAt?: string;
}

const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com|wistia\.(com|net)|vidyard\.com|loom\.com|brightcove\.(com|net)|dailymotion\.com)$/;

// Checked in order: the first pattern that matches the address names the kind of asset.
const PATH_KINDS: [RegExp, AssetType][] = [
  [/case[-_ ]?stud|customer[-_ ]?stor|\/customers?\//, 'case-study'],
  [/webinar|on[-_]?demand/, 'webinar'],
  [/white[-_ ]?papers?|\/research\/|\/reports?\//, 'whitepaper'],
  [/e[-_]?books?\b|\/guides?\//, 'ebook'],
  [/data[-_ ]?sheets?|spec[-_]?sheet/, 'datasheet'],
  [/infographic/, 'infographic'],
  [/one[-_]?pager|solution[-_]?brief|\/briefs?\//, 'one-pager'],
  [/slides|presentation|deck|slideshare|speakerdeck/, 'presentation'],
  [/\/videos?\/|\/watch/, 'video'],
  [/\/blog\/|\/news\/|\/articles?\/|\/insights\/|\/posts?\//, 'blog-post'],
];

const TRACKING = /^(utm_[a-z]+|gclid|fbclid|msclkid|mc_[a-z]+|_hs[a-z]+|hsCtaTracking|mkt_tok|ref)$/i;

/** The page's address without campaign parameters and fragments, so the library stores the clean one. */
export function cleanPageUrl(raw: string): string {
  const u = new URL(raw);
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.hash = '';
  return u.toString();
}

/** The same page whatever its campaign parameters, fragment, trailing slash or "www.": what two
 * addresses are compared by when the editor warns about a second asset for one page. */
export function samePageKey(raw: string): string {
  try {
    const u = new URL(cleanPageUrl(raw.trim()));
    const host = u.hostname.replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '') || '/';
    return `${host}${path}${u.search}`;
  } catch {
    return raw.trim();
  }
}

const meta = (doc: Document, ...names: string[]): string | undefined => {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (content) return content;
  }
  return undefined;
};

export function guessAssetType(url: URL, ogType?: string, twitterCard?: string): AssetType {
  if (VIDEO_HOSTS.test(url.hostname) || ogType?.startsWith('video') || twitterCard === 'player') return 'video';
  const path = `${url.pathname}`.toLowerCase();
  for (const [pattern, type] of PATH_KINDS) if (pattern.test(path)) return type;
  if (path.endsWith('.pdf')) return 'whitepaper';
  if (ogType === 'article') return 'blog-post';
  return 'other';
}

/** "Pricing | Acme" -> "Pricing" when the suffix is the site's own name. */
function stripSiteName(title: string, siteName?: string): string {
  if (!siteName) return title;
  const m = /^(.*?)\s*[|\-–—:·]\s*([^|\-–—:·]+)$/.exec(title);
  return m && m[1] && m[2]?.trim().toLowerCase() === siteName.toLowerCase() ? m[1].trim() : title;
}

export function draftFromDocument(doc: Document, pageUrl: string): PageDraft {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  let url = pageUrl;
  if (canonical) {
    try {
      const absolute = new URL(canonical, pageUrl).toString();
      if (isHttpUrl(absolute)) url = absolute;
    } catch {
      // a broken canonical link: keep the page's own address
    }
  }
  url = isHttpUrl(url) ? cleanPageUrl(url) : url;
  const siteName = meta(doc, 'og:site_name');
  const rawTitle = meta(doc, 'og:title', 'twitter:title') ?? doc.title?.replace(/\s+/g, ' ').trim() ?? '';
  const title = stripSiteName(rawTitle, siteName).slice(0, 300);
  const description = meta(doc, 'og:description', 'description', 'twitter:description');
  const published = meta(doc, 'article:published_time', 'og:published_time', 'date', 'publish-date')?.slice(0, 10);
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const draft: PageDraft = {
    title,
    url,
    type: parsed ? guessAssetType(parsed, meta(doc, 'og:type'), meta(doc, 'twitter:card')) : 'other',
  };
  if (description) draft.description = description.slice(0, 1000);
  if (published && isIsoDate(published)) draft.publishedAt = published;
  return draft;
}
