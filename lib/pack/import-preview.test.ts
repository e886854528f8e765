import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TailorDB } from '../db/db';
import { importPackIntoDb, loadLibrary } from '../db/library';
import { taxonomySize, type Asset, type Taxonomy } from '../model';
import { aliasCount, prepareImport, renameCount } from './import-preview';
import { decodeText } from './decode';

const taxonomy: Taxonomy = { personas: [{ id: 'cfo', label: 'CFO', aliases: [] }], industries: [], painPoints: [] };
const existing: Asset[] = [
  { id: 'x1', title: 'Old title', url: 'https://e.example/1', type: 'video', personas: [], industries: [], painPoints: [], tags: [], origin: 'pack', addedAt: 1, updatedAt: 1 },
  { id: 'x2', title: 'Keep', url: 'https://e.example/2', type: 'video', personas: [], industries: [], painPoints: [], tags: [], origin: 'local', addedAt: 1, updatedAt: 1 },
  { id: 'x3', title: 'Team feed', url: 'https://e.example/3', type: 'video', personas: [], industries: [], painPoints: [], tags: [], origin: 'feed', addedAt: 1, updatedAt: 1 },
];

describe('prepareImport', () => {
  it('previews a CSV: added, updated by URL with the fields that change, rejected rows, and what replace removes', () => {
    const text = 'title,url,type,personas\nNew title,https://e.example/1,video,\nBrand new,https://e.example/9,ebook,CFO\nBad,ftp://x,video,\n';
    const p = prepareImport({ fileName: 'a.csv', text, taxonomy, existing, addTaxonomy: false });
    expect(p.kind).toBe('csv');
    expect(p.updated).toEqual([{ id: 'x1', title: 'New title', changes: ['title'] }]);
    expect(p.added.map((a) => a.title)).toEqual(['Brand new']);
    expect(p.rejected).toEqual([{ where: 'row 4', errors: [expect.objectContaining({ field: 'url' })] }]);
    expect(p.removedOnReplace.map((a) => a.id)).toEqual(['x2']);
    expect(p.pack?.assets).toHaveLength(2);
  });

  it('changes only the fields a CSV has columns for; an empty cell of a column it has clears the field', () => {
    const described: Asset[] = [{ ...existing[0]!, description: 'Keep me', stage: 'decision', tags: ['old'] }];
    const tagsOnly = prepareImport({ fileName: 'tags.csv', text: 'title,url,tags\nOld title,https://e.example/1,new\n', taxonomy, existing: described, addTaxonomy: false });
    expect(tagsOnly.updated).toEqual([{ id: 'x1', title: 'Old title', changes: ['tags'] }]);
    expect(tagsOnly.keep).toContain('description');
    const cleared = prepareImport({ fileName: 'desc.csv', text: 'title,url,description,tags\nOld title,https://e.example/1,,old\n', taxonomy, existing: described, addTaxonomy: false });
    expect(cleared.updated).toEqual([{ id: 'x1', title: 'Old title', changes: ['description'] }]);
  });

  it('writes a pack of taxonomy alone for its new entries; an all-rejected CSV adds nothing to the taxonomy', () => {
    const pack = {
      format: 'tailor-library',
      version: 1,
      taxonomy: { personas: [{ id: 'cfo', label: 'CFO', aliases: [] }, { id: 'it', label: 'IT leader', aliases: ['CIO'] }], industries: [{ id: 'retail', label: 'Retail', aliases: [] }], painPoints: [] },
      assets: [],
    };
    const p = prepareImport({ fileName: 'taxonomy.json', text: JSON.stringify(pack), taxonomy, existing, addTaxonomy: false });
    expect(p.newTaxonomy.personas.map((e) => e.label)).toEqual(['IT leader']);
    expect(taxonomySize(p.newTaxonomy)).toBe(2);
    expect(p.pack?.assets).toEqual([]);
    expect(p.pack?.taxonomy.industries.map((e) => e.id)).toEqual(['retail']);
    const known = prepareImport({ fileName: 'same.json', text: JSON.stringify({ ...pack, taxonomy: { ...taxonomy } }), taxonomy, existing, addTaxonomy: false });
    expect(taxonomySize(known.newTaxonomy)).toBe(0);
    expect(known.pack).toBeUndefined();
    const rejected = prepareImport({ fileName: 'bad.csv', text: 'title,url,type,personas\nBad,ftp://x,video,Buyer\n', taxonomy, existing, addTaxonomy: true });
    expect(rejected.rejected).toHaveLength(1);
    expect(taxonomySize(rejected.newTaxonomy)).toBe(0);
    expect(rejected.pack).toBeUndefined();
  });

  it('refuses a whole pack with errors, listing them', () => {
    const p = prepareImport({ fileName: 'p.json', text: '{"format":"tailor-library","version":1,"assets":[{"id":"a","title":"t","url":"javascript:x","type":"video"}]}', taxonomy, existing, addTaxonomy: false });
    expect(p.fileErrors).toEqual([expect.objectContaining({ where: 'assets[0].url' })]);
    expect(p.pack).toBeUndefined();
  });

  it('locates the error in deeply nested broken JSON instead of overflowing the stack', () => {
    for (const text of ['['.repeat(200_000), `{"a":${'{"a":'.repeat(100_000)}1,}`]) {
      const p = prepareImport({ fileName: 'deep.json', text, taxonomy, existing, addTaxonomy: false });
      expect(p.fileErrors).toEqual([expect.objectContaining({ file: 'deep.json', where: expect.stringMatching(/^line 1, column \d+$/) })]);
      expect(p.pack).toBeUndefined();
    }
  });

  it('reports progress while checking rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `T${i},https://e.example/p${i},video`).join('\n');
    const seen: number[] = [];
    prepareImport({ fileName: 'big.csv', text: `title,url,type\n${rows}\n`, taxonomy, existing, addTaxonomy: false, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([2000, 4000, 1]);
  });
});

describe('prepareImport of a file decoded as the worker decodes it', () => {
  it('previews a Windows-1252 CSV with its accents and the warning of how it was read', () => {
    const { text, encoding } = decodeText(new Uint8Array(Buffer.from('title,url\nFallstudie Müller GmbH,https://e.example/m\n', 'latin1')));
    const p = prepareImport({ fileName: 'cp1252.csv', text, encoding, taxonomy, existing, addTaxonomy: false });
    expect(p.added.map((a) => a.title)).toEqual(['Fallstudie Müller GmbH']);
    expect(p.warnings).toEqual([expect.objectContaining({ where: 'file', message: expect.stringMatching(/^this file is not UTF-8; it was read as Windows-1252/) })]);
  });

  const packText = JSON.stringify({
    format: 'tailor-library',
    version: 1,
    taxonomy: { personas: [], industries: [], painPoints: [] },
    assets: [{ id: 'm', title: 'Fallstudie Müller GmbH – 5 €', url: 'https://e.example/m', type: 'case-study' }],
  });

  it('previews a Windows-1252 pack with its accents and the same warning of how it was read', () => {
    // "–" and "€" are Windows-1252's 0x96 and 0x80; the rest of the text is Latin-1.
    const bytes = Buffer.from(packText.replace('–', '\u0096').replace('€', '\u0080'), 'latin1');
    expect([...bytes].filter((b) => b >= 0x80)).toEqual([0xfc, 0x96, 0x80]);
    const { text, encoding } = decodeText(new Uint8Array(bytes));
    const p = prepareImport({ fileName: 'cp1252.json', text, encoding, taxonomy, existing, addTaxonomy: false });
    expect(p.added.map((a) => a.title)).toEqual(['Fallstudie Müller GmbH – 5 €']);
    expect(p.warnings).toEqual([
      { file: 'cp1252.json', where: 'file', message: expect.stringMatching(/^this file is not UTF-8; it was read as Windows-1252/) },
    ]);
  });

  it('previews a pack in UTF-16 with a byte-order mark, or in UTF-8, without a warning', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(packText, 'utf16le')]);
    for (const bytes of [le, Buffer.from(le).swap16(), Buffer.from(packText, 'utf8')]) {
      const { text, encoding } = decodeText(new Uint8Array(bytes));
      const p = prepareImport({ fileName: 'pack.json', text, encoding, taxonomy, existing, addTaxonomy: false });
      expect(p.added.map((a) => a.title)).toEqual(['Fallstudie Müller GmbH – 5 €']);
      expect(p.warnings).toEqual([]);
    }
  });
});

