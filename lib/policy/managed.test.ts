import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from '../settings';
import { managedPolicy, userSettings } from '../state/settings-table';
import {
  effectiveSettings,
  loadManagedMirror,
  loadSettingsView,
  parseManaged,
  saveManagedMirror,
  shouldAcceptManagedRead,
} from './managed';

const local: Settings = {
  ...DEFAULT_SETTINGS,
  repId: 'me@example.com',
  trackingParams: { team: 'mine' },
  feedUrl: 'https://my.example/pack.json',
  collectorUrl: 'https://my.example/collect',
};

describe('effectiveSettings', () => {
  it('is the rep’s settings when there is no policy', () => {
    expect(effectiveSettings(local, {})).toEqual({ settings: local, locked: [] });
  });

  it('lets every policy value win and locks it', () => {
    const { settings, locked } = effectiveSettings(local, {
      feedUrl: 'https://it.example/pack.json',
      trackingParams: { team: 'emea' },
      hashIdentifiers: true,
      feedIntervalMinutes: 30,
    });
    expect(settings).toEqual({
      ...local,
      feedUrl: 'https://it.example/pack.json',
      trackingParams: { team: 'emea' },
      hashIdentifiers: true,
      feedIntervalMinutes: 30,
    });
    expect(locked.sort()).toEqual(['feedIntervalMinutes', 'feedUrl', 'hashIdentifiers', 'trackingParams']);
  });

  it('locks a value the policy sets even when it is empty or false', () => {
    const { settings, locked } = effectiveSettings(local, { collectorUrl: '', hashIdentifiers: false });
    expect(settings.collectorUrl).toBe('');
    expect(locked.sort()).toEqual(['collectorUrl', 'hashIdentifiers']);
  });

  it('does not share objects with its inputs', () => {
    const managed = { trackingParams: { a: '1' } };
    const { settings } = effectiveSettings(local, managed);
    settings.trackingParams.b = '2';
    expect(managed.trackingParams).toEqual({ a: '1' });
    expect(local.trackingParams).toEqual({ team: 'mine' });
  });
});

