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

describe('the hint to turn email on, on a page with no record', () => {
  it('on a mail site says it can help here; on a page the browser hides, asks; elsewhere, or on, or forbidden, nothing', () => {
    const off = { on: false, allowedByPolicy: true };
    expect(emailOffHint({ ...off, url: 'https://mail.google.com/mail/u/0/#inbox' })).toBe('here');
    expect(emailOffHint({ ...off, url: 'https://outlook.office365.com/mail/' })).toBe('here');
    expect(emailOffHint({ ...off, url: undefined })).toBe('maybe');
    expect(emailOffHint({ ...off, url: '' })).toBe('maybe');
    expect(emailOffHint({ ...off, url: 'https://acme.lightning.force.com/lightning/o/Contact/list' })).toBeUndefined();
    expect(emailOffHint({ ...off, url: 'http://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ on: true, allowedByPolicy: true, url: 'https://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ on: false, allowedByPolicy: false, url: 'https://mail.google.com/' })).toBeUndefined();
    expect(emailOffHint({ on: false, allowedByPolicy: false, url: undefined })).toBeUndefined();
  });
});
