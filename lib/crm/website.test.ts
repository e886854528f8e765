// The company's website where record pages show it: the team's pages (also in cases.json) and the
// independent set A's pages, whose expectations predate the field and so are checked here.
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractProspect } from '.';

const dir = path.resolve(__dirname, '../../tests/fixtures/crm');
const load = (file: string) => parseHTML(fs.readFileSync(path.join(dir, file), 'utf8')).document as unknown as Document;

const PAGES: [file: string, url: string, website: string | undefined][] = [
  ['salesforce/account.html', 'https://acme.lightning.force.com/lightning/r/0015g00000AbCdEAAX/view', 'www.mercyregional.example'],
  ['independent-a/salesforce/account-native-shadow.html', 'https://corvid.lightning.force.com/lightning/r/Account/0018d00000XcVbNAAV/view', 'www.tanaka-seimitsu.example'],
  // A lead's Website field shown empty.
  ['independent-a/salesforce/lead-lightning-path.html', 'https://kestrelhealth.lightning.force.com/lightning/r/Lead/00Q8d00000Fh3XyEAJ/view', undefined],
  ['hubspot/company.html', 'https://app.hubspot.com/contacts/8765432/record/0-2/9001', 'orbitalparcel.example'],
  ['independent-a/hubspot/company-record.html', 'https://app-eu1.hubspot.com/contacts/26789012/record/0-2/19876543210', 'hafenkraft.example'],
  ['dynamics/account.html', 'https://acme.crm.dynamics.com/main.aspx?appid=x#pagetype=entityrecord&etn=account&id={11111111-2222-3333-4444-555555555555}', 'https://www.ashbyutilities.example'],
  ['independent-a/dynamics/account-uci.html', 'https://fjordline.crm4.dynamics.com/main.aspx?appid=a6f1c2d4-8b3e-4e7a-9c11-2f5d8e0b7a93&pagetype=entityrecord&etn=account&id=%7Be51a7c03-0b9f-4d2e-8f6a-d4c3b2a19087%7D', 'https://fjordline-seafood.example'],
  // The "---" placeholder of an empty website.
  ['independent-a/dynamics/lead-optionset.html', 'https://serraazul.crm2.dynamics.com/main.aspx?appid=a6f1c2d4-8b3e-4e7a-9c11-2f5d8e0b7a93&pagetype=entityrecord&etn=lead&id=%7Bc0f4e8a2-1d77-4b5e-a2c9-6e31b7d05f44%7D', undefined],
  ['dynamics/lead-full.html', 'https://acme.crm4.dynamics.com/main.aspx?appid=1d3c6c5e-0b1d-ef11-840a-000d3a4a5b6c&pagetype=entityrecord&etn=lead&id=3c2f1e0d-7a6b-4c5d-8e9f-a0b1c2d3e4f5', undefined],
  ['pipedrive/organization.html', 'https://acme.pipedrive.com/organization/88', 'saltmarshhotels.example'],
  ['independent-a/pipedrive/organization.html', 'https://brightwave.pipedrive.com/organization/1177', 'quintadolobo.example'],
  ['zoho/account.html', 'https://crm.zoho.com.au/crm/org70012345/tab/Accounts/5123000000111111', 'www.brightcrest.example'],
  // People and deals carry none: a contact's company website is on the company's record.
  ['salesforce/contact.html', 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view', undefined],
  ['pipedrive/person.html', 'https://acme.pipedrive.com/person/1234', undefined],
];

describe('the company website on record pages', () => {
  it.each(PAGES)('%s', (file, url, website) => {
    const prospect = extractProspect(load(file), url);
    expect(prospect).not.toBeNull();
    expect(prospect!.website).toBe(website);
  });
});
