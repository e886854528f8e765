// The CRM sites Tailor reads, as browser match patterns: the content script runs on these pages only,
// and the background accepts records only from them. No <all_urls>.
export const CRM_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://app-na3.hubspot.com/*',
  'https://app-ap1.hubspot.com/*',
  'https://*.dynamics.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.com.cn/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.ca/*',
  'https://crm.zoho.sa/*',
  'https://crm.zoho.uk/*',
  'https://www.linkedin.com/*',
] as const;

const HOST_PATTERNS = CRM_MATCHES.map((m) => {
  const host = /^https:\/\/([^/]+)\//.exec(m)![1]!;
  const escaped = host.replace(/[.]/g, '\\.').replace(/^\*\\\./, '(?:[a-z0-9-]+\\.)+');
  return new RegExp(`^${escaped}$`, 'i');
});

/** Is this page on one of the CRM sites (https only)? */
export function isCrmPage(url: string | URL | undefined): boolean {
  if (!url) return false;
  try {
    const u = typeof url === 'string' ? new URL(url) : url;
    return u.protocol === 'https:' && HOST_PATTERNS.some((p) => p.test(u.hostname));
  } catch {
    return false;
  }
}