describe('prepareImport of a CSV with new taxonomy and rejected rows', () => {
  it('lists, warns of and writes only the entries its accepted rows name', async () => {
    const text = 'title,url,type,personas,painPoints\nGood,https://e.example/g,video,Fleet planner,\nBad,ftp://e.example/b,video,Fleet planners,Late deliveries\n';
    const p = prepareImport({ fileName: 'new.csv', text, taxonomy, existing: [], addTaxonomy: true });
    expect(p.rejected.map((r) => r.where)).toEqual(['row 3']);
    expect(p.newTaxonomy).toEqual({ personas: [{ id: 'fleet-planner', label: 'Fleet planner', aliases: [] }], industries: [], painPoints: [] });
    expect(p.warnings).toEqual([]);
    const db = new TailorDB(`tailor-preview-rejected-${Date.now()}`);
    try {
      await importPackIntoDb(db, p.pack!, { mode: 'merge', origin: 'pack' });
      const after = await loadLibrary(db);
      expect(after.taxonomy.personas.map((e) => e.label)).toEqual(['CFO', 'Fleet planner']);
      expect(after.taxonomy.painPoints).toEqual([]);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});

describe('prepareImport of a pack that adds aliases to entries the library has', () => {
  const withAliases = (aliases: string[]) =>
    JSON.stringify({ format: 'tailor-library', version: 1, taxonomy: { personas: [{ id: 'cfo', label: 'CFO', aliases }], industries: [], painPoints: [] }, assets: [] });

  it('counts the aliases it adds and writes them, in the one transaction of the import', async () => {
    const p = prepareImport({ fileName: 'aliases.json', text: withAliases(['Chief financial officer', 'Finance chief']), taxonomy, existing, addTaxonomy: false });
    expect(taxonomySize(p.newTaxonomy)).toBe(0);
    expect(p.newAliases.personas).toEqual([{ id: 'cfo', label: 'CFO', aliases: ['Chief financial officer', 'Finance chief'] }]);
    expect(aliasCount(p.newAliases)).toBe(2);
    expect(p.pack).toBeDefined();
    const db = new TailorDB(`tailor-preview-aliases-${Date.now()}`);
    try {
      await importPackIntoDb(db, p.pack!, { mode: 'merge', origin: 'pack' });
      const after = await loadLibrary(db);
      expect(after.taxonomy.personas.find((e) => e.id === 'cfo')?.aliases).toEqual(['Chief financial officer', 'Finance chief']);
      // Importing it again adds nothing: the library has those aliases now, in any case.
      const again = prepareImport({ fileName: 'aliases.json', text: withAliases(['chief financial officer']), taxonomy: after.taxonomy, existing, addTaxonomy: false });
      expect(aliasCount(again.newAliases)).toBe(0);
      expect(again.pack).toBeUndefined();
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('a CSV adds no aliases', () => {
    const p = prepareImport({ fileName: 'a.csv', text: 'title,url,personas\nA,https://e.example/a,CFO\n', taxonomy, existing, addTaxonomy: false });
    expect(aliasCount(p.newAliases)).toBe(0);
  });
});

describe('prepareImport of a pack that gives entries the library has another label', () => {
  const pack = (label: string) =>
    JSON.stringify({
      format: 'tailor-library',
      version: 1,
      taxonomy: { personas: [{ id: 'support-leader', label, aliases: [] }], industries: [], painPoints: [] },
      assets: [{ id: 'a1', title: 'Help desk guide', url: 'https://e.example/guide', type: 'ebook', personas: ['support-leader'] }],
    });

  it('lists the rename even when every asset is unchanged, and writes it in the one transaction of the import', async () => {
    const db = new TailorDB(`tailor-preview-renames-${Date.now()}`);
    try {
      const first = prepareImport({ fileName: 'v1.json', text: pack('Support leader'), taxonomy: { personas: [], industries: [], painPoints: [] }, existing: [], addTaxonomy: false });
      await importPackIntoDb(db, first.pack!, { mode: 'merge', origin: 'pack' });
      const before = await loadLibrary(db);
      // The same pack again: nothing to do.
      const same = prepareImport({ fileName: 'v1.json', text: pack('Support leader'), taxonomy: before.taxonomy, existing: before.assets, addTaxonomy: false });
      expect(renameCount(same.renamed)).toBe(0);

      const p = prepareImport({ fileName: 'v2.json', text: pack('Support lead'), taxonomy: before.taxonomy, existing: before.assets, addTaxonomy: false });
      expect(p.unchanged).toBe(1);
      expect(p.added).toEqual([]);
      expect(p.updated).toEqual([]);
      expect(taxonomySize(p.newTaxonomy)).toBe(0);
      expect(p.renamed.personas).toEqual([{ id: 'support-leader', from: 'Support leader', to: 'Support lead' }]);
      expect(renameCount(p.renamed)).toBe(1);
      await importPackIntoDb(db, p.pack!, { mode: 'merge', origin: 'pack' });
      const after = await loadLibrary(db);
      expect(after.taxonomy.personas.map((e) => [e.id, e.label])).toEqual([['support-leader', 'Support lead']]);
      const again = prepareImport({ fileName: 'v2.json', text: pack('Support lead'), taxonomy: after.taxonomy, existing: after.assets, addTaxonomy: false });
      expect(renameCount(again.renamed)).toBe(0);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('a pack of taxonomy alone that only renames has something to write', () => {
    const text = JSON.stringify({ format: 'tailor-library', version: 1, taxonomy: { personas: [{ id: 'cfo', label: 'Finance chief', aliases: [] }], industries: [], painPoints: [] }, assets: [] });
    const p = prepareImport({ fileName: 'rename.json', text, taxonomy, existing, addTaxonomy: false });
    expect(p.renamed.personas).toEqual([{ id: 'cfo', from: 'CFO', to: 'Finance chief' }]);
    expect(p.pack?.taxonomy.personas).toEqual([{ id: 'cfo', label: 'Finance chief', aliases: [] }]);
  });
});
