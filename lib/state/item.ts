// Stored items, declared once: a name, where the value lives (the browser's session or local storage
// here, a row of the database's settings table in ./row.ts), its schema and its default. Reading a value
// always goes through the schema: a value that does not fit (an older shape, another version's, damage)
// is reported and read as the default, never trusted. The declarations are in ./session.ts (with
// ./tab-record.ts and ./tab-view.ts), ./local.ts and ./settings-table.ts; docs/architecture.md lists them.
export type StorageArea = 'session' | 'local';

interface Issue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}
type Result<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };

/**
 * A schema as the Standard Schema interface (standardschema.dev) has it, which valibot's schemas
 * implement: this file checks values through that interface alone, so a page that reads an item whose
 * schema is not valibot's (the panel's first paint: ./tab-view.ts) does not load valibot.
 */
export interface Schema<T> {
  readonly '~standard': { readonly validate: (value: unknown) => Result<T> | Promise<Result<T>> };
}

/** A schema from a type guard, for the few items read where valibot is not loaded. */
export function guardSchema<T>(is: (value: unknown) => value is T, message: string): Schema<T> {
  return { '~standard': { validate: (value) => (is(value) ? { value } : { issues: [{ message }] }) } };
}

export interface ItemSpec<T> {
  /** What the value is, in words, for messages: "the record detected in tab 4". */
  name: string;
  schema: Schema<T>;
  /** What reading gives when nothing is stored, or what is stored does not fit the schema. */
  fallback: T;
}

/** Where a value that failed its schema is reported (a warning: the default stands in for it). */
export function reportInvalid(where: string, name: string, issues: readonly Issue[]): void {
  const issue = issues[0];
  const path = issue?.path?.map((p) => String(typeof p === 'object' ? p.key : p)).join('.');
  console.warn(`Tailor ignored ${name} stored at ${where}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}; using the default instead`);
}

/** A copy of a default object, so that changing what one read gave never changes the next. */
export const fresh = <T>(value: T): T => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

/** A stored value read through its schema: nothing stored, or something unfit, is the default. */
export function readThrough<T>(spec: ItemSpec<T>, where: string, raw: unknown): T {
  if (raw === undefined || raw === null) return fresh(spec.fallback);
  const r = spec.schema['~standard'].validate(raw);
  if (r instanceof Promise) throw new Error(`the schema of ${spec.name} is asynchronous: stored items are checked synchronously`);
  if (!r.issues) return r.value;
  reportInvalid(where, spec.name, r.issues);
  return fresh(spec.fallback);
}

/** A value in the browser's storage (`chrome.storage.session` or `.local`). */
export interface StorageItem<T> {
  readonly area: StorageArea;
  readonly key: string;
  readonly name: string;
  get(): Promise<T>;
  /** A value as storage gave it (under this item's key), read through the schema: what get() gives for it. */
  read(raw: unknown): T;
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
    read,
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

type Values<T extends readonly StorageItem<unknown>[]> = { -readonly [K in keyof T]: T[K] extends StorageItem<infer V> ? V : never };

/**
 * Reads several items of one area in one storage call, each through its schema: one round trip to the
 * browser's storage instead of one per item, for a page that needs them all before it can paint.
 */
export async function getItems<const T extends readonly StorageItem<unknown>[]>(...items: T): Promise<Values<T>> {
  const area = items[0]?.area;
  if (items.some((item) => item.area !== area)) throw new Error('getItems reads items of one storage area');
  const raw = area ? await browser.storage[area].get(items.map((item) => item.key)) : {};
  return items.map((item) => item.read(raw[item.key])) as Values<T>;
}

/** Removes several items in one write per area (one change event), as a tab's record and its view go together. */
export async function removeItems(...items: readonly StorageItem<unknown>[]): Promise<void> {
  const byArea = new Map<StorageArea, string[]>();
  for (const item of items) byArea.set(item.area, [...(byArea.get(item.area) ?? []), item.key]);
  await Promise.all([...byArea].map(([area, keys]) => browser.storage[area].remove(keys)));
}
