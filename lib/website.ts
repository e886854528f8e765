// A company's website as a record shows it ("https://www.Acme.com/", "www.acme.com", "acme.co.uk/de"),
// in one form: an http(s) address (scheme and lower-case host, no query, fragment or trailing slash)
// when the page gives one, else the bare domain (and path). Anything else (another scheme, text that
// is no host name) is no website.

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/** The normalised website, or undefined when the text is not an http(s) address or a domain. */
export function normaliseWebsite(text: string | undefined): string | undefined {
  const raw = text?.trim();
  if (!raw || raw.length > 2048 || /\s/.test(raw)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  // "acme.com:8080" has no scheme: a scheme is followed by "//" for the web's addresses.
  const hasScheme = scheme !== undefined && raw.slice(scheme.length + 1).startsWith('//');
  if (hasScheme && scheme !== 'http' && scheme !== 'https') return undefined;
  if (!hasScheme && scheme !== undefined && !/^[a-z0-9.-]+:\d+(\/|$)/i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : `https://${raw.replace(/^\/\//, '')}`);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  const host = url.hostname.replace(/\.$/, '');
  if (!HOST.test(host)) return undefined;
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  const port = url.port ? `:${url.port}` : '';
  return hasScheme ? `${url.protocol}//${host}${port}${path}` : `${host}${port}${path}`;
}

/** The host name of a normalised website ("https://www.acme.com/de" and "www.acme.com" give www.acme.com). */
export function websiteHost(website: string): string | undefined {
  try {
    return new URL(/^https?:\/\//.test(website) ? website : `https://${website}`).hostname || undefined;
  } catch {
    return undefined;
  }
}
