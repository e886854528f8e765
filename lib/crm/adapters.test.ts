import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, CRM_MATCHES, adapterFor, isCrmPage } from '.';
import { CRM_IDS, CRM_LABELS } from '../model';
import { hostMatcher, pageMatcher } from './hosts';

const cases: { file: string; url: string; expect: { source: { crm: string; recordType: string } } | null }[] = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../tests/fixtures/crm/cases.json'), 'utf8'),
);
const records = cases.filter((c) => c.expect !== null);
const onHost = (host: string, url: string) => {
  const u = new URL(url);
  u.hostname = host;
  return u.toString();
};

describe('what each adapter declares', () => {
  it('every record page in the fixtures is on its adapter hosts and in the manifest matches, of a declared record type', () => {
    for (const c of records) {
      const adapter = ADAPTERS.find((a) => a.id === c.expect!.source.crm)!;
      expect(adapter, c.url).toBeDefined();
      expect(pageMatcher(adapter.hosts)(c.url), c.url).toBe(true);
      expect(isCrmPage(c.url), c.url).toBe(true);
      expect(adapter.record(new URL(c.url)), c.url).toBeDefined();
      expect(adapter.recordTypes, c.url).toContain(adapter.record(new URL(c.url))!.recordType);
    }
  });

  it('no adapter accepts a host its declared hosts (and so the manifest) do not list', () => {
    const elsewhere = ['evil.example', 'linkedin.com', 'app-eu2.hubspot.com', 'crm.zoho.de', 'acme.lightning.force.com.evil.example', 'dynamics.com.evil.example'];
    for (const c of records) {
      for (const host of elsewhere) {
        const url = new URL(onHost(host, c.url));
        expect(isCrmPage(url), url.href).toBe(false);
        for (const adapter of ADAPTERS) expect(adapter.record(url), `${adapter.id} at ${url.href}`).toBeUndefined();
      }
      // Each adapter reads only its own hosts: another adapter's record URL on its host is not its record.
      for (const adapter of ADAPTERS) {
        if (!pageMatcher(adapter.hosts)(c.url)) expect(adapter.record(new URL(c.url)), `${adapter.id} at ${c.url}`).toBeUndefined();
      }
    }
  });

  it('derives the manifest matches from the adapters, each host once, every one an https whole-host pattern', () => {
    expect(CRM_MATCHES).toEqual([...new Set(ADAPTERS.flatMap((a) => a.hosts))]);
    expect(new Set(CRM_MATCHES).size).toBe(CRM_MATCHES.length);
    for (const m of CRM_MATCHES) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(CRM_MATCHES).not.toContain('<all_urls>');
    for (const adapter of ADAPTERS) expect(adapter.hosts.length, adapter.id).toBeGreaterThan(0);
  });

  it('has the same CRM ids and labels as the model (which cannot import the adapters)', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual(CRM_IDS.filter((id) => id !== 'generic' && id !== 'manual').sort());
    for (const a of ADAPTERS) expect(a.label, a.id).toBe(CRM_LABELS[a.id]);
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
  });

  it('finds the adapter of a record page only among those whose hosts the page is on', () => {
    for (const c of records) expect(adapterFor(new URL(c.url))?.id, c.url).toBe(c.expect!.source.crm);
  });
});

describe('match patterns as host tests', () => {
  it('matches a wildcard host on its subdomains, an exact host exactly, https only for pages', () => {
    const test = hostMatcher(['https://*.pipedrive.com/*', 'https://crm.zoho.eu/*']);
    expect(test(new URL('https://acme.pipedrive.com/person/1'))).toBe(true);
    expect(test(new URL('https://a.b.pipedrive.com/'))).toBe(true);
    expect(test(new URL('https://pipedrive.com.evil.example/'))).toBe(false);
    expect(test(new URL('https://crm.zoho.eu/crm'))).toBe(true);
    expect(test(new URL('https://x.crm.zoho.eu/crm'))).toBe(false);
    const page = pageMatcher(['https://*.pipedrive.com/*']);
    expect(page('https://acme.pipedrive.com/person/1')).toBe(true);
    expect(page('http://acme.pipedrive.com/person/1')).toBe(false);
    expect(page('not a url')).toBe(false);
    expect(page(undefined)).toBe(false);
  });

  it('refuses a pattern that is not an https pattern for a whole host', () => {
    expect(() => hostMatcher(['<all_urls>'])).toThrow(/not an https match pattern/);
    expect(() => hostMatcher(['https://acme.pipedrive.com/person/*'])).toThrow(/not an https match pattern/);
    expect(() => hostMatcher(['*://acme.pipedrive.com/*'])).toThrow(/not an https match pattern/);
  });
});
