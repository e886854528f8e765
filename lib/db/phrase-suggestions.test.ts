import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type LocalServer } from '../../tests/local-server';
import { syncFeed } from '../feed/sync';
import { phraseSuggestionItems } from '../library/phrase-suggestions';
import { compileTaxonomy, contextOf, resolveProspect } from '../match';
import { packToJson, readPack } from '../pack/pack';
import { TailorDB } from './db';
import { importPackIntoDb, libraryToPack, loadLibrary } from './library';
import { readCorrectionsFile } from '../library/corrections-file';
import {
  addSharedCorrections,
  addSuggestedPhrase,
  exportCorrectionsFile,
  forgetSharedCorrections,
  dismissPhraseSuggestion,
  loadPhraseSuggestionInputs,
  removeSuggestedPhrase,
  restorePhraseSuggestion,
} from './phrase-suggestions';

const checkedSample = readPack(fs.readFileSync(path.join(import.meta.dirname, '../../public/sample-library.json'), 'utf8'));
if (!checkedSample.ok) throw new Error('the sample library is invalid');
const sample = checkedSample.value;

// Three records a rep corrected by adding "Ticket backlog": the notes say it in words the sample
// taxonomy does not have.
const corrected = [
  { key: 'salesforce:contact:1', notes: 'Every Monday my people are digging out of the weekend, emails everywhere.' },
  { key: 'hubspot:contact:2', notes: 'Agents spend the morning digging out of the weekend before any real work.' },
  { key: 'salesforce:lead:3', notes: 'Since the merger the team is digging out of the weekend until Tuesday.' },
];
// A prospect none of the reps has seen, saying the same thing.
const newcomer = { title: 'Support Director', notes: 'Honestly we are still digging out of the weekend on Wednesdays.' };

let dbs: TailorDB[] = [];
let server: LocalServer | undefined;
let n = 0;
const freshDb = async () => {
  const db = new TailorDB(`tailor-phrases-${n++}`);
  await db.open();
  dbs.push(db);
  return db;
};

async function seedCorrections(db: TailorDB) {
  await importPackIntoDb(db, sample, { mode: 'replace', origin: 'pack', now: 1 });
  for (const [i, c] of corrected.entries()) {
    // The rep's edit of the notes stands for the notes of the last record.
    const edited = i === 2;
    await db.prospects.put({
      key: c.key,
      prospect: { name: `Prospect ${i}`, notes: edited ? 'Notes before the rep edited them.' : c.notes },
      context: { personas: [], industries: [], painPoints: [] },
      firstSeenAt: 1,
      lastSeenAt: 1,
      views: 1,
    });
    await db.corrections.put({ key: c.key, fields: edited ? { notes: c.notes } : {}, added: { painPoints: ['ticket-backlog'] }, removed: {}, updatedAt: 2 });
  }
}

const painsOf = async (db: TailorDB) => {
  const { taxonomy, assets } = await loadLibrary(db);
  return contextOf(resolveProspect(newcomer, compileTaxonomy(taxonomy, assets))).painPoints;
};

