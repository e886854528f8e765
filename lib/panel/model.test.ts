import Dexie from 'dexie';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TailorDB, type LocalWrite } from '../db/db';
import { importPackIntoDb } from '../db/library';
import type { Asset, Prospect } from '../model';
import { readPack } from '../pack/pack';
import { recordUsageBatch } from '../usage/record';
import { emptyCorrection, withChip } from './corrections';
import {
  ImpressionLog,
  SUGGESTION_LIMIT,
  changesPreparedViews,
  chosenItems,
  computePanelView,
  contextSummary,
  createRequest,
  emailToCopy,
  keepCorrection,
  linkToCopy,
  loadPanelInputs,
  panelItemOf,
  usageBase,
} from './model';
import { panelLibrary } from './suggest';
import { FEEDBACK_LIMIT, feedback } from '../state/repositories';

const sample = readPack(fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8'), { file: 'sample-library.json' });
if (!sample.ok) throw new Error('the sample library must read');
const { assets, taxonomy } = sample.value;
const library = panelLibrary(assets as Asset[], taxonomy);

const dana: Prospect = {
  name: 'Dana Whitfield',
  title: 'VP Customer Support',
  company: 'Mercy Regional Health',
  industry: 'Hospitals and Health Care',
  notes: 'The ticket backlog doubled this quarter and agents are burning out.',
  source: { crm: 'salesforce', recordType: 'contact', recordId: '0035g00000XyZabAAB' },
};
const key = 'salesforce:contact:0035g00000XyZabAAB';

let db: TailorDB;
let n = 0;
beforeEach(() => {
  db = new TailorDB(`tailor-panel-${n++}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the panel model', () => {
  it('gives the background and the panel the same view from the same stored inputs', async () => {
    const first = computePanelView(library, dana, await loadPanelInputs(db, key), '2026-11-22', 7);
    expect(first.items).toHaveLength(SUGGESTION_LIMIT);
    expect(first.detectedAt).toBe(7);
    expect(first.chips.map((c) => c.kind)).toContain('painPoints');
    // Recomputed from a fresh read of the same database: equal in every field.
    expect(computePanelView(library, dana, await loadPanelInputs(db, key), '2026-11-22', 7)).toEqual(first);
  });

  it("applies the rep's correction and not-relevant marks read from the database", async () => {
    const before = computePanelView(library, dana, await loadPanelInputs(db, key), '2026-11-22', 1);
    const persona = before.chips.find((c) => c.kind === 'personas')!;
    await db.corrections.put(withChip(emptyCorrection(key), 'personas', persona.id, 'remove', 1));
    const top = before.items[0]!;
    await recordUsageBatch(db, [{ type: 'not-relevant', at: 2, assetId: top.id, context: before.context }]);
    const inputs = await loadPanelInputs(db, key);
    expect(inputs.feedback).toEqual([{ assetId: top.id, context: before.context }]);
    const after = computePanelView(library, dana, inputs, '2026-11-22', 1);
    expect(after.chips.some((c) => c.kind === 'personas' && c.id === persona.id)).toBe(false);
    expect(after.items[0]!.id).not.toBe(top.id);
  });

  it('reads the newest not-relevant marks first, at most the limit, and only those naming an asset', async () => {
    const ctx = { personas: [], industries: [], painPoints: [] };
    await recordUsageBatch(db, [
      { type: 'not-relevant', at: 1, assetId: 'old', context: ctx },
      { type: 'not-relevant', at: 3, assetId: 'new', context: ctx },
      { type: 'request', at: 4, context: ctx },
      { type: 'copy-link', at: 5, assetId: 'shared', context: ctx },
    ]);
    expect((await feedback.recent(db)).map((f) => f.assetId)).toEqual(['new', 'old']);
    expect((await feedback.recent(db, 1)).map((f) => f.assetId)).toEqual(['new']);
    expect(FEEDBACK_LIMIT).toBe(500);
  });

  it('records impressions once per record and asset, and a record as seen once', () => {
    const log = new ImpressionLog();
    const items = assets.slice(0, 3).map((a) => panelItemOf(a as Asset));
    expect(log.fresh(key, items)).toHaveLength(3);
    expect(log.fresh(key, items)).toEqual([]);
    expect(log.fresh('hubspot:contact:1', items.slice(0, 1))).toHaveLength(1);
    expect(log.fresh(undefined, items.slice(0, 2))).toHaveLength(2);
    expect(log.firstSighting(key)).toBe(true);
    expect(log.firstSighting(key)).toBe(false);
    expect(log.firstSighting(undefined)).toBe(false);
  });

  it('builds usage events with the record, the account, the rep and the reading', () => {
    const view = computePanelView(library, dana, { correction: undefined, feedback: [] }, '2026-11-22', 1);
    expect(usageBase(dana, view, 'rep@x.example')).toEqual({
      crm: 'salesforce',
      recordType: 'contact',
      recordId: '0035g00000XyZabAAB',
      account: 'mercy regional health',
      rep: 'rep@x.example',
      context: view.context,
    });
    expect(usageBase(undefined, undefined, undefined)).toEqual({ context: { personas: [], industries: [], painPoints: [] } });
  });

  it('copies tracked links and email snippets with the team parameters', () => {
    const item = panelItemOf({ ...(assets[0] as Asset), url: 'https://example.com/a?x=1', description: 'Short.' });
    expect(linkToCopy(item, { team: 'emea' })).toBe(`https://example.com/a?x=1&utm_source=tailor&utm_medium=sales&utm_campaign=${encodeURIComponent(item.id)}&team=emea`);
    const snippet = emailToCopy([item], { team: 'emea' });
    expect(snippet.text).toContain('team=emea');
    expect(snippet.html).toContain('href="https://example.com/a?x=1&amp;utm_source=tailor');
  });

  it('turns a selection into items: suggestions first, else the library asset, unknown ids dropped', () => {
    const view = computePanelView(library, dana, { correction: undefined, feedback: [] }, '2026-11-22', 1);
    const other = assets.find((a) => !view.items.some((i) => i.id === a.id))!;
    const chosen = chosenItems(new Set([view.items[1]!.id, other.id, 'gone']), view.items, assets as Asset[]);
    expect(chosen.map((c) => c.id)).toEqual([view.items[1]!.id, other.id]);
    expect(chosen[0]!.reasons.length).toBeGreaterThan(0);
    expect(chosen[1]!.reasons).toEqual([]);
  });

  it("files a request with the prospect's context and returns its usage event", async () => {
    const view = computePanelView(library, dana, { correction: undefined, feedback: [] }, '2026-11-22', 1);
    const base = usageBase(dana, view, 'rep@x.example');
    const event = await createRequest(db, 'A case study for rural hospitals, please', view, base, 42);
    expect(event).toMatchObject({ type: 'request', reason: 'A case study for rural hospitals, please', rep: 'rep@x.example' });
    const [request] = await db.requests.toArray();
    expect(request).toMatchObject({ createdAt: 42, status: 'open', rep: 'rep@x.example', context: view.context, prospect: { name: 'Dana Whitfield' } });
    expect(contextSummary(view)).toMatch(/^VP Customer Support · Hospitals and Health Care · /);
  });
});

