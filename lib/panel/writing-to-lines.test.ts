import { describe, expect, it } from 'vitest';
import type { TabMail } from '../mail/tab-mail';
import { emailHeading, matchedLine } from '../mail/writing-to';
import type { Prospect } from '../model';
import { writingToLines, type WritingToLines } from './writing-to-lines';

const now = Date.UTC(2026, 5, 1, 12);
const mail: TabMail = {
  client: 'gmail',
  composeId: 'c1',
  recipients: ['jane.roe@acme.example'],
  reply: false,
  open: true,
  match: { recipient: 'jane.roe@acme.example', by: 'email', key: 'salesforce:contact:003A', lastSeenAt: now - 2 * 3_600_000 - 60_000 },
  updatedAt: 1,
};
const jane: Prospect = { name: 'Jane Roe', company: 'Acme Corp', source: { crm: 'salesforce', recordType: 'contact', recordId: '003A' } };

/** The banner as a screen reader reads it: first line, then ", " (or " " with no kind) and the second. */
const sentence = (l: WritingToLines) => (l.record ? `${l.heading}: ${l.record.who}${l.record.kind ? `, ${l.record.kind}` : ''} ${l.record.seen}` : l.heading);

describe('the "Writing to …" banner in two lines', () => {
  it('puts the address and the name first, the record and when it was seen second', () => {
    expect(writingToLines(mail, jane, now)).toEqual({
      heading: 'Writing to jane.roe@acme.example',
      record: { who: 'Jane Roe', kind: 'Salesforce contact', seen: 'seen 2 h ago' },
    });
  });

  it.each<[string, TabMail, Prospect | undefined]>([
    ['matched by address', mail, jane],
    ['to two people', { ...mail, recipients: ['jane.roe@acme.example', 'ops@acme.example'] }, jane],
    ['matched by the company', { ...mail, match: { ...mail.match!, by: 'website' } }, jane],
    ['by domain, a company record', { ...mail, match: { ...mail.match!, by: 'domain' } }, { company: 'Acme Corp', source: { crm: 'hubspot', recordType: 'company', recordId: '7' } }],
    ['a record of no known kind', mail, { name: 'Jane Roe' }],
    ['a reply', { ...mail, reply: true }, jane],
    ['no record', { ...mail, match: undefined }, undefined],
    ['no recipient yet', { ...mail, recipients: [], match: undefined }, undefined],
  ])('reads as the same one sentence as before: %s', (_, m, p) => {
    expect(sentence(writingToLines(m, p, now))).toBe(emailHeading(m) + matchedLine(m, p, now));
  });
});
