// Host permissions for the team's feed and collector: asked for when someone configures them (inside
// the click, before any await, as browsers require), and watched so the page knows what it holds.
import { useEffect, useState } from 'preact/hooks';
import { endpointOrigins } from '@/lib/net/endpoint';

/** Asks for access to the origins of these addresses. Call synchronously from a click handler. */
export function requestHostAccess(urls: readonly string[]): Promise<boolean> {
  const origins = endpointOrigins(urls);
  if (origins.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** Gives back access Tailor no longer needs: origins of old addresses that no current one uses. */
export async function releaseHostAccess(oldUrls: readonly string[], currentUrls: readonly string[]): Promise<void> {
  const keep = new Set(endpointOrigins(currentUrls));
  const drop = endpointOrigins(oldUrls).filter((o) => !keep.has(o));
  if (drop.length === 0) return;
  // Required host permissions (a test build's) cannot be removed; that is fine.
  await browser.permissions.remove({ origins: drop }).catch(() => false);
}

/** Whether Tailor may reach each address's origin, kept current as permissions change. */
export function useHostAccess(urls: readonly string[]): Record<string, boolean | undefined> {
  const key = urls.join('\n');
  const [access, setAccess] = useState<Record<string, boolean | undefined>>({});
  useEffect(() => {
    let live = true;
    const check = async () => {
      const out: Record<string, boolean | undefined> = {};
      for (const url of urls) {
        const [origin] = endpointOrigins([url]);
        out[url] = origin ? await browser.permissions.contains({ origins: [origin] }).catch(() => false) : undefined;
      }
      if (live) setAccess(out);
    };
    void check();
    const onChange = () => void check();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [key]);
  return access;
}
