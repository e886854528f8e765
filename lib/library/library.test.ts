import { describe, expect, it } from 'vitest';
import type { Asset, Taxonomy } from '../model';
import { checkAssetDraft, draftFromAsset } from './asset-form';
import { applyBulkAction } from './bulk';
import { countFacets, emptyFilter, filterRows, sortRows, toRow } from './filter';
import { assetStatuses, assetsExpiringWithin } from './status';
import { addEntry, deleteEntry, mergeEntries, retagAssets, retagCorrections, updateEntry } from './taxonomy-ops';

const TODAY = '2026-11-22';
const asset = (over: Partial<Asset> & { id: string }): Asset => ({
  title: `Asset ${over.id}`,
  url: `https://e.example/${over.id}`,
  type: 'blog-post',
  personas: [],
  industries: [],
  painPoints: [],
  tags: [],
  origin: 'pack',
  addedAt: 1,
  updatedAt: 1,
  ...over,
});

const taxonomy: Taxonomy = {
  personas: [
    { id: 'cfo', label: 'Finance leader', aliases: ['CFO'] },
    { id: 'finance', label: 'Finance team', aliases: ['Controller'] },
    { id: 'it', label: 'IT leader', aliases: [] },
  ],
  industries: [{ id: 'health', label: 'Healthcare', aliases: [] }],
  painPoints: [{ id: 'manual', label: 'Manual work', aliases: [] }],
};

describe('asset status', () => {
  it('tells active, expiring, expired, review due, flagged and archived apart', () => {
    expect(assetStatuses(asset({ id: 'a' }), TODAY)).toEqual(['active']);
    expect(assetStatuses(asset({ id: 'a', expiresAt: '2026-12-10' }), TODAY)).toEqual(['expiring']);
    expect(assetStatuses(asset({ id: 'a', expiresAt: '2026-12-23' }), TODAY)).toEqual(['active']);
    expect(assetStatuses(asset({ id: 'a', expiresAt: '2026-11-21' }), TODAY)).toEqual(['expired']);
    expect(assetStatuses(asset({ id: 'a', expiresAt: TODAY }), TODAY)).toEqual(['expiring']);
    expect(assetStatuses(asset({ id: 'a', reviewBy: '2026-11-01' }), TODAY, 2)).toEqual(['review-due', 'flagged']);
    expect(assetStatuses(asset({ id: 'a', archived: true, expiresAt: '2020-01-01' }), TODAY, 3)).toEqual(['archived']);
    const soon = assetsExpiringWithin([asset({ id: 'x', expiresAt: '2026-12-01' }), asset({ id: 'y', expiresAt: '2026-11-01' })], TODAY, 30);
    expect(soon.map((a) => a.id)).toEqual(['x']);
  });
});

describe('library filter and sort', () => {
  const rows = [
    asset({ id: '1', title: 'Zebra case study', type: 'case-study', personas: ['cfo'], stage: 'decision', expiresAt: '2027-01-01', tags: ['AP'] }),
    asset({ id: '2', title: 'apple blog', personas: ['it'], industries: ['health'], description: 'Spreadsheets everywhere' }),
    asset({ id: '3', title: 'Mango video', type: 'video', personas: ['cfo', 'it'], expiresAt: '2026-12-01', archived: true }),
  ].map((a) => toRow(a, assetStatuses(a, TODAY), 0));

  it('filters by words in any field and by facets, ORed within one and ANDed across', () => {
    const ids = (f: Partial<ReturnType<typeof emptyFilter>>) => filterRows(rows, { ...emptyFilter(), ...f }).map((r) => r.asset.id);
    expect(ids({ text: 'SPREADSHEETS' })).toEqual(['2']);
    expect(ids({ text: 'ap zebra' })).toEqual(['1']);
    expect(ids({ personas: ['cfo'] })).toEqual(['1', '3']);
    expect(ids({ personas: ['cfo'], types: ['video', 'blog-post'] })).toEqual(['3']);
    expect(ids({ statuses: ['archived'] })).toEqual(['3']);
    expect(ids({ stages: ['decision'] })).toEqual(['1']);
  });

  it('sorts by title naturally and puts assets without a date last both ways', () => {
    expect(sortRows(rows, { key: 'title', direction: 'asc' }).map((r) => r.asset.id)).toEqual(['2', '3', '1']);
    expect(sortRows(rows, { key: 'expiresAt', direction: 'asc' }).map((r) => r.asset.id)).toEqual(['3', '1', '2']);
    expect(sortRows(rows, { key: 'expiresAt', direction: 'desc' }).map((r) => r.asset.id)).toEqual(['1', '3', '2']);
  });

  it('counts facet values', () => {
    const counts = countFacets(rows);
    expect(counts.personas.get('cfo')).toBe(2);
    expect(counts.types.get('blog-post')).toBe(1);
    expect(counts.statuses.get('archived')).toBe(1);
  });
});

