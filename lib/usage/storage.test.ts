import { describe, expect, it } from 'vitest';
import { isQuotaError, storageWarning } from './storage';

describe('storage warnings', () => {
  it('warns once four fifths of the quota are used, saying how much and what to do', () => {
    expect(storageWarning({ usage: 79e6, quota: 100e6 })).toBeUndefined();
    expect(storageWarning({ usage: 850e6, quota: 1000e6 })).toBe(
      'Storage is running short: 850 MB of 1,000 MB used. Tailor keeps working; keep usage for fewer days (Settings → Retention), or export it and let it be pruned.',
    );
  });

  it('says nothing when the browser cannot tell', () => {
    expect(storageWarning(undefined)).toBeUndefined();
    expect(storageWarning({})).toBeUndefined();
    expect(storageWarning({ usage: 5, quota: 0 })).toBeUndefined();
  });

  it('recognises a full disk, also wrapped by Dexie', () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('abort'), { name: 'AbortError', inner: quota }))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});
