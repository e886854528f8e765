// Enterprise policy: settings IT sets through storage.managed (Chrome and Edge policy, Firefox's
// 3rdparty policy) win over the rep's own, and show as locked. The background keeps a copy of the
// policy in the database, so every context (and every transaction) reads one source.
import type { TailorDB } from '../db/db';
import { DEFAULT_SETTINGS, SETTING_KEYS, type SettingKey, type Settings } from '../settings';
import { validateSettings } from '../settings-rules';
import { managedPolicy, userSettings, type ManagedMirror, type ManagedPolicy, type ManagedValues } from '../state/settings-table';

export type { ManagedMirror, ManagedPolicy, ManagedValues };



const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function expectedType(key: SettingKey): string {
  const fallback = DEFAULT_SETTINGS[key];
  if (typeof fallback === 'number') return 'a whole number';
  if (typeof fallback === 'boolean') return 'true or false';
  if (typeof fallback === 'string') return 'text';
  return 'a map of parameter names to text values';
}

/** Reads what storage.managed holds: Tailor's settings of the right type, and a note for anything else. */
export function parseManaged(raw: unknown): ManagedPolicy {
  const values: Record<string, unknown> = {};
  const ignored: ManagedPolicy['ignored'] = [];
  if (!isRecord(raw)) return { values: {}, ignored: raw === undefined || raw === null ? [] : [{ key: '(policy)', message: 'the policy is not an object' }] };
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      ignored.push({ key, message: 'not a Tailor setting' });
      continue;
    }
    const k = key as SettingKey;
    const fallback = DEFAULT_SETTINGS[k];
    let v: unknown = value;
    // Registry and plist policies can carry a map as JSON text.
    if (isRecord(fallback) && typeof v === 'string') {
      try {
        v = JSON.parse(v);
      } catch {
        // reported below as the wrong type
      }
    }
    const ok =
      typeof fallback === 'number'
        ? typeof v === 'number' && Number.isFinite(v)
        : isRecord(fallback)
          ? isRecord(v) && Object.values(v).every((x) => typeof x === 'string')
          : typeof v === typeof fallback;
    if (!ok) {
      ignored.push({ key, message: `should be ${expectedType(k)}` });
      continue;
    }
    // The rules the settings form applies, for every value: the schema's ranges (which Chrome
    // enforces and Firefox, without a schema, does not), addresses Tailor will talk to, a write key
    // a request can carry (btoa refuses anything past Latin-1), text without control characters.
    const problem = validateSettings({ [k]: v })[k];
    if (problem) ignored.push({ key, message: typeof v === 'number' ? `should be ${problem}` : problem });
    else values[k] = isRecord(v) ? { ...v } : v;
  }
  // A key the organisation sets goes only to an address the organisation sets: with the rep's own
  // address, the key would go wherever the rep points it.
  if (values.collectorWriteKey && values.collectorUrl === undefined) {
    delete values.collectorWriteKey;
    ignored.push({
      key: 'collectorWriteKey',
      message: 'not used: the policy sets no usable collectorUrl, and a key set by policy is only sent to a collector the policy sets',
    });
  }
  return { values: values as ManagedValues, ignored };
}

export interface EffectiveSettings {
  settings: Settings;
  /** The settings policy sets: the rep cannot change them. */
  locked: SettingKey[];
}

/** The settings in force: the rep's own, with every value the organisation's policy sets on top. */
export function effectiveSettings(local: Settings, managed: ManagedValues): EffectiveSettings {
  const settings: Settings = { ...local, trackingParams: { ...local.trackingParams } };
  const locked: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const value = managed[key];
    if (value === undefined) continue;
    (settings as unknown as Record<string, unknown>)[key] = typeof value === 'object' ? { ...value } : value;
    locked.push(key);
  }
  return { settings, locked };
}

/**
 * Whether a fresh read of storage.managed should replace the copy Tailor holds. Chrome can answer {}
 * at start-up before it has loaded policy: an empty read only clears a non-empty policy when it is
 * authoritative (a change event, or a re-read well after start-up), never on the first look.
 */
export function shouldAcceptManagedRead(previous: ManagedValues | undefined, read: ManagedValues, authoritative: boolean): boolean {
  if (Object.keys(read).length > 0) return true;
  if (!previous || Object.keys(previous).length === 0) return true;
  return authoritative;
}

export async function loadManagedMirror(db: TailorDB): Promise<ManagedMirror | undefined> {
  const value = await managedPolicy.get(db);
  if (!value) return undefined;
  // The mirror was written by Tailor, but re-checking keeps one rule for what a policy may hold.
  const parsed = parseManaged(value.values);
  return { values: parsed.values, ignored: value.ignored ?? [], readAt: typeof value.readAt === 'number' ? value.readAt : 0 };
}

/** Stores a policy read; returns false when it was the same as before (nothing written). */
export async function saveManagedMirror(db: TailorDB, policy: ManagedPolicy, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const old = await loadManagedMirror(db);
    if (old && JSON.stringify([old.values, old.ignored]) === JSON.stringify([policy.values, policy.ignored])) return false;
    const mirror: ManagedMirror = { values: policy.values, ignored: policy.ignored, readAt: now };
    await managedPolicy.set(db, mirror);
    return true;
  });
}

export interface SettingsView extends EffectiveSettings {
  local: Settings;
  managed: ManagedPolicy;
}

/** The rep's settings, the policy and the result, read together. */
export async function loadSettingsView(db: TailorDB): Promise<SettingsView> {
  return db.transaction('r', db.settings, async () => {
    const local = await userSettings.get(db);
    const mirror = await loadManagedMirror(db);
    const managed: ManagedPolicy = { values: mirror?.values ?? {}, ignored: mirror?.ignored ?? [] };
    return { local, managed, ...effectiveSettings(local, managed.values) };
  });
}

export async function loadEffectiveSettings(db: TailorDB): Promise<Settings> {
  return (await loadSettingsView(db)).settings;
}
