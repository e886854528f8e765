// The hostile corpus (tests/fixtures/hostile/): every file goes through `tailor validate` as a user
// would run it. Each is either read correctly or refused with the error at its place; none crashes.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/tailor';
import type { Io } from '../../cli/io';
import { assetsToCsv, readAssetsCsv } from '../../lib/pack/csv';
import { readPack } from '../../lib/pack/pack';
import { MAX_LIBRARY_BYTES } from '../../lib/pack/problems';
import { LIMITS } from '../../lib/pack/rules';

const dir = path.resolve(__dirname, '../fixtures/hostile');

type Expected =
  | { ok: true; assets: number; warning?: RegExp }
  | { ok: false; where: string; field?: string; message: RegExp };

const TABLE: Record<string, Expected> = {
  'deep-array.json': { ok: false, where: 'line 1, column 65', message: /^the JSON nests more than 64 levels deep here/ },
  'deep-object.json': { ok: false, where: 'line 1, column 360', message: /^the JSON nests more than 64 levels deep here/ },
  'truncated.json': { ok: false, where: 'line 9, column 1', message: /looks truncated/ },
  'not-json.json': { ok: false, where: 'line 1, column 2', message: /not valid JSON/ },
  'empty.json': { ok: false, where: 'file', message: /the file is empty/ },
  'truncated.csv': { ok: false, where: 'row 2', message: /a quoted cell is never closed/ },
  'binary.csv': { ok: false, where: 'file', message: /binary file/ },
  'bom.json': { ok: true, assets: 1 },
  'bom.csv': { ok: true, assets: 1 },
  'zero-width-ids.json': { ok: false, where: 'assets[1].id', field: 'id', message: /^duplicate id "h-1" \(also assets\[0\]\)$/ },
  'zero-width-title.json': { ok: false, where: 'assets[0].title', field: 'title', message: /^the title is required$/ },
  'invisible-type.json': { ok: false, where: 'assets[0].type', field: 'type', message: /^unknown type "video<U\+200B>"/ },
  'bidi-title.json': { ok: true, assets: 1 },
  'huge-id.json': { ok: false, where: 'assets[0].id', field: 'id', message: /^the id is 1,000 characters; the limit is 200$/ },
  'huge-description.json': { ok: false, where: 'assets[0].description', field: 'description', message: /the limit is 5,000$/ },
  'huge-label.json': { ok: false, where: 'taxonomy.personas[0].label', field: 'label', message: /the limit is 200$/ },
  'many-tags.json': { ok: false, where: 'assets[0].tags', field: 'tags', message: /^tags has 1,000 values; the limit is 50$/ },
  'many-tags.csv': { ok: false, where: 'row 2', field: 'tags', message: /^tags has 60 values; the limit is 50$/ },
  'formula-url.csv': { ok: false, where: 'row 2', field: 'url', message: /is not an absolute URL/ },
  'formula-cells.csv': { ok: true, assets: 1 },
  'prototype-type.json': { ok: false, where: 'assets[0].type', field: 'type', message: /^unknown type "constructor"/ },
  'prototype-stage.csv': { ok: false, where: 'row 2', field: 'stage', message: /^unknown stage "constructor"/ },
  'prototype-top.json': { ok: false, where: 'format', field: 'format', message: /is required/ },
  'credentials-url.json': { ok: false, where: 'assets[0].url', field: 'url', message: /user name or password/ },
  'credentials-url.csv': { ok: false, where: 'row 2', field: 'url', message: /user name or password/ },
};

async function validate(file: string) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir };
  const code = await main(['validate', file], io);
  return { code, stderr, json: JSON.parse(stdout) as { ok: boolean; assets?: number; errors?: { file: string; where: string; field?: string; message: string }[]; warnings: unknown[] } };
}

describe('the hostile corpus through tailor validate', () => {
  it('has a row in the table for every file', () => {
    expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [file, expected] of Object.entries(TABLE)) {
    it(file, async () => {
      const r = await validate(file);
      if (expected.ok) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.json).toMatchObject({ ok: true, assets: expected.assets });
        return;
      }
      expect(r.code).toBe(1);
      const first = r.json.errors?.[0];
      expect(first).toMatchObject({ file, where: expected.where, ...(expected.field ? { field: expected.field } : {}) });
      expect(first?.message).toMatch(expected.message);
      expect(r.stderr).toContain(`error: ${file}, ${expected.where}`);
      expect(r.stderr).not.toMatch(/hunter2|RangeError|TypeError|Maximum call stack/);
    });
  }

  it('reads what it accepts as a person sees it, and exports it formula-safe', () => {
    const bidi = readPack(fs.readFileSync(path.join(dir, 'bidi-title.json'), 'utf8'));
    expect(bidi.ok && bidi.value.assets[0]?.title).toBe('evil.exe report');
    const formulas = readAssetsCsv(fs.readFileSync(path.join(dir, 'formula-cells.csv'), 'utf8')).rows.map((row) => row.asset!);
    expect(formulas[0]).toMatchObject({ title: '=HYPERLINK("http://evil.example","x")\nsecond line', description: '@SUM(1)' });
    const [, row] = Papa.parse<string[]>(assetsToCsv(formulas).trim()).data;
    expect(row!.slice(0, 4)).toEqual([`'=HYPERLINK("http://evil.example","x")\nsecond line`, 'https://example.com/a', 'other', "'@SUM(1)"]);
  });

  it('warns about a "__proto__" field as about any unknown field', async () => {
    const r = await validate('prototype-type.json');
    expect(r.json.warnings).toEqual([expect.objectContaining({ where: 'assets[0].__proto__', message: 'unknown field "__proto__" is ignored' })]);
  });

  it('matches the limits docs/bad-input.md documents', () => {
    const doc = fs.readFileSync(path.resolve(__dirname, '../../docs/bad-input.md'), 'utf8');
    const row = (what: string) => doc.split('\n').find((line) => line.startsWith(`| ${what} |`)) ?? `(no row for ${what})`;
    const n = (x: number) => x.toLocaleString('en-US');
    expect(row('file size (pack or CSV)')).toContain(`${MAX_LIBRARY_BYTES / 1024 / 1024} MB`);
    expect(row('assets in a pack, rows in a CSV')).toContain(n(LIMITS.assets));
    expect(row('asset `id`')).toContain(`${n(LIMITS.idChars)} characters`);
    expect(row('`title`')).toContain(`1 to ${n(LIMITS.titleChars)} characters`);
    expect(row('`url`')).toContain(`${n(LIMITS.urlChars)} characters`);
    expect(row('`description`')).toContain(`${n(LIMITS.descriptionChars)} characters`);
    expect(row('`tags`')).toContain(`${n(LIMITS.tagsPerAsset)} per asset, each ${n(LIMITS.tagChars)} characters`);
    expect(row('`personas`, `industries`, `painPoints` of one asset')).toContain(`${n(LIMITS.referencesPerAsset)} ids each, each ${n(LIMITS.taxonomyIdChars)} characters`);
    expect(row('taxonomy entries')).toContain(n(LIMITS.entriesPerTaxonomyList));
    expect(row('taxonomy `id`')).toContain(`${n(LIMITS.taxonomyIdChars)} characters`);
    expect(row('taxonomy `label`')).toContain(`1 to ${n(LIMITS.taxonomyLabelChars)} characters`);
    expect(row('taxonomy `aliases`')).toContain(`${n(LIMITS.aliasesPerEntry)} per entry, each ${n(LIMITS.aliasChars)} characters`);
    expect(row('pack `name`, `updatedAt`')).toContain(`${n(LIMITS.nameChars)} characters`);
  });
});
