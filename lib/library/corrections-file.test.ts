import { describe, expect, it } from 'vitest';
import type { ProspectCorrection, ProspectSeen } from '../model';
import { CORRECTIONS_LIMITS, combineCorrections, correctionsFileOf, mergeSharedCorrections, readCorrectionsFile, readStoredSharedCorrections, type SharedCorrection } from './corrections-file';

const correction = (key: string, updatedAt: number, over: Partial<ProspectCorrection> = {}): ProspectCorrection => ({ key, fields: {}, added: {}, removed: {}, updatedAt, ...over });
const seen = (key: string, notes?: string): ProspectSeen => ({
  key,
  prospect: { name: 'Dana Whitfield', title: 'CFO', company: 'Mercy Regional', email: 'dana@mercy.example', ...(notes ? { notes } : {}) },
  context: { personas: [], industries: [], painPoints: [] },
  firstSeenAt: 1,
  lastSeenAt: 1,
  views: 1,
});
const shared = (record: string, updatedAt: number, notes = 'Trucks wait for a door.', painPoints = ['dock-detention']): SharedCorrection => ({ record, notes, painPoints, updatedAt });

describe('a corrections file', () => {
  const seenRows = new Map([
    ['sf:contact:1', seen('sf:contact:1', '  Trucks are waiting for a door.  ')],
    ['sf:contact:2', seen('sf:contact:2')],
  ]);
  const own = [
    correction('sf:contact:1', 5, { added: { painPoints: ['dock-detention', 'visibility'], personas: ['cfo'] }, removed: { painPoints: ['visibility'] } }),
    correction('sf:contact:2', 6, { added: { painPoints: ['visibility'] } }),
    correction('sf:contact:3', 7, { fields: { notes: 'The rep’s own notes.', title: 'COO' } }),
  ];

  it('holds each corrected record’s notes and added pain points, newest first, and nothing else of the prospect', () => {
    const file = correctionsFileOf(own, seenRows, new Date(Date.UTC(2026, 11, 2)));
    expect(file).toEqual({
      format: 'tailor-corrections',
      version: 1,
      exportedAt: '2026-12-02T00:00:00.000Z',
      corrections: [
        { record: 'sf:contact:3', notes: 'The rep’s own notes.', painPoints: [], updatedAt: 7 },
        { record: 'sf:contact:1', notes: 'Trucks are waiting for a door.', painPoints: ['dock-detention'], updatedAt: 5 },
      ],
    });
    const text = JSON.stringify(file);
    for (const personal of ['Dana', 'Mercy', 'dana@', 'CFO', 'COO']) expect(text).not.toContain(personal);
  });

  it('reads back what it wrote', () => {
    const file = correctionsFileOf(own, seenRows);
    expect(readCorrectionsFile(JSON.stringify(file), 'ana.json')).toEqual({ ok: true, value: file.corrections, warnings: [] });
  });

  it('names the file and the place of every problem, and reads nothing from a bad file', () => {
    expect(readCorrectionsFile('{"format":', 'x.json')).toMatchObject({ ok: false, errors: [{ file: 'x.json', where: '(top level)' }] });
    const notAFile = readCorrectionsFile(JSON.stringify({ format: 'tailor-library', version: 1, assets: [] }), 'pack.json');
    expect(notAFile.ok === false && notAFile.errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'format: format must be "tailor-corrections" (this is not a Tailor corrections file)',
      'corrections: corrections is required',
    ]);
    const bad = readCorrectionsFile(
      JSON.stringify({
        format: 'tailor-corrections',
        version: 1,
        corrections: [shared('a', 1), { record: 'b', notes: 'x'.repeat(CORRECTIONS_LIMITS.notesChars + 1), painPoints: ['Dock Detention'], updatedAt: -1 }],
      }),
      'ben.json',
    );
    expect(bad.ok === false && bad.errors.map((e) => `${e.file}, ${e.where}`)).toEqual([
      'ben.json, corrections[1].notes',
      'ben.json, corrections[1].painPoints[0]',
      'ben.json, corrections[1].updatedAt',
    ]);
    const many = readCorrectionsFile(JSON.stringify({ format: 'tailor-corrections', version: 1, corrections: Array.from({ length: CORRECTIONS_LIMITS.records + 1 }, (_, i) => shared(`r${i}`, i)) }));
    expect(many.ok === false && many.errors).toEqual([{ where: 'corrections', message: 'a corrections file holds at most 5,000 records' }]);
  });
});

describe('gathering files', () => {
  it('keeps one correction a record, the latest, and says what was new and what was updated', () => {
    const first = mergeSharedCorrections([], [shared('a', 1), shared('b', 2)]);
    expect(first).toMatchObject({ added: 2, updated: 0 });
    const again = mergeSharedCorrections(first.corrections, [shared('a', 1), shared('b', 9, 'Newer notes.'), shared('c', 3)]);
    expect(again.added).toBe(1);
    expect(again.updated).toBe(1);
    expect(again.corrections.map((c) => `${c.record}:${c.updatedAt}`)).toEqual(['b:9', 'c:3', 'a:1']);
    // An older copy of a record never replaces a newer one.
    expect(mergeSharedCorrections(again.corrections, [shared('b', 4)])).toMatchObject({ added: 0, updated: 0 });
  });

  it('keeps at most the limit, newest first', () => {
    const many = Array.from({ length: CORRECTIONS_LIMITS.records + 10 }, (_, i) => shared(`r${i}`, i));
    const { corrections } = mergeSharedCorrections([], many);
    expect(corrections).toHaveLength(CORRECTIONS_LIMITS.records);
    expect(corrections[0]!.record).toBe(`r${CORRECTIONS_LIMITS.records + 9}`);
  });

  it('reads a stored row defensively', () => {
    expect(readStoredSharedCorrections(undefined)).toEqual([]);
    expect(readStoredSharedCorrections([shared('a', 1), { record: 'b' }, 'x'])).toEqual([shared('a', 1)]);
  });

  it('combines this browser’s corrections with the files’, one per record, the latest', () => {
    const seenRows = new Map([['sf:1', seen('sf:1', 'Own notes of record 1.')]]);
    const own = [correction('sf:1', 5, { added: { painPoints: ['own'] } }), correction('sf:2', 1, { fields: { notes: 'Old own notes.' }, added: { painPoints: ['own'] } })];
    const files = [shared('sf:1', 3, 'Older notes from a file.', ['file']), shared('sf:2', 8, 'Newer notes from a file.', ['file']), shared('hs:3', 2, 'Another rep.', ['file'])];
    expect(combineCorrections(own, seenRows, files)).toEqual([
      { notes: 'Own notes of record 1.', added: ['own'] },
      { notes: 'Newer notes from a file.', added: ['file'] },
      { notes: 'Another rep.', added: ['file'] },
    ]);
  });
});
