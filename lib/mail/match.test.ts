import { describe, expect, it } from 'vitest';
import { emptyContext, type Prospect, type ProspectSeen } from '../model';
import { companyMatchesDomain, matchRecipients, organisationLabel, registrableDomain, websiteDomain } from './match';
import { ago, emailHeading, recordLine, recipientsPhrase } from './writing-to';

const seen = (key: string, prospect: Prospect, lastSeenAt: number): ProspectSeen => ({ key, prospect, context: emptyContext(), firstSeenAt: 1, lastSeenAt, views: 1 });

const jane = seen('salesforce:contact:003A', { name: 'Jane Roe', company: 'Acme Corp', email: 'Jane.Roe@acme.example', source: { crm: 'salesforce', recordType: 'contact', recordId: '003A' } }, 100);
const acme = seen('hubspot:company:77', { name: 'Acme', company: 'Acme Corp', source: { crm: 'hubspot', recordType: 'company', recordId: '77' } }, 50);
const mercy = seen('dynamics:account:9', { company: 'Mercy Regional Health', source: { crm: 'dynamics', recordType: 'account', recordId: '9' } }, 10);
const sam = seen('pipedrive:person:5', { name: 'Sam Lee', email: 'sam.lee@globex.example', source: { crm: 'pipedrive', recordType: 'person', recordId: '5' } }, 20);
const janeOld = seen('zoho:contact:1', { name: 'Jane Roe (old)', email: 'jane.roe@acme.example', source: { crm: 'zoho', recordType: 'contact', recordId: '1' } }, 5);
const all = [mercy, acme, jane, sam, janeOld];

describe('matching recipients to records seen', () => {
  it('takes the record showing the address, the most recently seen, whatever the case', () => {
    expect(matchRecipients(['jane.roe@acme.example'], all)).toMatchObject({ recipient: 'jane.roe@acme.example', by: 'email', seen: { key: jane.key } });
  });

  it('prefers an address match on any recipient to a domain match on the first', () => {
    expect(matchRecipients(['bob@acme.example', 'sam.lee@globex.example'], all)).toMatchObject({ recipient: 'sam.lee@globex.example', by: 'email' });
  });

  it('matches a colleague by company domain, the company record before its people', () => {
    expect(matchRecipients(['bob@acme.example'], all)).toMatchObject({ recipient: 'bob@acme.example', by: 'domain', seen: { key: acme.key } });
    expect(matchRecipients(['pat@globex.example'], all)).toMatchObject({ by: 'domain', seen: { key: sam.key } });
    expect(matchRecipients(['cfo@mercyregional.org'], all)).toMatchObject({ by: 'domain', seen: { key: mercy.key } });
    expect(matchRecipients(['ops@mail.acme.co.uk'], all)).toMatchObject({ by: 'domain', seen: { key: acme.key } });
  });

  it('never matches personal mailboxes or unknown companies', () => {
    expect(matchRecipients(['jane.roe.home@gmail.com', 'x@outlook.com'], [...all, seen('k', { company: 'Gmail' }, 1)])).toBeUndefined();
    expect(matchRecipients(['someone@initech.example'], all)).toBeUndefined();
    expect(matchRecipients([], all)).toBeUndefined();
    expect(matchRecipients(['jane.roe@acme.example'], [])).toBeUndefined();
  });

  it('reads a domain as its organisation and compares it with company names', () => {
    expect(organisationLabel('acme.example')).toBe('acme');
    expect(organisationLabel('mail.acme.co.uk')).toBe('acme');
    expect(organisationLabel('example')).toBeUndefined();
    expect(companyMatchesDomain('Acme, Inc.', 'acme.com')).toBe(true);
    expect(companyMatchesDomain('Mercy Regional Health', 'mercyregional.org')).toBe(true);
    expect(companyMatchesDomain('Initech', 'acme.com')).toBe(false);
    // Too short a common start says nothing: "ab" is not "abacus".
    expect(companyMatchesDomain('AB', 'abacus.com')).toBe(false);
    expect(companyMatchesDomain(undefined, 'acme.com')).toBe(false);
  });
});

