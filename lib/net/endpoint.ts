// Team endpoints (a library feed, a usage collector): which addresses Tailor will talk to, and the
// host permission each one needs. Plain http is only for a server on this machine, where nothing
// crosses a network.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * Whether Tailor may talk to an address over its scheme: https anywhere, plain http only on this
 * machine. The one rule for configured addresses and for where a redirect ends up.
 */
export function allowedScheme(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

export type EndpointCheck = { ok: true; url: URL } | { ok: false; message: string };

/** Checks an address a feed or collector is configured with. `what` names it in the message. */
export function checkEndpointUrl(value: string, what = 'the address'): EndpointCheck {
  const text = value.trim();
  if (!text) return { ok: false, message: `${what} is empty` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `"${text}" is not a web address: write it in full, starting with https://` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: `${url.protocol} addresses are not allowed: ${what} must start with https://` };
  if (!allowedScheme(url))
    return {
      ok: false,
      message: `${what} must use https:// (plain http:// is only allowed for localhost and 127.0.0.1)`,
    };
  if (url.username || url.password)
    return { ok: false, message: `${what} must not contain a user name or password: use the write key field` };
  if (!url.hostname) return { ok: false, message: `${what} has no host name` };
  return { ok: true, url };
}

/** The match pattern for an endpoint's origin, as host permissions name it (ports are not part of it). */
export function originPattern(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.protocol}//${u.hostname}/*`;
}

/** The origin patterns a set of configured endpoints need; invalid or empty addresses need none. */
export function endpointOrigins(urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const value of urls) {
    if (!value.trim()) continue;
    const checked = checkEndpointUrl(value);
    if (checked.ok) out.add(originPattern(checked.url));
  }
  return [...out];
}