describe('keeping a correction', () => {
  it('writes it only once the views prepared without it are gone', async () => {
    const correction = withChip(emptyCorrection(key), 'personas', 'support-leader', 'remove', 5);
    const seen: unknown[] = [];
    await keepCorrection(db, correction, async (k) => {
      // What a panel opened at this moment would find: the record as detected, nothing corrected yet.
      seen.push(k, await db.corrections.get(k));
    });
    expect(seen).toEqual([key, undefined]);
    expect(await db.corrections.get(key)).toEqual(correction);
  });

  it('keeps the correction when the prepared views could not be removed', async () => {
    const correction = withChip(emptyCorrection(key), 'personas', 'support-leader', 'remove', 5);
    await keepCorrection(db, correction, () => Promise.reject(new Error('no background')));
    expect(await db.corrections.get(key)).toEqual(correction);
  });

  it('keeps the correction when the background does not answer', async () => {
    const correction = withChip(emptyCorrection(key), 'personas', 'support-leader', 'remove', 5);
    await keepCorrection(db, correction, () => new Promise(() => {}), 20);
    expect(await db.corrections.get(key)).toEqual(correction);
  });

  it('removes a correction that corrects nothing any more, after the views too', async () => {
    await db.corrections.put(withChip(emptyCorrection(key), 'personas', 'support-leader', 'remove', 5));
    const order: string[] = [];
    await keepCorrection(db, emptyCorrection(key), async () => void order.push(`dropped with the correction ${(await db.corrections.get(key)) ? 'still there' : 'gone'}`));
    expect(order).toEqual(['dropped with the correction still there']);
    expect(await db.corrections.get(key)).toBeUndefined();
  });
});

describe('the writes that make the prepared views out of date', () => {
  const ctx = { personas: [], industries: [], painPoints: [] };
  const writesOf = async (write: (db: TailorDB) => Promise<unknown>): Promise<LocalWrite[][]> => {
    const seen: LocalWrite[][] = [];
    const stop = db.onLocalWrite((w) => seen.push(w));
    await write(db);
    stop();
    return seen;
  };

  it('reports a page’s import, correction and “not relevant” mark once per transaction, as changing the views', async () => {
    const imported = await writesOf((d) => importPackIntoDb(d, sample.value, { mode: 'merge', origin: 'pack' }));
    expect(imported, 'one import, one report').toHaveLength(1);
    expect(changesPreparedViews(imported[0]!)).toBe(true);
    const corrected = await writesOf((d) => d.corrections.put(emptyCorrection(key)));
    expect(changesPreparedViews(corrected[0]!)).toBe(true);
    const dismissed = await writesOf((d) => recordUsageBatch(d, [{ type: 'not-relevant', at: 2, assetId: 'a', context: ctx }]));
    expect(changesPreparedViews(dismissed.flat())).toBe(true);
    const deleted = await writesOf((d) => d.assets.delete(assets[0]!.id));
    expect(changesPreparedViews(deleted[0]!)).toBe(true);
  });

  it('leaves out shares, impressions and settings, and writes that did not commit', async () => {
    const shared = await writesOf((d) =>
      recordUsageBatch(d, [
        { type: 'impression', at: 1, assetId: 'a', context: ctx },
        { type: 'copy-link', at: 2, assetId: 'a', context: ctx },
      ]),
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(changesPreparedViews(shared.flat())).toBe(false);
    const settings = await writesOf((d) => d.settings.put({ key: 'repId', value: 'r1' } as never));
    expect(changesPreparedViews(settings.flat())).toBe(false);
    const aborted = await writesOf((d) =>
      d
        .transaction('rw', d.assets, async () => {
          await d.assets.put({ ...(assets[0] as Asset) });
          throw new Error('changed my mind');
        })
        .catch(() => undefined),
    );
    expect(aborted).toEqual([]);
  });

  it('does not report another context’s writes', async () => {
    const other = new TailorDB(db.name);
    try {
      const seen = await writesOf(() => other.corrections.put(emptyCorrection(key)));
      expect(seen).toEqual([]);
    } finally {
      other.close();
    }
  });
});