describe('taxonomy edits keep every asset valid', () => {
  const assets = [asset({ id: 'a', personas: ['cfo', 'finance'] }), asset({ id: 'b', personas: ['finance'] }), asset({ id: 'c', personas: ['it'] })];

  it('merges one entry into another, moving its assets, label and aliases', () => {
    const r = mergeEntries(taxonomy, 'personas', 'finance', 'cfo');
    if (!r.ok) throw new Error(r.message);
    expect(r.change.taxonomy.personas.map((e) => e.id)).toEqual(['cfo', 'it']);
    expect(r.change.taxonomy.personas[0]?.aliases).toEqual(['CFO', 'Finance team', 'Controller']);
    expect(retagAssets(assets, r.change.retags).map((a) => [a.id, a.personas])).toEqual([
      ['a', ['cfo']],
      ['b', ['cfo']],
    ]);
    expect(mergeEntries(taxonomy, 'personas', 'cfo', 'cfo').ok).toBe(false);
  });

  it('deletes with reassignment or removal', () => {
    const moved = deleteEntry(taxonomy, 'personas', 'finance', 'it');
    expect(moved.ok && retagAssets(assets, moved.change.retags).map((a) => a.personas)).toEqual([['cfo', 'it'], ['it']]);
    const dropped = deleteEntry(taxonomy, 'personas', 'finance');
    expect(dropped.ok && retagAssets(assets, dropped.change.retags).map((a) => a.personas)).toEqual([['cfo'], []]);
    expect(deleteEntry(taxonomy, 'personas', 'finance', 'finance').ok).toBe(false);
  });

  it('carries reps’ corrections along: a chip follows its entry into a merge, and goes when it is deleted', () => {
    const correction = { key: 'hubspot:contact:1', fields: {}, added: { personas: ['finance'] }, removed: { personas: ['it'] }, updatedAt: 1 };
    const merged = mergeEntries(taxonomy, 'personas', 'finance', 'cfo');
    expect(merged.ok && retagCorrections([correction], merged.change.retags)).toEqual([{ ...correction, added: { personas: ['cfo'] } }]);
    const deleted = deleteEntry(taxonomy, 'personas', 'it');
    expect(deleted.ok && retagCorrections([correction], deleted.change.retags)).toEqual([{ ...correction, removed: { personas: [] } }]);
    const untouched = updateEntry(taxonomy, 'personas', 'cfo', { label: 'Chief financial officer', aliases: [] });
    expect(untouched.ok && retagCorrections([correction], untouched.change.retags)).toEqual([]);
  });

  it('renames labels and ids, refusing clashes', () => {
    const renamed = updateEntry(taxonomy, 'personas', 'finance', { label: 'Finance ops', aliases: ['AP clerk'], id: 'finance-ops' });
    expect(renamed.ok && retagAssets(assets, renamed.change.retags).map((a) => a.personas)).toEqual([['cfo', 'finance-ops'], ['finance-ops']]);
    const clash = updateEntry(taxonomy, 'personas', 'finance', { label: 'IT leader', aliases: [] });
    expect(clash).toEqual({ ok: false, field: 'label', message: 'another persona is already called "IT leader"' });
    expect(updateEntry(taxonomy, 'personas', 'finance', { label: 'X', aliases: [], id: 'cfo' }).ok).toBe(false);
    expect(updateEntry(taxonomy, 'personas', 'finance', { label: 'X', aliases: [], id: 'Bad Id' }).ok).toBe(false);
  });

  it('adds entries with unique ids', () => {
    const r = addEntry(taxonomy, 'personas', ' finance LEADER ');
    expect(r.ok).toBe(false);
    const ok = addEntry(taxonomy, 'industries', 'Health care', ['hospital']);
    expect(ok.ok && ok.change.taxonomy.industries.at(-1)).toEqual({ id: 'health-care', label: 'Health care', aliases: ['hospital'] });
  });
});

