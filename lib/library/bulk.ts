// Changes to many assets at once, as pure functions: the caller writes the result in one transaction
// and keeps the "before" rows to undo.
import { TAXONOMY_KINDS, type Asset, type TaxonomyKind } from '../model';

export type TagField = TaxonomyKind | 'tags';

export type BulkAction =
  | { kind: 'tag'; field: TagField; values: string[] }
  | { kind: 'untag'; field: TagField; values: string[] }
  | { kind: 'archive' }
  | { kind: 'unarchive' }
  | { kind: 'delete' };

/** The assets as they are after the action (for delete: the ones to delete, unchanged). */
export function applyBulkAction(assets: readonly Asset[], action: BulkAction, now: number): Asset[] {
  switch (action.kind) {
    case 'tag':
      return assets.map((a) => ({ ...a, [action.field]: [...new Set([...a[action.field], ...action.values])], updatedAt: now }));
    case 'untag': {
      const drop = new Set(action.values.map((v) => (action.field === 'tags' ? v.toLowerCase() : v)));
      return assets.map((a) => ({
        ...a,
        [action.field]: a[action.field].filter((v) => !drop.has(action.field === 'tags' ? v.toLowerCase() : v)),
        updatedAt: now,
      }));
    }
    case 'archive':
      return assets.map((a) => ({ ...a, archived: true, updatedAt: now }));
    case 'unarchive':
      return assets.map(({ archived: _archived, ...a }) => ({ ...a, updatedAt: now }));
    case 'delete':
      return [...assets];
  }
}

export function describeBulkAction(action: BulkAction, count: number): string {
  const n = `${count} asset${count === 1 ? '' : 's'}`;
  switch (action.kind) {
    case 'tag':
      return `Tagged ${n}`;
    case 'untag':
      return `Removed a tag from ${n}`;
    case 'archive':
      return `Archived ${n}`;
    case 'unarchive':
      return `Restored ${n} from the archive`;
    case 'delete':
      return `Deleted ${n}`;
  }
}
