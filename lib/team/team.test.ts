import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import { emptyTaxonomy, type Asset, type Taxonomy } from '../model';
import { readTeamFigures, type TeamFigures } from './figures';
import { buildTeamView, pseudonymsFor } from './report';
import { teamStatus } from '../state/settings-table';
import { loadTeamFigures, loadTeamStatus, openTeamFiguresFile } from './store';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../tests/fixtures/team', name), 'utf8');
const contractText = fixture('contract.json');
const extendedText = fixture('extended.json');
const contract = JSON.parse(contractText) as TeamFigures;

const asset = (id: string, extra: Partial<Asset> = {}): Asset => ({
  id,
  title: `Title of ${id}`,
  url: `https://content.example/${id}`,
  type: 'case-study',
  personas: [],
  industries: [],
  painPoints: [],
  tags: [],
  origin: 'pack',
  addedAt: 0,
  updatedAt: 0,
  ...extra,
});

describe('reading a team figures file', () => {
  it('reads the contract’s fields, and the optional ones when present', () => {
    const plain = readTeamFigures(contractText, 'team.json');
    expect(plain.ok).toBe(true);
    if (!plain.ok) return;
    expect(plain.figures.totals.shares).toBe(contract.totals.shares);
    expect(plain.figures.days).toBeUndefined();
    const extended = readTeamFigures(extendedText);
    expect(extended.ok && extended.figures.days?.length).toBe(30);
    expect(extended.ok && extended.figures.reps[0]?.influencedRevenue).toBe(173000);
  });

  it('keeps the fields it knows and drops unknown ones (a newer command line may print more)', () => {
    const r = readTeamFigures(JSON.stringify({ ...contract, somethingNew: [1, 2] }));
    expect(r.ok && 'somethingNew' in r.figures).toBe(false);
  });

  it('says where each problem is, as a JSON path, with every problem at once', () => {
    const broken = JSON.parse(contractText) as Record<string, unknown> & { totals: Record<string, unknown>; reps: Record<string, unknown>[] };
    delete broken.totals.shares;
    broken.reps[2]!.shares = -1;
    broken.reps[3]!.id = 42;
    broken.wasteShare = 1.5;
    const r = readTeamFigures(JSON.stringify(broken), 'team.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { file: 'team.json', where: 'totals.shares', message: 'shares is missing' },
      { file: 'team.json', where: 'reps[2].shares', message: 'shares must not be negative' },
      { file: 'team.json', where: 'reps[3].id', message: 'the rep id must be text, not 42' },
      { file: 'team.json', where: 'wasteShare', message: 'wasteShare must be between 0 and 1' },
    ]);
  });

  it('refuses what is not JSON, or not an object', () => {
    const notJson = readTeamFigures('{"messages": 3,', 'team.json');
    expect(!notJson.ok && notJson.errors[0]?.where).toBe('(file)');
    expect(!notJson.ok && notJson.errors[0]?.message).toMatch(/^not JSON: /);
    const list = readTeamFigures('[]');
    expect(!list.ok && list.errors).toEqual([{ where: '(top level)', message: 'the team figures must be a JSON object' }]);
    expect(readTeamFigures(`\uFEFF${contractText}`).ok).toBe(true);
  });
});