beforeEach(() => {
  dbs = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('suggested phrases in the database', () => {
  it('comes from this browser’s corrections with their records’ notes, and forgets dismissed ones', async () => {
    const db = await freshDb();
    await seedCorrections(db);
    const inputs = await loadPhraseSuggestionInputs(db);
    expect(inputs.corrections.map((c) => c.notes).sort()).toEqual(corrected.map((c) => c.notes).sort());
    const { taxonomy } = await loadLibrary(db);
    const [first] = phraseSuggestionItems(taxonomy, inputs.corrections, inputs.dismissed);
    expect(first).toMatchObject({ painPoint: 'ticket-backlog', label: 'Ticket backlog', phrase: 'digging out of the weekend', prospects: 3 });

    await dismissPhraseSuggestion(db, first!.key);
    expect((await db.settings.get('phraseSuggestions:dismissed'))?.value).toEqual([first!.key]);
    const after = await loadPhraseSuggestionInputs(db);
    expect(phraseSuggestionItems(taxonomy, after.corrections, after.dismissed).map((s) => s.key)).not.toContain(first!.key);
    await restorePhraseSuggestion(db, first!.key);
    expect((await loadPhraseSuggestionInputs(db)).dismissed).toEqual([]);
  });

  it('"Add as phrase" is a taxonomy edit that keeps the entry’s origin, and can be undone', async () => {
    const db = await freshDb();
    await seedCorrections(db);
    const before = await db.taxonomy.get(['painPoints', 'ticket-backlog']);
    const r = await addSuggestedPhrase(db, 'ticket-backlog', 'digging out of the weekend');
    expect(r.ok).toBe(true);
    const row = await db.taxonomy.get(['painPoints', 'ticket-backlog']);
    expect(row).toEqual({ ...before, aliases: [...before!.aliases, 'digging out of the weekend'] });
    // Everything else in the taxonomy is as it was.
    expect((await db.taxonomy.count())).toBe(sample.taxonomy.personas.length + sample.taxonomy.industries.length + sample.taxonomy.painPoints.length);
    await removeSuggestedPhrase(db, 'ticket-backlog', 'digging out of the weekend');
    expect(await db.taxonomy.get(['painPoints', 'ticket-backlog'])).toEqual(before);
  });

  it('refuses a phrase for a pain point deleted meanwhile, and writes nothing', async () => {
    const db = await freshDb();
    await seedCorrections(db);
    const rows = await db.taxonomy.toArray();
    expect(await addSuggestedPhrase(db, 'no-such-pain', 'digging out of the weekend')).toMatchObject({ ok: false, field: 'id' });
    expect(await db.taxonomy.toArray()).toEqual(rows);
  });

  it('reaches every rep through the feed: add the phrase, publish the pack, sync it into a fresh browser, and the matcher reads the words as the pain', async () => {
    const marketer = await freshDb();
    await seedCorrections(marketer);
    const rep = await freshDb();

    // Before: the published library does not read the newcomer's notes as the pain.
    let published = packToJson(await libraryToPack(marketer, 'Team library'));
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(published);
    });
    const feedUrl = `${server.url}/library.json`;
    expect((await syncFeed(rep, feedUrl, { now: () => 1000 })).result).toBe('updated');
    expect(await painsOf(rep)).not.toContain('ticket-backlog');

    const { taxonomy } = await loadLibrary(marketer);
    const inputs = await loadPhraseSuggestionInputs(marketer);
    const suggestion = phraseSuggestionItems(taxonomy, inputs.corrections, inputs.dismissed).find((s) => s.painPoint === 'ticket-backlog')!;
    expect((await addSuggestedPhrase(marketer, suggestion.painPoint, suggestion.phrase)).ok).toBe(true);

    // The export the marketer publishes carries the alias, and still passes the one validator.
    published = packToJson(await libraryToPack(marketer, 'Team library'));
    const checked = readPack(published);
    expect(checked.ok && checked.value.taxonomy.painPoints.find((e) => e.id === 'ticket-backlog')?.aliases).toContain('digging out of the weekend');

    expect((await syncFeed(rep, feedUrl, { now: () => 2000 })).result).toBe('updated');
    expect((await rep.taxonomy.get(['painPoints', 'ticket-backlog']))?.aliases).toContain('digging out of the weekend');
    expect(await painsOf(rep)).toContain('ticket-backlog');
  });

  it('gathers corrections from reps’ browsers through files: exported by each rep, added in the marketer’s', async () => {
    const reps = [await freshDb(), await freshDb()];
    const marketer = await freshDb();
    await importPackIntoDb(marketer, sample, { mode: 'replace', origin: 'pack', now: 1 });
    // Two records corrected in one rep's browser, one in the other's: neither alone has enough.
    for (const [i, c] of corrected.entries()) {
      const rep = reps[i === 2 ? 1 : 0]!;
      await rep.prospects.put({ key: c.key, prospect: { name: `Prospect ${i}`, notes: c.notes }, context: { personas: [], industries: [], painPoints: [] }, firstSeenAt: 1, lastSeenAt: 1, views: 1 });
      await rep.corrections.put({ key: c.key, fields: {}, added: { painPoints: ['ticket-backlog'] }, removed: {}, updatedAt: 2 + i });
    }
    const { taxonomy } = await loadLibrary(marketer);
    const suggest = async () => {
      const inputs = await loadPhraseSuggestionInputs(marketer);
      return { fromFiles: inputs.fromFiles, phrases: phraseSuggestionItems(taxonomy, inputs.corrections, inputs.dismissed).map((s) => s.phrase) };
    };
    expect(await suggest()).toEqual({ fromFiles: 0, phrases: [] });
    for (const [i, rep] of reps.entries()) {
      const read = readCorrectionsFile(JSON.stringify(await exportCorrectionsFile(rep)), `rep-${i}.json`);
      expect(read.ok).toBe(true);
      if (read.ok) await addSharedCorrections(marketer, read.value);
    }
    // The same file twice counts each record once.
    const again = readCorrectionsFile(JSON.stringify(await exportCorrectionsFile(reps[0]!)));
    expect(again.ok && (await addSharedCorrections(marketer, again.value))).toEqual({ added: 0, updated: 0 });
    const gathered = await suggest();
    expect(gathered.fromFiles).toBe(3);
    expect(gathered.phrases[0]).toBe('digging out of the weekend');
    await forgetSharedCorrections(marketer);
    expect(await suggest()).toEqual({ fromFiles: 0, phrases: [] });
  });
});
