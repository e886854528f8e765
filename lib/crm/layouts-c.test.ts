// Classes of markup and situation found in the independent set C's misses, each on a small invented
// page: a LinkedIn company grouping several roles in a list of its own (no sub-components wrapper), a
// headline whose role is a former one, a Sales Navigator lead whose current role sits in a section beside
// its card, and a HubSpot field still loading (its row shows only its label) above another field.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const page = (body: string) => parseHTML(`<html><head><title>Record</title></head><body>${body}</body></html>`).document as unknown as Document;

describe('HubSpot', () => {
  it('reads no description while it is still loading, rather than the label of the row below it', () => {
    const row = (name: string, label: string, value: string) => `<div class="prop"><label>${label}</label><div data-field="${name}">${value}</div></div>`;
    const body = `<div data-test-id="left-sidebar"><h1><span data-selenium-test="highlightTitle">Kestrel Orthodontics</span></h1>
      <section>${row('industry', 'Industry', 'Medical Practice')}${row('description', 'Description', '<span class="skeleton"></span><span class="skeleton"></span>')}${row('phone', 'Phone number', '<span class="skeleton"></span>')}${row('city', 'City', 'Leeds')}</section></div>`;
    const prospect = extractProspect(page(body), 'https://app-eu1.hubspot.com/contacts/5512/record/0-2/77120')!;
    expect(prospect.industry).toBe('Medical Practice');
    expect(prospect.notes).toBeUndefined();
  });
});
