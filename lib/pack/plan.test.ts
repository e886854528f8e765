import { describe, expect, it } from 'vitest';
import type { Asset, AssetOrigin, PackAsset } from '../model';
import { planAssetImport } from './plan';

const packAsset = (id: string, extra: Partial<PackAsset> = {}): PackAsset => ({
  id,
  title: `Asset ${id}`,
  url: `https://content.example/${id}`,
  type: 'case-study',
  personas: [],
  industries: [],
  painPoints: [],
  tags: [],
  ...extra,
});
const stored = (origin: AssetOrigin, id: string, extra: Partial<PackAsset> = {}): Asset => ({
  ...packAsset(id, extra),
  origin,
  addedAt: 1,
  updatedAt: 1,
});

describe('planAssetImport', () => {
  const existing = [
    stored('feed', 'f1'),
    stored('local', 'mine', { url: 'https://mine.example/page', title: 'My own page' }),
    stored('local', 'shared', { title: 'My copy' }),
  ];

  it('matches every existing asset by id, else URL, when nothing is protected', () => {
    const plan = planAssetImport(existing, [packAsset('x', { url: 'https://mine.example/page', title: 'Team' })], 'merge');
    expect(plan.updated.map((u) => `${u.before.id}<-${u.after.title}`)).toEqual(['mine<-Team']);
    expect(plan.clashes).toEqual([]);
  });

  it('leaves assets it may not touch alone: no match by URL, no removal, and an id clash is reported', () => {
    const incoming = [
      packAsset('f1', { title: 'Retitled' }),
      packAsset('team-page', { url: 'https://mine.example/page', title: 'Team page' }),
      packAsset('shared', { title: 'The team’s shared asset' }),
    ];
    const plan = planAssetImport(existing, incoming, 'replace', { touchable: (a) => a.origin !== 'local' });
    expect(plan.updated.map((u) => u.before.id)).toEqual(['f1']);
    expect(plan.added.map((a) => a.id)).toEqual(['team-page']);
    expect(plan.clashes.map((c) => `${c.incoming.title}|${c.kept.title}`)).toEqual(['The team’s shared asset|My copy']);
    expect(plan.removed).toEqual([]);
  });

  it('removes, on replace, only touchable assets the import does not have', () => {
    const plan = planAssetImport(existing, [packAsset('f2')], 'replace', { touchable: (a) => a.origin === 'feed' });
    expect(plan.removed.map((a) => a.id)).toEqual(['f1']);
  });
});
