// Property tests: generated hostile input through every reader of outside data. Whatever comes in,
// each reader returns (no exception, no hang) either a correct read or errors that say where.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { crmRecordMessageSchema, requestSchema } from '../../lib/messaging';
import { ASSET_TYPES, STAGES, type PackAsset } from '../../lib/model';
import { assetsToCsv, readAssetsCsv } from '../../lib/pack/csv';
import { firstJsonSyntaxError } from '../../lib/pack/json-syntax';
import { checkPack, readPack } from '../../lib/pack/pack';
import type { Problem } from '../../lib/pack/problems';
import { checkProspect } from '../../lib/prospect-schema';

const sample = fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8');
const RUNS = { numRuns: 300 };

/** Characters that break readers: JSON and CSV syntax, line breaks, invisible and direction controls, a BOM, a lone surrogate. */
const NASTY = ['{', '}', '[', ']', '"', ',', ':', '\\', '/', '*', '\n', '\r', '\t', ' ', '0', '-', 'e', '.', 'a', 'x', 'true', 'null',
  '\u200b', '\u202e', '\ufeff', '\u0000', '\ud800', 'é', 'e\u0301', '=', '@', ';', "'", '__proto__', 'constructor'];
const nastyText = (maxLength: number) => fc.string({ unit: fc.constantFrom(...NASTY), maxLength });
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const hostileKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'id', 'title', 'url', 'type', 'tags', 'assets', 'taxonomy'), fc.string({ maxLength: 8 }));
const hostileValue = fc.anything({ key: hostileKey, maxDepth: 4, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });

const located = (p: Problem) => typeof p.where === 'string' && p.where.length > 0 && typeof p.message === 'string' && p.message.length > 0;

/** Strict JSON's structure, invalid as often as not: tokens in any order, nested, cut anywhere. */
const jsonish = fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"b\\"', '1', '-', '0.5e', 'true', 'nul', ' ', '\n', '/*', '01', '"\t"'), { maxLength: 40 }).map((t) => t.join(''));

describe('the pack reader', () => {
  it('locates exactly the JSON that JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json(), nastyText(30)), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(firstJsonSyntaxError(text) === undefined).toBe(parses);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any text, and every error says where', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText(200), fc.json(), jsonish), (text) => {
        const r = readPack(text, { file: 'p.json' });
        if (!r.ok) expect(r.errors.every(located)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reads a real pack cut, spliced or nested anywhere with a located error', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sample.length }),
        nastyText(12),
        fc.nat({ max: 50_000 }),
        (at, insert, depth) => {
          for (const text of [sample.slice(0, at), sample.slice(0, at) + insert + sample.slice(at), `${sample.slice(0, at)}${'['.repeat(depth)}`]) {
            const r = readPack(text, { file: 'p.json' });
            if (!r.ok) expect(r.errors.every(located)).toBe(true);
            else expect(r.value.assets.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('checks any parsed value, prototype keys included, without throwing or polluting', () => {
    fc.assert(
      fc.property(hostileValue, fc.array(hostileValue, { maxLength: 3 }), (value, assets) => {
        for (const data of [value, { format: 'tailor-library', version: 1, taxonomy: value, assets }, { format: 'tailor-library', version: 1, assets: [value] }]) {
          const r = checkPack(data, { file: 'p.json' });
          if (!r.ok) expect(r.errors.every(located)).toBe(true);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      RUNS,
    );
  });
});

const cell = fc.oneof(nastyText(20), fc.constantFrom('', 'https://e.example/a', 'video', 'decision', '2026-01-01', 'CFO;Finance leader'));

describe('the CSV reader', () => {
  it('never throws on any text; every error names a row or the file', () => {
    fc.assert(
      fc.property(
        fc.oneof(nastyText(300), fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }).map((rows) => ['title,url,type,stage,tags,personas', ...rows.map((r) => r.join(','))].join('\n'))),
        fc.boolean(),
        (text, addTaxonomy) => {
          const r = readAssetsCsv(text, { file: 'a.csv', addTaxonomy });
          expect(r.errors.every((e) => located(e) && /^(row \d+|file)$/.test(e.where))).toBe(true);
          const assets = r.rows.flatMap((row) => (row.asset ? [row.asset] : []));
          if (r.errors.length === 0) {
            const pack = checkPack({ format: 'tailor-library', version: 1, taxonomy: r.taxonomy, assets });
            expect(pack.ok, JSON.stringify(!pack.ok && pack.errors)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  const name = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '=', '+', '-', '@', '\t', '\n', '"', ',', ';', "'", 'é', '\u200b', '\u202e'), minLength: 1, maxLength: 12 });
  const asset: fc.Arbitrary<PackAsset> = fc.record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
    title: name,
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => !/@/.test(u.split('/')[2] ?? '')),
    type: fc.constantFrom(...ASSET_TYPES),
    description: fc.option(name, { nil: undefined }),
    personas: fc.constant([]),
    industries: fc.constant([]),
    painPoints: fc.constant([]),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
    tags: fc.array(name.filter((t) => !t.includes(';')), { maxLength: 3 }),
  });

  it('exports formula-safe CSV that reads back to the same assets', () => {
    fc.assert(
      fc.property(fc.uniqueArray(asset, { selector: (a) => a.id, minLength: 1, maxLength: 5 }), (generated) => {
        const first = checkPack({ format: 'tailor-library', version: 1, assets: generated });
        fc.pre(first.ok);
        const assets = first.ok ? first.value.assets : [];
        const text = assetsToCsv(assets);
        const back = readAssetsCsv(text);
        expect(back.errors).toEqual([]);
        expect(back.rows.map((r) => r.asset)).toEqual(assets.map((a) => expect.objectContaining({ id: a.id, title: a.title, url: a.url })));
        for (const row of Papa.parse<string[]>(text.trim()).data) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      RUNS,
    );
  });
});

describe('the prospect reader and the message validators', () => {
  it('check any value without throwing, and locate what they refuse', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const p = checkProspect(value);
        if (!p.ok) expect(p.errors.every((e) => e.where.length > 0 && e.message.length > 0)).toBe(true);
        for (const schema of [requestSchema, crmRecordMessageSchema]) v.safeParse(schema, value);
        v.safeParse(crmRecordMessageSchema, { type: 'crm:record', record: { prospect: value } });
      }),
      RUNS,
    );
  });

  it('accept every well-formed prospect, and keep what it says', () => {
    const textField = fc.option(nastyText(20), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ name: textField, title: textField, company: textField, industry: textField, notes: textField, stage: textField }, { requiredKeys: [] }),
        (prospect) => {
          const p = checkProspect(prospect);
          expect(p.ok).toBe(true);
          if (p.ok) for (const [k, value] of Object.entries(p.prospect)) expect(value).toBe((prospect as Record<string, string>)[k]!.trim());
        },
      ),
      RUNS,
    );
  });
});