describe('parseManaged', () => {
  it('keeps Tailor’s settings of the right type and says what it ignored', () => {
    expect(
      parseManaged({
        feedUrl: 'https://it.example/pack.json',
        repId: 'dana@example.com',
        feedIntervalMinutes: '30',
        trackingParams: '{"team":"emea"}',
        hashIdentifiers: true,
        collectorWriteKey: 42,
        colour: 'blue',
      }),
    ).toEqual({
      values: {
        feedUrl: 'https://it.example/pack.json',
        repId: 'dana@example.com',
        trackingParams: { team: 'emea' },
        hashIdentifiers: true,
      },
      ignored: [
        { key: 'feedIntervalMinutes', message: 'should be a whole number' },
        { key: 'collectorWriteKey', message: 'should be text' },
        { key: 'colour', message: 'not a Tailor setting' },
      ],
    });
  });

  it('ignores numbers outside the ranges the policy schema allows, and says so', () => {
    expect(
      parseManaged({ retentionDays: 0, feedIntervalMinutes: 0 }),
    ).toEqual({
      values: {},
      ignored: [
        { key: 'retentionDays', message: 'should be between 1 and 3650 days' },
        { key: 'feedIntervalMinutes', message: 'should be between 15 and 1440 minutes' },
      ],
    });
    expect(parseManaged({ retentionDays: -30, feedIntervalMinutes: 5000 }).values).toEqual({});
    expect(parseManaged({ retentionDays: 3651 }).ignored).toEqual([{ key: 'retentionDays', message: 'should be between 1 and 3650 days' }]);
    expect(parseManaged({ feedIntervalMinutes: 22.5 }).ignored).toEqual([
      { key: 'feedIntervalMinutes', message: 'should be a whole number of minutes' },
    ]);
    // The ends of each range are allowed.
    expect(parseManaged({ retentionDays: 1, feedIntervalMinutes: 15 })).toEqual({ values: { retentionDays: 1, feedIntervalMinutes: 15 }, ignored: [] });
    expect(parseManaged({ retentionDays: 3650, feedIntervalMinutes: 1440 }).ignored).toEqual([]);
  });

  it('reads the Team view’s address and the switch that pseudonymises reps', () => {
    expect(parseManaged({ teamInsightsUrl: 'https://it.example/team.json', pseudonymiseReps: true })).toEqual({
      values: { teamInsightsUrl: 'https://it.example/team.json', pseudonymiseReps: true },
      ignored: [],
    });
    expect(parseManaged({ teamInsightsUrl: 42, pseudonymiseReps: 'yes' }).ignored).toEqual([
      { key: 'teamInsightsUrl', message: 'should be text' },
      { key: 'pseudonymiseReps', message: 'should be true or false' },
    ]);
    const { settings, locked } = effectiveSettings(local, { pseudonymiseReps: true });
    expect(settings.pseudonymiseReps).toBe(true);
    expect(locked).toEqual(['pseudonymiseReps']);
  });

  it('reads the email switch: false forbids and locks it, true allows it, anything else is ignored', () => {
    expect(parseManaged({ emailAllowed: false })).toEqual({ values: { emailAllowed: false }, ignored: [] });
    expect(parseManaged({ emailAllowed: 'no' }).ignored).toEqual([{ key: 'emailAllowed', message: 'should be true or false' }]);
    expect(effectiveSettings(local, {}).settings.emailAllowed).toBe(true);
    const forbidden = effectiveSettings(local, { emailAllowed: false });
    expect(forbidden.settings.emailAllowed).toBe(false);
    expect(forbidden.locked).toEqual(['emailAllowed']);
    // A rep's own row cannot undo the organisation's "no".
    expect(effectiveSettings({ ...local, emailAllowed: true }, { emailAllowed: false }).settings.emailAllowed).toBe(false);
  });

  it('the policy schema Chrome reads lists every setting, with the type Tailor expects', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../public/managed-schema.json'), 'utf8')) as {
      properties: Record<string, { type: string }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) {
      const fallback = DEFAULT_SETTINGS[key];
      const expected = typeof fallback === 'number' ? 'integer' : typeof fallback === 'object' ? 'object' : typeof fallback;
      expect(`${key}: ${schema.properties[key]!.type}`).toBe(`${key}: ${expected}`);
    }
  });

  it('refuses tracking parameters that are not all text', () => {
    expect(parseManaged({ trackingParams: { a: 1 } }).values).toEqual({});
  });

  it('checks every text value with the rules of the settings form, and lists the ones it cannot use', () => {
    const policy = parseManaged({
      feedUrl: 'http://feeds.example.com/pack.json',
      collectorUrl: 'https://collect.example.com/v1/batch',
      collectorWriteKey: 'clé secrète',
      repId: 'dana\u0000@example.com',
      hashSalt: 'x'.repeat(501),
      trackingParams: { utm_source: 'it' },
    });
    expect(policy.values).toEqual({ collectorUrl: 'https://collect.example.com/v1/batch' });
    expect(policy.ignored).toEqual([
      { key: 'feedUrl', message: 'the feed address must use https:// (plain http:// is only allowed for localhost and 127.0.0.1)' },
      { key: 'collectorWriteKey', message: 'use printable ASCII characters, no spaces' },
      { key: 'repId', message: 'contains a control character' },
      { key: 'hashSalt', message: 'at most 500 characters' },
      { key: 'trackingParams', message: 'utm_source is set by Tailor on every link and cannot be overridden' },
    ]);
    // The key is never repeated in what Settings shows.
    expect(JSON.stringify(policy.ignored)).not.toContain('secrète');
  });

  it('sends a write key the policy sets only to a collector the policy sets', () => {
    expect(parseManaged({ collectorWriteKey: 'wk_it' })).toEqual({
      values: {},
      ignored: [{ key: 'collectorWriteKey', message: expect.stringMatching(/^not used: the policy sets no usable collectorUrl/) }],
    });
    // An address the policy sets but Tailor cannot use is no address: the key is not used either.
    expect(parseManaged({ collectorWriteKey: 'wk_it', collectorUrl: 'http://collect.example.com/' }).values).toEqual({});
    expect(parseManaged({ collectorWriteKey: 'wk_it', collectorUrl: 'https://collect.example.com/' })).toEqual({
      values: { collectorWriteKey: 'wk_it', collectorUrl: 'https://collect.example.com/' },
      ignored: [],
    });
    // The rep's own key and address are the rep's business.
    const { settings } = effectiveSettings({ ...DEFAULT_SETTINGS, collectorUrl: 'https://mine.example/', collectorWriteKey: 'mine' }, parseManaged({ collectorWriteKey: 'wk_it' }).values);
    expect(settings).toMatchObject({ collectorUrl: 'https://mine.example/', collectorWriteKey: 'mine' });
  });

  it('reads nothing from an empty or missing policy', () => {
    expect(parseManaged({})).toEqual({ values: {}, ignored: [] });
    expect(parseManaged(undefined)).toEqual({ values: {}, ignored: [] });
  });
});

