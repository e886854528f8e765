// The one Dexie database: the library, usage and everything Tailor remembers, in the extension's
// IndexedDB. Pages and the background open it; content scripts never do.
import Dexie, { type DBCoreMutateRequest, type DBCoreTransaction, type EntityTable, type Table } from 'dexie';
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

/** A committed write of this context: the table, and the rows added or replaced (none for a deletion). */
export interface LocalWrite {
  table: string;
  rows: readonly unknown[];
}

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

  private readonly writeListeners = new Set<(writes: LocalWrite[]) => void>();

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const s of SCHEMA) {
      const version = this.version(s.version).stores(s.stores);
      if (s.upgrade) version.upgrade(s.upgrade);
    }
    this.use({ stack: 'dbcore', name: 'local-writes', create: (down) => ({ ...down, table: (table) => this.noteWrites(table, down.table(table)) }) });
  }

  /**
   * Calls back once per committed transaction of this context that wrote anything, with what it wrote.
   * Other pages' writes are not reported (Dexie's liveQuery follows those, while this context is awake).
   */
  onLocalWrite(listener: (writes: LocalWrite[]) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** One transaction's writes so far, reported when it commits (an aborted one wrote nothing). */
  private readonly pendingWrites = new WeakMap<DBCoreTransaction, LocalWrite[]>();

  private noteWrites<T extends { mutate(req: DBCoreMutateRequest): Promise<unknown> }>(table: string, down: T): T {
    return {
      ...down,
      mutate: (req: DBCoreMutateRequest) => {
        if (this.writeListeners.size > 0) {
          const rows = req.type === 'add' || req.type === 'put' ? req.values : [];
          const writes = this.pendingWrites.get(req.trans);
          if (writes) writes.push({ table, rows });
          else {
            const first: LocalWrite[] = [{ table, rows }];
            this.pendingWrites.set(req.trans, first);
            // The core's transaction is the IndexedDB transaction itself.
            (req.trans as unknown as EventTarget).addEventListener('complete', () => {
              for (const listener of this.writeListeners) listener(first);
            });
          }
        }
        return down.mutate(req);
      },
    };
  }
}

let shared: TailorDB | undefined;

/** The database for this extension context, opened once. */
export function getDb(): TailorDB {
  shared ??= new TailorDB();
  return shared;
}
