// The one Dexie database: the library, usage and everything Tailor remembers, in the extension's
// IndexedDB. Pages and the background open it; content scripts never do.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Asset,
  AssetFlag,
  DayRollup,
  Outcome,
  OutboxRow,
  ProspectCorrection,
  ContentRequest,
  ProspectSeen,
  SettingRow,
  TaxonomyKind,
  TaxonomyRow,
  UsageEvent,
} from '../model';
import { SCHEMA } from './schema';

export const DB_NAME = 'tailor';

export class TailorDB extends Dexie {
  assets!: EntityTable<Asset, 'id'>;
  taxonomy!: Table<TaxonomyRow, [TaxonomyKind, string]>;
  events!: EntityTable<UsageEvent, 'id'>;
  prospects!: EntityTable<ProspectSeen, 'key'>;
  requests!: EntityTable<ContentRequest, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  flags!: EntityTable<AssetFlag, 'id'>;
  corrections!: EntityTable<ProspectCorrection, 'key'>;
  rollups!: EntityTable<DayRollup, 'day'>;
  outcomes!: EntityTable<Outcome, 'dealKey'>;
  outbox!: EntityTable<OutboxRow, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const s of SCHEMA) {
      const version = this.version(s.version).stores(s.stores);
      if (s.upgrade) version.upgrade(s.upgrade);
    }
  }
}

let shared: TailorDB | undefined;

/** The database for this extension context, opened once. */
export function getDb(): TailorDB {
  shared ??= new TailorDB();
  return shared;
}
