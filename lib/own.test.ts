// Input that names a key ("constructor", "__proto__", "toString") is looked up as data, never on Object.prototype.
import { describe, expect, it } from 'vitest';
import { main } from '../cli/tailor';
import { TailorDB } from './db/db';
import { compileTaxonomy, contextOf, resolveProspect } from './match';
import type { Asset, Taxonomy } from './model';
import { readAssetsCsv } from './pack/csv';
import { userSettings } from './state/settings-table';
import { assetMetrics } from './usage/export';
import { buildReport } from './usage/report';
import { addToRollup, emptyRollup, mergeRollups } from './usage/rollup';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const taxonomy: Taxonomy = {
  personas: [{ id: 'constructor', label: 'Constructor', aliases: [] }, { id: 'finance-leader', label: 'Finance leader', aliases: ['CFO'] }],
  industries: [{ id: 'construction', label: 'Construction', aliases: [] }],
  painPoints: [],
};

describe('keys named by input', () => {
  it('a CSV type or stage named like a prototype member is an unknown value, quoted', () => {
    for (const name of PROTOTYPE_NAMES) {
      const r = readAssetsCsv(`title,url,type,stage\nA,https://e.example/a,${name},${name}\n`, { file: 'a.csv' });
      const messages = r.errors.map((e) => `${e.field}: ${e.message}`);
      expect(messages).toEqual([
        expect.stringMatching(new RegExp(`^type: unknown type "${name.toLowerCase().replace(/_+/g, '-')}"`)),
        expect.stringMatching(new RegExp(`^stage: unknown stage "${name.toLowerCase()}"`)),
      ]);
      expect(messages.join(' ')).not.toMatch(/native code|function/);
    }
  });

  it('a job title, industry or note made of prototype names resolves without a crash', () => {
    const compiled = compileTaxonomy(taxonomy, []);
    for (const name of [...PROTOTYPE_NAMES, PROTOTYPE_NAMES.join(' ')]) {
      const resolved = contextOf(resolveProspect({ title: name, industry: name, notes: name, stage: name, company: name }, compiled));
      expect(resolved.painPoints).toEqual([]);
    }
    expect(contextOf(resolveProspect({ title: 'Constructor' }, compiled)).personas).toEqual(['constructor']);
  });

  it('usage counted for an asset, rep or persona id "__proto__" or "constructor" stays its own and pollutes nothing', () => {
    const asset: Asset = { id: '__proto__', title: 'Proto', url: 'https://e.example/p', type: 'video', personas: [], industries: [], painPoints: [], tags: [], origin: 'pack', addedAt: 0, updatedAt: 0 };
    let rollup = emptyRollup('d');
    for (const assetId of ['__proto__', 'constructor'])
      rollup = addToRollup(rollup, { type: 'flag', at: 0, assetId, rep: '__proto__', reason: 'old', context: { personas: ['constructor'], industries: [], painPoints: [], stage: 'constructor' as never } });
    const merged = mergeRollups([rollup, rollup]);
    expect(({} as Record<string, unknown>).flag).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object, 'flag')).toBe(false);
    expect(Object.getPrototypeOf(merged.assets)).toBe(Object.prototype);
    expect(Object.entries(merged.assets)).toEqual([['__proto__', { flag: 2 }], ['constructor', { flag: 2 }]]);
    expect(Object.entries(merged.reps)).toEqual([['__proto__', { flag: 4 }]]);
    expect(Object.entries(merged.reasons)).toEqual([['__proto__', { 'flag:old': 2 }], ['constructor', { 'flag:old': 2 }]]);
    expect(assetMetrics(merged, [asset, { ...asset, id: 'toString' }], []).map((m) => [m.id, m.flags])).toEqual([['__proto__', 2], ['toString', 0]]);
    const report = buildReport({ rollup: merged, assets: [asset], taxonomy, prospects: [], requests: [], outcomes: [], today: '2026-01-01' });
    expect(report.feedback).toEqual([
      expect.objectContaining({ id: '__proto__', title: 'Proto', flags: 2 }),
      expect.objectContaining({ id: 'constructor', flags: 2 }),
    ]);
  });

  it('a stored setting row named like a prototype member is ignored', async () => {
    const db = new TailorDB(`own-${Math.random()}`);
    await db.settings.bulkPut([
      { key: 'setting:__proto__', value: { repId: 'injected' } },
      { key: 'setting:constructor', value: { x: 1 } },
    ]);
    const settings = await userSettings.get(db);
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect((settings as unknown as Record<string, unknown>).repId).not.toBe('injected');
    expect(Object.hasOwn(settings, 'constructor')).toBe(false);
    db.close();
  });

  it('the command line takes a prototype name for an unknown command', async () => {
    for (const name of PROTOTYPE_NAMES) {
      let stderr = '';
      const code = await main([name], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: process.cwd() });
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`unknown command "${name}"`));
    }
  });
});