describe('bulk actions', () => {
  it('tags, untags, archives and restores', () => {
    const list = [asset({ id: 'a', tags: ['AP'] }), asset({ id: 'b', personas: ['cfo'] })];
    expect(applyBulkAction(list, { kind: 'tag', field: 'personas', values: ['cfo', 'it'] }, 5).map((a) => a.personas)).toEqual([
      ['cfo', 'it'],
      ['cfo', 'it'],
    ]);
    expect(applyBulkAction(list, { kind: 'untag', field: 'tags', values: ['ap'] }, 5)[0]?.tags).toEqual([]);
    const archived = applyBulkAction(list, { kind: 'archive' }, 5);
    expect(archived.every((a) => a.archived && a.updatedAt === 5)).toBe(true);
    expect(applyBulkAction(archived, { kind: 'unarchive' }, 6).some((a) => 'archived' in a)).toBe(false);
  });
});

describe('asset editor rules', () => {
  const context = { id: 'new', taxonomy, assets: [asset({ id: 'old', title: 'Old one', url: 'https://e.example/dup' })] };

  it('puts each problem beside its field', () => {
    const draft = { ...draftFromAsset(), title: '', url: 'javascript:alert(1)', publishedAt: '2026-02-30', reviewBy: 'soon', personas: ['ceo'] };
    const r = checkAssetDraft(draft, context);
    expect(r.asset).toBeUndefined();
    expect(r.errors.title).toBe('the title is required');
    expect(r.errors.url).toMatch(/javascript: URLs are not allowed/);
    expect(r.errors.publishedAt).toMatch(/YYYY-MM-DD/);
    expect(r.errors.reviewBy).toMatch(/YYYY-MM-DD/);
    expect(r.errors.personas).toMatch(/not in the taxonomy: ceo/);
  });

  it('applies the pack limits and invisible-character rules to what the editor saves', () => {
    const blank = checkAssetDraft({ ...draftFromAsset(), title: '\u200b\u2060', url: 'https://me:pw@e.example/x', description: 'd'.repeat(5001) }, context);
    expect(blank.errors).toMatchObject({
      title: 'the title is required',
      url: expect.stringMatching(/user name or password/),
      description: 'the description is 5,001 characters; the limit is 5,000',
    });
    const ok = checkAssetDraft({ ...draftFromAsset(), title: '\u202eReport\u202c\u200b', url: 'https://e.example/new' }, context);
    expect(ok.asset?.title).toBe('Report');
  });

  it('warns about a URL another asset has, and refuses expiry before publication', () => {
    const draft = { ...draftFromAsset(), title: 'T', url: 'https://e.example/dup', publishedAt: '2026-05-01', expiresAt: '2026-04-01' };
    const r = checkAssetDraft(draft, context);
    expect(r.warnings.url).toBe('"Old one" already links to this URL');
    // The same page with campaign parameters, a trailing slash or "www." is the same page.
    for (const url of ['https://www.e.example/dup/', 'https://E.example/dup?utm_source=news#top'])
      expect(checkAssetDraft({ ...draft, url }, context).warnings.url, url).toBe('"Old one" already links to this URL');
    expect(checkAssetDraft({ ...draft, url: 'https://e.example/dup?page=2' }, context).warnings.url).toBeUndefined();
    expect(r.errors.expiresAt).toBe('expires before it is published');
    const ok = checkAssetDraft({ ...draft, expiresAt: '', reviewBy: '2027-01-01', tags: [' x ', 'X'] }, context);
    expect(ok.asset).toMatchObject({ id: 'new', title: 'T', reviewBy: '2027-01-01', tags: ['x'] });
  });
});
