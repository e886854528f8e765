import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isCrmContentScript } from './background/records';
import { crmRecordMessageSchema, isFromExtension, isMailContentScript, isOwnPage, mailComposeMessageSchema, mailInsertCommandSchema, requestSchema } from './messaging';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;

describe('who may send what', () => {
  it('takes records only from our own content script, in a tab, on a CRM page', () => {
    const crm = 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view';
    expect(isCrmContentScript({ id: ID, tab: { id: 7 }, url: crm }, ID)).toBe(true);
    expect(isCrmContentScript({ id: 'another-extension', tab: { id: 7 }, url: crm }, ID)).toBe(false);
    expect(isCrmContentScript({ id: ID, url: crm }, ID)).toBe(false);
    expect(isCrmContentScript({ id: ID, tab: { id: 7 }, url: 'https://evil.example/lightning/r/Contact/1/view' }, ID)).toBe(false);
    expect(isCrmContentScript({ id: ID, tab: { id: 7 } }, ID)).toBe(false);
  });

  it('takes requests only from our own pages', () => {
    expect(isOwnPage({ id: ID, url: `${BASE}sidepanel.html?tabId=3` }, ID, BASE)).toBe(true);
    expect(isOwnPage({ id: ID, url: 'https://app.hubspot.com/contacts/1/record/0-1/51' }, ID, BASE)).toBe(false);
    expect(isOwnPage({ id: 'another-extension', url: `${BASE}options.html` }, ID, BASE)).toBe(false);
  });
});

describe('what a record message may hold', () => {
  const ok = (record: unknown) => v.safeParse(crmRecordMessageSchema, { type: 'crm:record', record }).success;

  it('accepts a prospect as the format says, or none', () => {
    expect(ok({ prospect: { name: 'Dana', title: 'CFO', source: { crm: 'salesforce', recordType: 'contact', recordId: '003' } }, amount: '$50,000' })).toBe(true);
    expect(ok(null)).toBe(true);
  });

  it('refuses what a page could slip in', () => {
    expect(ok({ prospect: { name: 42 } })).toBe(false);
    expect(ok({ prospect: { source: { crm: 'myspace' } } })).toBe(false);
    expect(ok({ prospect: {}, amount: 'x'.repeat(10_000) })).toBe(false);
    expect(ok(undefined)).toBe(false);
    expect(v.safeParse(crmRecordMessageSchema, { type: 'crm:recrd', record: null }).success).toBe(false);
  });

  it('knows every request type and nothing else', () => {
    expect(v.safeParse(requestSchema, { type: 'usage:recorded' }).success).toBe(true);
    expect(v.safeParse(requestSchema, { type: 'db:drop' }).success).toBe(false);
  });
});

describe('email messages', () => {
  it('takes compose reports only from our own content script, in a tab, on a webmail page', () => {
    const gmail = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
    expect(isMailContentScript({ id: ID, tab: { id: 3 }, url: gmail }, ID)).toBe(true);
    expect(isMailContentScript({ id: ID, tab: { id: 3 }, url: 'https://outlook.office.com/mail/' }, ID)).toBe(true);
    expect(isMailContentScript({ id: 'another-extension', tab: { id: 3 }, url: gmail }, ID)).toBe(false);
    expect(isMailContentScript({ id: ID, url: gmail }, ID)).toBe(false);
    // A CRM page's script cannot speak for a compose.
    expect(isMailContentScript({ id: ID, tab: { id: 3 }, url: 'https://app.hubspot.com/contacts/1/record/0-1/51' }, ID)).toBe(false);
  });

  it('lets a mail page insert only on our own background or pages\' word', () => {
    expect(isFromExtension({ id: ID }, ID)).toBe(true);
    expect(isFromExtension({ id: ID, tab: { id: 4 } }, ID)).toBe(false);
    expect(isFromExtension({ id: 'another-extension' }, ID)).toBe(false);
  });

  it('holds addresses only, bounded', () => {
    const ok = (compose: unknown) => v.safeParse(mailComposeMessageSchema, { type: 'mail:compose', compose }).success;
    expect(ok({ id: 'c1', recipients: ['jane.roe@acme.example'], reply: false })).toBe(true);
    expect(ok(null)).toBe(true);
    expect(ok({ id: 'c1', recipients: ['not an address'], reply: false })).toBe(false);
    // Whatever the page reader keeps is accepted: an apostrophe or a percent sign is part of an address.
    expect(ok({ id: 'c1', recipients: ["pat.o'brien@acme.example", 'a%b@acme.example'], reply: false })).toBe(true);
    expect(ok({ id: 'c1', recipients: Array.from({ length: 201 }, (_, i) => `a${i}@x.example`), reply: false })).toBe(false);
    expect(ok({ id: 'c1', recipients: [], reply: 'yes' })).toBe(false);
    expect(v.safeParse(mailInsertCommandSchema, { type: 'mail:insert-here', composeId: 'c1', html: '<p>x</p>' }).success).toBe(true);
    expect(v.safeParse(requestSchema, { type: 'mail:insert', tabId: -1, composeId: 'c1', html: '' }).success).toBe(false);
    expect(v.safeParse(requestSchema, { type: 'mail:insert', tabId: 4, composeId: 'c1', html: '<p>x</p>' }).success).toBe(true);
  });
});
