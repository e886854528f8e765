// Stored items in rows of the database's settings table (see ./item.ts for the idea): kept apart from
// the browser-storage items so that a page's script that reads only those never bundles Dexie.
import { liveQuery } from 'dexie';
import type { TailorDB } from '../db/db';
import { fresh, readThrough, type ItemSpec, type Schema } from './item';

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
