// Browser match patterns ('https://*.dynamics.com/*') as tests on a URL. Each adapter declares the hosts
// of its CRM as match patterns (lib/crm/<crm>.ts); the content script's `matches` and the background's
// sender check are derived from those declarations (lib/crm/index.ts), and each adapter recognises its
// pages through the same patterns, so an adapter cannot accept a host the manifest does not list.

const hostRegex = (pattern: string): RegExp => {
  const m = /^https:\/\/([^/]+)\/\*$/.exec(pattern);
  if (!m) throw new Error(`not an https match pattern for a whole host: ${pattern}`);
  const escaped = m[1]!.replace(/[.]/g, '\\.').replace(/^\*\\\./, '(?:[a-z0-9-]+\\.)+');
  return new RegExp(`^${escaped}$`, 'i');
};

/** A test of a URL's host against these match patterns (the scheme is the caller's concern). */
export function hostMatcher(patterns: readonly string[]): (url: URL) => boolean {
  const regexes = patterns.map(hostRegex);
  return (url) => regexes.some((r) => r.test(url.hostname));
}

/** A test of a page against these match patterns: https only, on one of their hosts. */
export function pageMatcher(patterns: readonly string[]): (url: string | URL | undefined) => boolean {
  const onHost = hostMatcher(patterns);
  return (url) => {
    if (!url) return false;
    try {
      const u = typeof url === 'string' ? new URL(url) : url;
      return u.protocol === 'https:' && onHost(u);
    } catch {
      return false;
    }
  };
}
