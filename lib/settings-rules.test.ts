import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { checkParamRows, collectorConfigured, validateSettings } from './settings-rules';

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
