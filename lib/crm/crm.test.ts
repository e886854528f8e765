import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { LIVE_PAGE_MS, adapterFor, extractProspect, extractRecord, readRecord } from '.';
import { clean, isHidden, newBudget, queryAllDeep } from './dom';

const dir = path.resolve(__dirname, '../../tests/fixtures/crm');
const cases: { file: string; url: string; expect: Record<string, unknown> | null; amount?: string }[] = JSON.parse(fs.readFileSync(path.join(dir, 'cases.json'), 'utf8'));
const load = (file: string) => parseHTML(fs.readFileSync(path.join(dir, file), 'utf8')).document as unknown as Document;

describe('CRM record pages', () => {
  it.each(cases.map((c) => [`${c.file} at ${c.url}`, c] as const))('%s', (_, c) => {
    const record = extractRecord(load(c.file), c.url);
    if (c.expect === null) {
      expect(record).toBeNull();
      return;
    }
    const { source, ...fields } = c.expect as { source: Record<string, string> };
    expect(record?.prospect).toEqual({ ...fields, source: { ...source, url: new URL(c.url).toString() } });
    expect(record?.amount).toBe(c.amount);
  });

  it('has a record page and a page that is not one for every CRM', () => {
    const crms = new Set(cases.filter((c) => c.expect).map((c) => (c.expect as { source: { crm: string } }).source.crm));
    expect([...crms].sort()).toEqual(['dynamics', 'hubspot', 'linkedin', 'pipedrive', 'sales-navigator', 'salesforce', 'zoho']);
    for (const folder of ['salesforce', 'hubspot', 'dynamics', 'pipedrive', 'zoho', 'linkedin']) expect(cases.some((c) => c.file.startsWith(folder) && c.expect === null), folder).toBe(true);
  });

  it('never throws, even on an empty or broken document', () => {
    for (const c of cases) {
      const empty = parseHTML('<html><body></body></html>').document as unknown as Document;
      expect(() => extractRecord(empty, c.url)).not.toThrow();
      expect(extractRecord(empty, c.url)).toBeNull();
    }
    expect(extractRecord({} as Document, cases[0]!.url)).toBeNull();
    expect(extractRecord(load('salesforce/contact.html'), 'not a url')).toBeNull();
  });

  it('recognises only record addresses of the supported CRMs', () => {
    expect(adapterFor(new URL('https://app-eu1.hubspot.com/contacts/1/record/0-1/2'))?.id).toBe('hubspot');
    expect(adapterFor(new URL('https://crm.zoho.com.cn/crm/org1/tab/Contacts/1234567'))?.id).toBe('zoho');
    expect(adapterFor(new URL('https://evil-hubspot.com/contacts/1/record/0-1/2'))).toBeUndefined();
    expect(adapterFor(new URL('https://crm.zoho.evil.com/crm/org1/tab/Leads/1234567'))).toBeUndefined();
  });

  it('treats placeholders as absent and hidden elements as not there', () => {
    for (const p of ['--', '---', '-None-', '', '  ', 'N/A']) expect(clean(p), p).toBeUndefined();
    const { document } = parseHTML('<div hidden><p id=a>x</p></div><p id=b style="display:none">y</p><p id=c>z</p>');
    const [a, b, c] = ['#a', '#b', '#c'].map((s) => document.querySelector(s)!);
    expect([isHidden(a as unknown as Element), isHidden(b as unknown as Element), isHidden(c as unknown as Element)]).toEqual([true, true, false]);
  });

  it('reads a page with 10,000 fields, and stops when its budget is spent', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<records-record-layout-item field-label="Custom ${i}"><div slot="outputField">v${i}</div></records-record-layout-item>`).join('');
    const html = `<div class="windowViewMode-normal oneContent active"><records-highlights2><div slot="primaryField">Big Page</div></records-highlights2>${rows}</div>`;
    const doc = parseHTML(html).document as unknown as Document;
    const url = new URL('https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view');
    const adapter = adapterFor(url)!;
    expect(adapter.extract(doc, url, newBudget(1_000_000, 60_000))?.prospect.name).toBe('Big Page');
    // With little budget left, queries return what they have instead of walking the whole page.
    const tight = newBudget(1000, 60_000);
    expect(queryAllDeep(doc, 'records-record-layout-item', tight).length).toBeLessThanOrEqual(10_000);
    expect(queryAllDeep(doc, 'div', tight)).toEqual([]);
    expect(adapter.extract(doc, url, newBudget(0, 60_000))).toBeNull();
  });

  it('reads a 10 MB page', () => {
    const filler = `<p>${'lorem ipsum dolor sit amet '.repeat(40)}</p>`.repeat(10 * 1024 * 1024 / 1100);
    const html = fs.readFileSync(path.join(dir, 'hubspot/contact.html'), 'utf8').replace('<div data-test-id="middle-pane">', `<div data-test-id="middle-pane">${filler}`);
    expect(html.length).toBeGreaterThan(10_000_000);
    const url = 'https://app.hubspot.com/contacts/1/record/0-1/51';
    const whole = extractRecord(load('hubspot/contact.html'), url);
    // Read whole, every time: the same page gives the same prospect however long it takes.
    const big = parseHTML(html).document as unknown as Document;
    expect(extractRecord(big, url)).toEqual(whole);
    expect(extractRecord(big, url)).toEqual(whole);
    // Under a deadline (a live tab), a reading cut short says so, and is not to be sent.
    expect(readRecord(big, url, { maxMs: 0 }).complete).toBe(false);
    expect(readRecord(load('hubspot/contact.html'), url, { maxMs: LIVE_PAGE_MS })).toEqual({ record: whole, complete: true });
  });
});

describe('record addresses naming prototype keys', () => {
  it.each([
    'https://acme.lightning.force.com/lightning/r/constructor/0035g00000XyZabAAB/view',
    'https://org.crm4.dynamics.com/main.aspx?pagetype=entityrecord&etn=constructor&id=00000000-0000-0000-0000-000000000001',
    'https://app.hubspot.com/contacts/123/record/__proto__/51',
    'https://app.hubspot.com/contacts/123/constructor/51',
    'https://acme.pipedrive.com/constructor/12',
    'https://crm.zoho.eu/crm/org1/tab/constructor/4876876000001234567',
  ])('%s is no record type', (url) => {
    const { document } = parseHTML('<html><body><h1>Jane Roe</h1></body></html>');
    const prospect = extractProspect(document as unknown as Document, url);
    expect(typeof prospect?.source?.recordType === 'string' || prospect === null).toBe(true);
    if (prospect?.source?.recordType) expect(['contact', 'lead', 'account', 'opportunity', 'company', 'deal', 'person', 'organization', 'profile']).toContain(prospect.source.recordType);
  });
});
