import { describe, expect, it } from 'vitest';
import { mailIsOn } from './settings';

describe('whether email is on', () => {
  it('takes the organisation’s leave, the rep’s choice and the browser’s permission, all three', () => {
    for (const allowedByPolicy of [true, false])
      for (const enabledByRep of [true, false])
        for (const permitted of [true, false])
          expect(mailIsOn({ allowedByPolicy, enabledByRep, permitted }), JSON.stringify({ allowedByPolicy, enabledByRep, permitted })).toBe(allowedByPolicy && enabledByRep && permitted);
  });
});