describe('reading storage.managed at start-up', () => {
  it('takes any non-empty read, and an empty one when there was nothing before', () => {
    expect(shouldAcceptManagedRead({ repId: 'a' }, { repId: 'b' }, false)).toBe(true);
    expect(shouldAcceptManagedRead(undefined, {}, false)).toBe(true);
    expect(shouldAcceptManagedRead({}, {}, false)).toBe(true);
  });

  it('does not let an early empty read wipe a policy; a change event or a late re-read can', () => {
    expect(shouldAcceptManagedRead({ feedUrl: 'https://it.example/p.json' }, {}, false)).toBe(false);
    expect(shouldAcceptManagedRead({ feedUrl: 'https://it.example/p.json' }, {}, true)).toBe(true);
  });
});

describe('the policy copy in the database', () => {
  let db: TailorDB;
  let n = 0;
  beforeEach(async () => {
    db = new TailorDB(`tailor-policy-test-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('is read with the rep’s settings into one view', async () => {
    await userSettings.set(db, { repId: 'me@example.com', collectorUrl: 'https://mine.example/c' });
    expect(await saveManagedMirror(db, parseManaged({ repId: 'it@example.com', bogus: 1 }), 5)).toBe(true);
    const view = await loadSettingsView(db);
    expect(view.local.repId).toBe('me@example.com');
    expect(view.settings.repId).toBe('it@example.com');
    expect(view.settings.collectorUrl).toBe('https://mine.example/c');
    expect(view.locked).toEqual(['repId']);
    expect(view.managed.ignored).toEqual([{ key: 'bogus', message: 'not a Tailor setting' }]);
  });

  it('is not rewritten when the policy has not changed', async () => {
    await saveManagedMirror(db, parseManaged({ repId: 'a' }), 1);
    expect(await saveManagedMirror(db, parseManaged({ repId: 'a' }), 2)).toBe(false);
    expect((await loadManagedMirror(db))?.readAt).toBe(1);
    expect(await saveManagedMirror(db, parseManaged({}), 3)).toBe(true);
    expect((await loadSettingsView(db)).locked).toEqual([]);
  });

  it('does not apply an out-of-range number from a policy copy stored before ranges were checked', async () => {
    await db.settings.put({ key: managedPolicy.key, value: { values: { retentionDays: 0, repId: 'it@example.com' }, ignored: [], readAt: 1 } });
    const view = await loadSettingsView(db);
    expect(view.settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(view.locked).toEqual(['repId']);
  });
});
