import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { checkParamRows, collectorConfigured, lastDelivery, lastSync, noAccessNote, validateSettings } from './settings-rules';

describe('setting rules', () => {
  it('accepts the defaults', () => expect(validateSettings(DEFAULT_SETTINGS)).toEqual({}));

  it('reports each bad field beside it', () => {
    const errors = validateSettings({
      repId: 'x'.repeat(201),
      retentionDays: 0,
      feedUrl: 'http://feeds.example.com/p.json',
      feedIntervalMinutes: 5,
      collectorUrl: 'not a url',
      collectorWriteKey: 'has:colon',
      trackingParams: { utm_source: 'x' },
      hashSalt: 'bad\u0000salt',
      teamInsightsUrl: 'ftp://figures.example.com/team.json',
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['collectorUrl', 'collectorWriteKey', 'feedIntervalMinutes', 'feedUrl', 'hashSalt', 'repId', 'retentionDays', 'teamInsightsUrl', 'trackingParams'].sort(),
    );
    expect(errors.teamInsightsUrl).toBe('ftp: addresses are not allowed: the team figures address must start with https://');
    expect(errors.retentionDays).toBe('between 1 and 3650 days');
    expect(errors.feedIntervalMinutes).toBe('between 15 and 1440 minutes');
    expect(errors.trackingParams).toBe('utm_source is set by Tailor on every link and cannot be overridden');
  });

  it('checks tracking parameter rows one by one', () => {
    const { rowErrors, params } = checkParamRows([
      { name: 'team', value: 'emea' },
      { name: 'bad name', value: 'x' },
      { name: 'UTM_Campaign', value: 'x' },
      { name: 'Team', value: 'again' },
      { name: '', value: '' },
      { name: 'region', value: '' },
      { name: 'rep.id', value: 'r-1' },
    ]);
    expect(rowErrors).toEqual([
      undefined,
      '"bad name" is not a parameter name: use letters, digits, _ . and - (up to 64)',
      'UTM_Campaign is set by Tailor on every link and cannot be overridden',
      'Team is already in row 1',
      undefined,
      'give region a value',
      undefined,
    ]);
    expect(params).toEqual({ team: 'emea', 'rep.id': 'r-1' });
  });

  it('counts a collector as configured only with an address Tailor will send to', () => {
    expect(collectorConfigured({ collectorUrl: '' })).toBe(false);
    expect(collectorConfigured({ collectorUrl: 'http://collector.example.com/batch' })).toBe(false);
    expect(collectorConfigured({ collectorUrl: 'https://collector.example.com/batch' })).toBe(true);
  });
});

describe('the no-permission note, by one rule for the feed, the team figures and the collector', () => {
  const url = 'https://feeds.example.com/p.json';
  const sync = (lastError: { kind?: string; status?: number }) => lastSync(url, { url, lastSuccessAt: 1, lastError });
  const delivery = (lastError: { kind?: string; status?: number }) => lastDelivery(url, { sent: 3, lastError: { message: 'x', at: 1, ...lastError }, failingUrl: url });

  it('says permission may be missing when a request got no answer on a site Tailor holds none for', () => {
    expect(noAccessNote(false, sync({ kind: 'unreachable' }))).toBe('failing');
    expect(noAccessNote(false, delivery({ kind: 'unreachable' }))).toBe('failing');
  });

  it('says nothing of permission for a timeout, an offline browser, an answer, or a failure of unknown kind: the collector as the feeds', () => {
    for (const last of [{ kind: 'timeout' }, { kind: 'offline' }, { kind: 'http', status: 503 }, { status: 503 }, {}]) {
      expect(noAccessNote(false, sync(last)), JSON.stringify(last)).toBeUndefined();
      expect(noAccessNote(false, delivery(last)), JSON.stringify(last)).toBeUndefined();
    }
  });

  it('says nothing got through yet only for this address, and nothing with the permission held or unknown', () => {
    expect(noAccessNote(false, lastSync(url, undefined))).toBe('untried');
    expect(noAccessNote(false, lastSync(url, { url: 'https://old.example.com/p.json', lastError: { kind: 'unreachable' } }))).toBe('untried');
    expect(noAccessNote(false, lastDelivery(url, { sent: 0 }))).toBe('untried');
    expect(noAccessNote(false, lastDelivery(url, { sent: 2, lastError: { message: 'x', at: 1, kind: 'unreachable' }, failingUrl: 'https://old.example.com/b' }))).toBeUndefined();
    expect(noAccessNote(true, sync({ kind: 'unreachable' }))).toBeUndefined();
    expect(noAccessNote(undefined, delivery({ kind: 'unreachable' }))).toBeUndefined();
    expect(noAccessNote(false, lastSync('', undefined))).toBeUndefined();
  });
});
