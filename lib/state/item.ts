// Stored items, declared once: a name, where the value lives (the browser's session or local storage, or
// a row of the database's settings table), its schema and its default. Reading a value always goes
// through the schema: a value that does not fit (an older shape, another version's, damage) is
// reported and read as the default, never trusted. The declarations themselves are in ./items.ts.
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import type { TailorDB } from '../db/db';

export type StorageArea = 'session' | 'local';

export type Schema<T> = v.GenericSchema<unknown, T>;

export interface ItemSpec<T> {
  /** What the value is, in words, for messages: "the record detected in tab 4". */
  name: string;
  schema: Schema<T>;
  /** What reading gives when nothing is stored, or what is stored does not fit the schema. */
  fallback: T;
}

/** Where a value that failed its schema is reported (a warning: the default stands in for it). */
export function reportInvalid(where: string, name: string, issues: readonly v.BaseIssue<unknown>[]): void {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.');
  console.warn(`Tailor ignored ${name} stored at ${where}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}; using the default instead`);
}

const fresh = <T>(value: T): T => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

/** A stored value read through its schema: nothing stored, or something unfit, is the default. */
export function readThrough<T>(spec: ItemSpec<T>, where: string, raw: unknown): T {
  if (raw === undefined || raw === null) return fresh(spec.fallback);
  const r = v.safeParse(spec.schema, raw);
  if (r.success) return r.output;
  reportInvalid(where, spec.name, r.issues);
  return fresh(spec.fallback);
}

/** A value in the browser's storage (`chrome.storage.session` or `.local`). */
export interface StorageItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  readonly name: string;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back on every change, from any context (the removed value reads as the default). */
  watch(callback: (value: T) => void): () => void;
  /**
   * Calls back with the value now and on every change: the one way to follow a stored value. If it
   * cannot be read, the default is given (and the reason logged): a page is never left waiting.
   */
  subscribe(callback: (value: T) => void): () => void;
}

type Changes = Record<string, { newValue?: unknown }>;

export function defineStorageItem<T>(area: StorageArea, key: string, spec: ItemSpec<T>): StorageItem<T> {
  const where = `${area} storage "${key}"`;
  const read = (raw: unknown) => readThrough(spec, where, raw);
  const get = async () => read((await browser.storage[area].get(key))[key]);
  const watch = (callback: (value: T) => void) => {
    const onChanged = (changes: Changes, changedArea: string) => {
      if (changedArea === area && key in changes) callback(read(changes[key]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  };
  return {
    area,
    key,
    name: spec.name,
    get,
    set: (value) => browser.storage[area].set({ [key]: value }),
    remove: () => browser.storage[area].remove(key),
    watch,
    subscribe(callback) {
      let live = true;
      // A change that arrives before the first read has answered is newer than what the read gives.
      let changed = false;
      const stop = watch((value) => {
        changed = true;
        callback(value);
      });
      get().then(
        (value) => live && !changed && callback(value),
        (e: unknown) => {
          console.warn(`Tailor could not read ${spec.name}`, e);
          if (live && !changed) callback(fresh(spec.fallback));
        },
      );
      return () => {
        live = false;
        stop();
      };
    },
  };
}

/** One item per id under a common prefix (`tab:4`, `tab:7`...): each tab's record, say. */
export interface StorageFamily<T> {
  (id: number): StorageItem<T>;
  readonly prefix: string;
  /** The ids that have a value stored now. */
  ids(): Promise<number[]>;
}

export function defineStorageFamily<T>(area: StorageArea, prefix: string, spec: ItemSpec<T>): StorageFamily<T> {
  const family = (id: number) => defineStorageItem(area, `${prefix}${id}`, { ...spec, name: `${spec.name} ${id}` });
  return Object.assign(family, {
    prefix,
    async ids() {
      const all = await browser.storage[area].get(null);
      return Object.keys(all).flatMap((k) => {
        const id = k.startsWith(prefix) ? Number(k.slice(prefix.length)) : NaN;
        return Number.isInteger(id) ? [id] : [];
      });
    },
  });
}

/** Removes several items in one write per area (one change event), as a tab's record and its view go together. */
export async function removeItems(...items: readonly StorageItem<unknown>[]): Promise<void> {
  const byArea = new Map<StorageArea, string[]>();
  for (const item of items) byArea.set(item.area, [...(byArea.get(item.area) ?? []), item.key]);
  await Promise.all([...byArea].map(([area, keys]) => browser.storage[area].remove(keys)));
}

/**
 * A value in a row of the database's settings table. Reads and writes join the caller's transaction
 * when there is one (include `db.settings` in its scope). They return Dexie's own promises (`then`, no
 * `async`): a transaction follows its work through those, and a native await too many can lose it.
 */
export interface RowItem<T> {
  readonly key: string;
  readonly name: string;
  get(db: TailorDB): Promise<T>;
  set(db: TailorDB, value: T): Promise<void>;
  remove(db: TailorDB): Promise<void>;
  /** Calls back with the value now and whenever any context changes it (Dexie's liveQuery). */
  subscribe(db: TailorDB, callback: (value: T) => void): () => void;
}

export function defineRowItem<T>(key: string, spec: ItemSpec<T>): RowItem<T> {
  const where = `the settings table's row "${key}"`;
  const get = (db: TailorDB) => db.settings.get(key).then((row) => readThrough(spec, where, row?.value));
  return {
    key,
    name: spec.name,
    get,
    set: (db, value) => db.settings.put({ key, value }).then(() => undefined),
    remove: (db) => db.settings.delete(key),
    subscribe(db, callback) {
      const subscription = liveQuery(() => get(db)).subscribe({
        next: callback,
        error: (e: unknown) => {
          console.warn(`Tailor could not read ${spec.name}`, e);
          callback(fresh(spec.fallback));
        },
      });
      return () => subscription.unsubscribe();
    },
  };
}

/**
 * Several values kept one row each under a prefix (`setting:repId`, `setting:retentionDays`...), read
 * together over their defaults: each row is checked by its own schema, and rows of no declared key
 * (a setting a later version dropped) are left alone.
 */
export interface RowGroup<T extends object> {
  readonly prefix: string;
  readonly keys: readonly (keyof T & string)[];
  get(db: TailorDB): Promise<T>;
  set(db: TailorDB, patch: Partial<T>): Promise<void>;
}

export function defineRowGroup<T extends object>(
  prefix: string,
  name: string,
  schemas: { [K in keyof T]: Schema<T[K]> },
  defaults: T,
): RowGroup<T> {
  const keys = Object.keys(defaults) as (keyof T & string)[];
  const declared = (key: string): key is keyof T & string => Object.hasOwn(defaults, key);
  return {
    prefix,
    keys,
    get: (db) =>
      db.settings
        .where('key')
        .startsWith(prefix)
        .toArray()
        .then((rows) => {
          const out = structuredClone(defaults);
          for (const row of rows) {
            const key = row.key.slice(prefix.length);
            if (!declared(key)) continue;
            out[key] = readThrough({ name: `${name} ${key}`, schema: schemas[key], fallback: defaults[key] }, `the settings table's row "${row.key}"`, row.value);
          }
          return out;
        }),
    set(db, patch) {
      const rows = Object.entries(patch)
        .filter(([key, value]) => declared(key) && value !== undefined)
        .map(([key, value]) => ({ key: `${prefix}${key}`, value }));
      return db.settings.bulkPut(rows).then(() => undefined);
    },
  };
}