describe('the writing-to line', () => {
  it('says who the record is and when it was seen', () => {
    expect(recordLine(jane.prospect, 0, 2 * 3_600_000 + 5)).toBe('Jane Roe, Salesforce contact seen 2 h ago');
    expect(recordLine(mercy.prospect, 0, 3 * 86_400_000)).toBe('Mercy Regional Health, Dynamics 365 account seen 3 days ago');
    expect(ago(30_000)).toBe('just now');
    expect(ago(5 * 60_000)).toBe('5 min ago');
    expect(ago(86_400_000)).toBe('1 day ago');
  });

  it('names the matched recipient first and counts the others', () => {
    const mail = { client: 'gmail' as const, composeId: 'c1', recipients: ['a@x.example', 'jane.roe@acme.example'], reply: false, open: true, updatedAt: 0 };
    expect(recipientsPhrase(mail)).toBe('a@x.example and 1 more');
    expect(recipientsPhrase({ ...mail, match: { recipient: 'jane.roe@acme.example', by: 'email', key: 'k', lastSeenAt: 0 } })).toBe('jane.roe@acme.example and 1 more');
    expect(recipientsPhrase({ ...mail, recipients: [] })).toBeUndefined();
  });

  it('heads the banner as a rep would say it', () => {
    const mail = { client: 'gmail' as const, composeId: 'c1', recipients: ['a@x.example'], reply: false, open: true, updatedAt: 0 };
    expect(emailHeading(mail)).toBe('Writing to a@x.example');
    expect(emailHeading({ ...mail, reply: true })).toBe('Replying to a@x.example');
    expect(emailHeading({ ...mail, recipients: [] })).toBe('New email: no recipient yet');
    expect(emailHeading({ ...mail, recipients: [], reply: true })).toBe('Reply: no recipient yet');
  });
});

describe('matching by a record’s website', () => {
  const northwind = seen('dynamics:account:11', { name: 'Ashby Water & Power', company: 'Ashby Water & Power', website: 'https://www.ashbyutilities.example', source: { crm: 'dynamics', recordType: 'account', recordId: '11' } }, 30);
  const northwindPerson = seen('dynamics:contact:12', { name: 'Ian Ashby', company: 'Ashby Water & Power', website: 'ashbyutilities.example', source: { crm: 'dynamics', recordType: 'contact', recordId: '12' } }, 90);
  const ukSite = seen('zoho:account:13', { company: 'Brightcrest University', website: 'www.brightcrest.co.uk/en', source: { crm: 'zoho', recordType: 'account', recordId: '13' } }, 40);
  const ghPages = seen('hubspot:company:14', { company: 'Tiny Startup', website: 'https://tinystartup.github.io', source: { crm: 'hubspot', recordType: 'company', recordId: '14' } }, 60);
  const personalSite = seen('pipedrive:organization:15', { company: 'Solo Consulting', website: 'gmail.com', source: { crm: 'pipedrive', recordType: 'organization', recordId: '15' } }, 70);
  const records = [...all, northwind, northwindPerson, ukSite, ghPages, personalSite];

  it('matches a recipient whose domain is a record’s website, when the company name says nothing', () => {
    expect(companyMatchesDomain('Ashby Water & Power', 'ashbyutilities.example')).toBe(false);
    expect(matchRecipients(['ops@ashbyutilities.example'], records)).toMatchObject({ recipient: 'ops@ashbyutilities.example', by: 'website', seen: { key: northwind.key } });
  });

  it('compares registrable domains: subdomains and country-code suffixes, the path ignored', () => {
    expect(matchRecipients(['ops@mail.ashbyutilities.example'], records)).toMatchObject({ by: 'website', seen: { key: northwind.key } });
    expect(matchRecipients(['dean@brightcrest.co.uk'], records)).toMatchObject({ by: 'website', seen: { key: ukSite.key } });
    // Another organisation under the same public suffix is not the same company.
    expect(matchRecipients(['x@other.co.uk'], records)).toBeUndefined();
    expect(matchRecipients(['x@tinystartup.github.io'], records)).toMatchObject({ by: 'website', seen: { key: ghPages.key } });
    expect(matchRecipients(['x@otherstartup.github.io'], records)).toBeUndefined();
  });

  it('comes after an address on any recipient, and before company names', () => {
    expect(matchRecipients(['ops@ashbyutilities.example', 'jane.roe@acme.example'], records)).toMatchObject({ by: 'email', seen: { key: jane.key } });
    // acme.example matches Acme's name; a record whose website is acme.example wins over it.
    const acmeSite = seen('salesforce:account:001W', { company: 'Widgets Holding', website: 'http://acme.example/', source: { crm: 'salesforce', recordType: 'account', recordId: '001W' } }, 1);
    expect(matchRecipients(['bob@acme.example'], [...records, acmeSite])).toMatchObject({ by: 'website', seen: { key: acmeSite.key } });
  });

  it('never matches a personal mailbox, even against a record that gives one as its website', () => {
    expect(matchRecipients(['solo@gmail.com'], records)).toBeUndefined();
  });

  it('reads registrable domains from the public suffix list', () => {
    expect(registrableDomain('mail.acme.co.uk')).toBe('acme.co.uk');
    expect(registrableDomain('Acme.Example')).toBe('acme.example');
    expect(websiteDomain('https://www.acme.com.au/de')).toBe('acme.com.au');
    expect(websiteDomain('shop.acme.de')).toBe('acme.de');
    expect(websiteDomain(undefined)).toBeUndefined();
  });
});
