import { describe, expect, it } from 'vitest';
import { emptyContext, type Prospect, type ProspectSeen } from '../model';
import { companyMatchesDomain, matchRecipients, organisationLabel } from './match';
import { ago, recordLine, recipientsPhrase } from './writing-to';

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
    expect(recipientsPhrase({ ...mail, recipients: [] })).toBe('a new email (no recipient yet)');
  });
});