describe('the Team view’s figures', () => {
  const taxonomy: Taxonomy = {
    ...emptyTaxonomy(),
    personas: [{ id: 'finance-exec', label: 'Finance leader', aliases: [] }],
    industries: [{ id: 'health-life-sciences', label: 'Healthcare', aliases: [] }],
  };
  const figures: TeamFigures = {
    messages: 20,
    duplicates: 1,
    skipped: 0,
    totals: { suggested: 10, opened: 4, linkCopies: 3, emailCopies: 1, shares: 4, notRelevant: 1, flagged: 1, requested: 2, wonDeals: 2, influencedRevenue: 5000 },
    assets: [
      { id: 'a', suggested: 5, opened: 2, shares: 3, notRelevant: 0, flagged: 0, influencedRevenue: 5000 },
      { id: 'gone', title: 'Only in the file', suggested: 3, opened: 2, shares: 1, notRelevant: 1, flagged: 0, influencedRevenue: 2000 },
      { id: 'b', suggested: 2, opened: 0, shares: 0, notRelevant: 0, flagged: 1, influencedRevenue: 0 },
    ],
    reps: [
      { id: 'zoe@example.com', suggested: 6, shares: 3, notRelevant: 1, flagged: 0, requested: 1 },
      { id: 'al@example.com', suggested: 4, shares: 1, notRelevant: 0, flagged: 1, requested: 1 },
    ],
    wasteShare: null,
    coverage: [
      { persona: 'finance-exec', industry: 'health-life-sciences', prospects: 5 },
      { persona: 'finance-exec', industry: 'telecom', prospects: 2 },
      { persona: 'finance-exec', industry: 'retail', prospects: 0 },
    ],
  };
  const library = [
    asset('a', { personas: ['finance-exec'], industries: ['telecom'] }),
    asset('b'),
    asset('c'),
    asset('old', { expiresAt: '2020-01-01' }),
    asset('hidden', { archived: true }),
  ];
  const view = (extra: Partial<Parameters<typeof buildTeamView>[0]> = {}) =>
    buildTeamView({ figures, assets: library, taxonomy, pseudonymiseReps: false, today: '2026-12-01', ...extra });

  it('names assets from this browser’s library, then from the file, then by id', () => {
    expect(view().topByShares.map((r) => r.title)).toEqual(['Title of a', 'Only in the file']);
  });

  it('ranks content by the revenue of the won deals it influenced across reps', () => {
    expect(view().influence.map((r) => [r.id, r.influencedRevenue])).toEqual([
      ['a', 5000],
      ['gone', 2000],
    ]);
  });

  it('lists this library’s active assets no rep shared, and counts waste from them when the file has none', () => {
    const v = view();
    expect(v.neverShared.map((r) => r.id)).toEqual(['b', 'c']);
    expect(v.waste).toEqual({ share: 2 / 3, from: 'library', neverShared: 2, active: 3 });
    expect(v.libraryActive).toBe(3);
    expect(view({ figures: { ...figures, wasteShare: 0.25 } }).waste).toEqual({ share: 0.25, from: 'file' });
    expect(view({ assets: [] }).waste).toBeNull();
  });

  it('shows reps by id, or pseudonymised in a stable order that is not the file’s', () => {
    expect(view().reps.map((r) => r.name)).toEqual(['zoe@example.com', 'al@example.com']);
    const hidden = view({ pseudonymiseReps: true }).reps;
    expect(hidden.map((r) => r.name)).toEqual(['Rep 1', 'Rep 2']);
    expect(JSON.stringify(hidden)).not.toContain('example.com');
    // The same rep gets the same number whatever order the file lists them in.
    const reversed = view({ pseudonymiseReps: true, figures: { ...figures, reps: [...figures.reps].reverse() } }).reps;
    expect(reversed).toEqual(hidden);
    const names = pseudonymsFor(['zoe@example.com', 'al@example.com']);
    const zoe = hidden.find((r) => r.suggested === 6)!;
    expect(zoe.name).toBe(names.get('zoe@example.com'));
  });

  it('numbers a rep the same in every file', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `rep${i}@example.com`);
    const a = pseudonymsFor(ids);
    const b = pseudonymsFor([...ids].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(40);
  });

  it('finds coverage gaps from every rep’s prospects: pairs seen with no asset tagged for both', () => {
    const v = view();
    expect(v.has.coverage).toBe(true);
    expect(v.coveragePairs).toBe(3);
    // finance-exec × telecom has asset "a"; retail saw no prospects.
    expect(v.coverageGaps).toEqual([{ persona: 'Finance leader', industry: 'Healthcare', prospects: 5, assets: 0 }]);
    // The file's own count of assets (from the command line's library) wins over this browser's.
    const fromFile = view({ figures: { ...figures, coverage: [{ persona: 'finance-exec', industry: 'telecom', prospects: 2, assets: 0 }] } });
    expect(fromFile.coverageGaps.map((g) => g.industry)).toEqual(['telecom']);
    expect(view({ figures: { ...figures, coverage: undefined } }).has.coverage).toBe(false);
  });
});

describe('opening a team figures file from disk', () => {
  let db: TailorDB;
  let n = 0;
  beforeEach(async () => {
    db = new TailorDB(`tailor-team-test-${n++}`);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('stores a valid file, and a broken one changes nothing', async () => {
    const opened = await openTeamFiguresFile(db, contractText, 'november.json', 1000);
    expect(opened.ok).toBe(true);
    const stored = await loadTeamFigures(db);
    expect(stored?.source).toEqual({ kind: 'file', name: 'november.json' });
    expect(stored?.figures.totals.shares).toBe(contract.totals.shares);

    const broken = await openTeamFiguresFile(db, '{"messages": "many"}', 'broken.json', 2000);
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.errors[0]).toEqual({ file: 'broken.json', where: 'messages', message: 'messages must be a number, not "many"' });
    expect(await loadTeamFigures(db)).toEqual(stored);
  });

  it('drops a subscription’s validators, so the subscribed URL takes over again at its next check', async () => {
    await db.settings.put({ key: teamStatus.key, value: { url: 'https://x.example/team.json', etag: '"v1"', failures: 0, lastSuccessAt: 5 } });
    await openTeamFiguresFile(db, contractText, 'mine.json');
    expect(await loadTeamStatus(db)).toEqual({ url: 'https://x.example/team.json', failures: 0, lastSuccessAt: 5 });
  });
});
