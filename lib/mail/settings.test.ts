import { describe, expect, it } from 'vitest';
import { emailOffHint, mailIsOn } from './settings';

describe('whether email is on', () => {
  it('takes the organisation’s leave, the rep’s choice and the browser’s permission, all three', () => {
    for (const allowedByPolicy of [true, false])
      for (const enabledByRep of [true, false])
        for (const permitted of [true, false])
          expect(mailIsOn({ allowedByPolicy, enabledByRep, permitted }), JSON.stringify({ allowedByPolicy, enabledByRep, permitted })).toBe(allowedByPolicy && enabledByRep && permitted);
  });
});

describe('the hint to turn email on', () => {
  it('on a mail site says it can help here; on a page the browser hides, asks; elsewhere, or on, or forbidden, nothing', () => {
    const off = { on: false, allowedByPolicy: true, dismissed: false, prospectShown: false };
    expect(emailOffHint({ ...off, url: 'https://mail.google.com/mail/u/0/#inbox' })).toBe('here');
    expect(emailOffHint({ ...off, url: 'https://outlook.office365.com/mail/' })).toBe('here');
    expect(emailOffHint({ ...off, url: undefined })).toBe('maybe');
    expect(emailOffHint({ ...off, url: '' })).toBe('maybe');
    expect(emailOffHint({ ...off, url: 'https://acme.lightning.force.com/lightning/o/Contact/list' })).toBeUndefined();
    expect(emailOffHint({ ...off, url: 'http://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ ...off, on: true, url: 'https://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ ...off, allowedByPolicy: false, url: 'https://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ ...off, allowedByPolicy: false, url: undefined })).toBeUndefined();
  });

  it('asks only where the panel has nothing else to show: not beside a record or a prospect described by hand', () => {
    const off = { on: false, allowedByPolicy: true, dismissed: false };
    expect(emailOffHint({ ...off, prospectShown: false, url: undefined })).toBe('maybe');
    expect(emailOffHint({ ...off, prospectShown: true, url: undefined })).toBeUndefined();
    // On a mail site it is news whatever the panel shows (a prospect described by hand, say).
    expect(emailOffHint({ ...off, prospectShown: true, url: 'https://mail.google.com/mail/u/0/#inbox' })).toBe('here');
  });

  it('goes for good, on a mail site or not, once the rep said "Not now"', () => {
    const dismissed = { on: false, allowedByPolicy: true, dismissed: true, prospectShown: false };
    expect(emailOffHint({ ...dismissed, url: 'https://mail.google.com/mail/u/0/#inbox' })).toBeUndefined();
    expect(emailOffHint({ ...dismissed, url: 'https://outlook.office.com/mail/' })).toBeUndefined();
    expect(emailOffHint({ ...dismissed, url: undefined })).toBeUndefined();
  });
});
