import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack, packToJson } from './pack';
import { MAX_LIBRARY_BYTES } from './problems';

const devPackPath = path.resolve(__dirname, '../../tests/fixtures/eval/dev/library.json');

const minimal = () => ({
  format: 'tailor-library',
  version: 1,
  taxonomy: {
    personas: [{ id: 'finance-leader', label: 'Finance leader', aliases: ['CFO', 'VP Finance'] }],
    industries: [{ id: 'healthcare', label: 'Healthcare', aliases: ['hospital'] }],
    painPoints: [{ id: 'manual-processes', label: 'Manual processes', aliases: ['spreadsheets'] }],
  },
  assets: [
    {
      id: 'nf-001',
      title: 'How Mercy Regional cut invoice approvals from 9 days to 2',
      url: 'https://example.com/customers/mercy-regional',
      type: 'case-study',
      personas: ['finance-leader'],
      industries: ['healthcare'],
      painPoints: ['manual-processes'],
      stage: 'decision',
      publishedAt: '2025-03-01',
      expiresAt: '2026-12-31',
      tags: ['accounts payable'],
    },
    { id: 'nf-002', title: 'Any-fit guide', url: 'http://example.com/guide', type: 'ebook' },
  ],
});

const read = (data: unknown) => readPack(JSON.stringify(data), { file: 'pack.json' });
const errorsOf = (data: unknown) => {
  const r = read(data);
  if (r.ok) throw new Error('expected the pack to be rejected');
  return r.errors;
};

describe('readPack', () => {
  it('accepts the FORMATS.md example and normalises absent lists to empty ones', () => {
    const r = read(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.assets).toHaveLength(2);
    expect(r.value.assets[1]).toEqual({
      id: 'nf-002',
      title: 'Any-fit guide',
      url: 'http://example.com/guide',
      type: 'ebook',
      personas: [],
      industries: [],
      painPoints: [],
      tags: [],
    });
    expect(r.warnings).toEqual([]);
  });

  it('accepts the development pack of the evaluation sets', () => {
    const r = readPack(fs.readFileSync(devPackPath, 'utf8'), { file: 'library.json' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.assets.length).toBe(64);
  });

  it('accepts a pack with no taxonomy when no asset refers to one', () => {
    const pack = minimal() as Record<string, unknown>;
    delete pack.taxonomy;
    pack.assets = [{ id: 'x', title: 'T', url: 'https://a.example/', type: 'video' }];
    const r = read(pack);
    expect(r.ok && r.value.taxonomy).toEqual({ personas: [], industries: [], painPoints: [] });
  });

  it('names the line and column of broken JSON', () => {
    const text = '{\n  "format": "tailor-library",\n  "version" 1\n}';
    const r = readPack(text, { file: 'broken.json' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ file: 'broken.json', where: 'line 3, column 13' });
  });

  it('says a truncated file looks truncated', () => {
    const full = JSON.stringify(minimal(), null, 2);
    const r = readPack(full.slice(0, full.length / 2), { file: 'cut.json' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/truncated/);
  });

  it('rejects an empty file and a byte-order mark does not matter', () => {
    const empty = readPack('   ', { file: 'e.json' });
    expect(!empty.ok && empty.errors[0]?.message).toMatch(/empty/);
    expect(readPack(`\ufeff${JSON.stringify(minimal())}`).ok).toBe(true);
  });

  it('rejects a wrong format or version, naming the field', () => {
    expect(errorsOf({ ...minimal(), format: 'other-library' })[0]).toMatchObject({ where: 'format', field: 'format' });
    const v2 = errorsOf({ ...minimal(), version: 2 });
    expect(v2[0]).toMatchObject({ where: 'version' });
    expect(v2[0]?.message).toMatch(/version 2 is not supported/);
    expect(errorsOf([1, 2])[0]?.message).toMatch(/must be a JSON object/);
  });

  it.each([
    ['javascript:alert(1)', /javascript: URLs are not allowed/],
    ['data:text/html,<b>x</b>', /data: URLs are not allowed/],
    ['file:///etc/passwd', /file: URLs are not allowed/],
    ['/customers/mercy', /not an absolute URL/],
    ['https://', /not a valid web address/],
  ])('rejects the URL %s', (url, message) => {
    const pack = minimal();
    pack.assets[1]!.url = url;
    const [e] = errorsOf(pack);
    expect(e).toMatchObject({ file: 'pack.json', where: 'assets[1].url', field: 'url' });
    expect(e?.message).toMatch(message);
  });

  it('rejects unknown taxonomy ids, duplicate ids, missing titles, bad dates and unknown types, all at once', () => {
    const pack = minimal() as ReturnType<typeof minimal>;
    const a = pack.assets[0]! as Record<string, unknown>;
    pack.assets.push({ ...(a as typeof pack.assets[1]) });
    const errors = errorsOf(pack);
    expect(errors).toEqual([expect.objectContaining({ where: 'assets[2].id', message: expect.stringMatching(/duplicate id "nf-001".*assets\[0\]/) })]);

    const bad = minimal();
    const b = bad.assets[0]! as Record<string, unknown>;
    b.title = '   ';
    b.publishedAt = '2025-02-30';
    b.expiresAt = '31/12/2026';
    b.type = 'podcast';
    const many = errorsOf(bad);
    const where = many.map((e) => e.where);
    expect(where).toEqual(
      expect.arrayContaining(['assets[0].title', 'assets[0].publishedAt', 'assets[0].expiresAt', 'assets[0].type']),
    );
    expect(many.find((e) => e.where === 'assets[0].type')?.message).toMatch(/unknown type "podcast"; use one of case-study/);
    expect(many.find((e) => e.where === 'assets[0].expiresAt')?.message).toMatch(/YYYY-MM-DD.*"31\/12\/2026"/);

    const unknownRef = minimal();
    unknownRef.assets[0]!.personas = ['finance-leader', 'ceo'];
    expect(errorsOf(unknownRef)).toEqual([
      expect.objectContaining({ where: 'assets[0].personas[1]', field: 'personas', message: '"ceo" is not an id in taxonomy.personas' }),
    ]);
  });

  it('rejects a missing title or URL and a title over 300 characters', () => {
    const pack = minimal() as { assets: Record<string, unknown>[] };
    delete pack.assets[1]!.title;
    delete pack.assets[1]!.url;
    pack.assets[0]!.title = 'x'.repeat(301);
    const errors = errorsOf(pack);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: 'assets[1].title', message: 'the title is required' }),
        expect.objectContaining({ where: 'assets[1].url', message: 'the URL is required' }),
        expect.objectContaining({ where: 'assets[0].title', message: 'the title is 301 characters; the limit is 300' }),
      ]),
    );
  });

  it('refuses what goes over the documented limits, each at its place, and credentials in URLs', () => {
    const pack = minimal() as ReturnType<typeof minimal> & { assets: Record<string, unknown>[] };
    pack.assets[0]!.id = 'i'.repeat(1024 * 1024);
    pack.assets[0]!.url = `https://example.com/${'u'.repeat(3 * 1024 * 1024)}`;
    pack.assets[0]!.description = 'd'.repeat(5 * 1024 * 1024);
    pack.assets[1]!.tags = Array.from({ length: 100_000 }, (_, i) => `tag ${i}`);
    pack.assets.push({ id: 'nf-003', title: 'Creds', url: 'https://alice:s3cret@example.com/x', type: 'video', tags: ['t'.repeat(101)] });
    pack.assets.push({ id: 'nf-004', title: 'User only', url: 'http://bob@example.com/x', type: 'video' });
    pack.taxonomy.personas[0]!.label = 'L'.repeat(201);
    pack.taxonomy.industries[0]!.aliases = Array.from({ length: 201 }, (_, i) => `alias ${i}`);
    const errors = errorsOf(pack);
    expect(errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'taxonomy.personas[0].label: the label is 201 characters; the limit is 200',
      'taxonomy.industries[0].aliases: aliases has 201 values; the limit is 200',
      'assets[0].id: the id is 1,048,576 characters; the limit is 200',
      'assets[0].url: the URL is 3,145,748 characters; the limit is 2,048',
      'assets[0].description: the description is 5,242,880 characters; the limit is 5,000',
      'assets[1].tags: tags has 100,000 values; the limit is 50',
      'assets[2].url: the URL carries a user name or password: remove them (a link is shared with every prospect it is sent to)',
      'assets[2].tags[0]: each of tags is 101 characters; the limit is 100',
      'assets[3].url: the URL carries a user name or password: remove them (a link is shared with every prospect it is sent to)',
    ]);
    expect(JSON.stringify(errors)).not.toMatch(/s3cret/);
  });

  it('refuses more assets than a library holds, with one message, before checking each', () => {
    const pack = { ...minimal(), assets: Array.from({ length: 100_001 }, () => 1) };
    const started = performance.now();
    expect(errorsOf(pack)).toEqual([{ file: 'pack.json', where: 'assets', field: 'assets', message: 'assets has 100,001 values; the limit is 100,000' }]);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('caps the warnings about unknown fields', () => {
    const pack = minimal() as Record<string, unknown> & ReturnType<typeof minimal>;
    for (let i = 0; i < 5000; i++) pack[`extra${i}`] = i;
    const r = read(pack);
    expect(r.warnings).toHaveLength(101);
    expect(r.warnings.at(-1)).toMatchObject({ where: 'file', message: 'and 4,900 more unknown fields, also ignored' });
  });

  it('normalises ids, titles and taxonomy names: invisible and direction-control characters do not count', () => {
    const pack = minimal() as ReturnType<typeof minimal> & { assets: Record<string, unknown>[] };
    pack.assets[0]!.title = '\u200b\u200b\u2060\ufeff';
    pack.assets[1]!.id = 'nf-\u200b001';
    pack.assets.push({ id: 'caf\u00e9', title: 'A', url: 'https://e.example/c', type: 'video\u200b' });
    pack.assets.push({ id: 'cafe\u0301', title: 'B', url: 'https://e.example/d', type: 'video' });
    pack.taxonomy.personas.push({ id: 'ops', label: '\u200e\u200f ', aliases: [] });
    expect(errorsOf(pack).map((e) => `${e.where}: ${e.message}`)).toEqual([
      'taxonomy.personas[1].label: the label is required',
      'assets[0].title: the title is required',
      expect.stringMatching(/^assets\[2\]\.type: unknown type "video<U\+200B>"; use one of/),
    ]);

    const good = minimal() as ReturnType<typeof minimal> & { assets: Record<string, unknown>[] };
    good.assets[0]!.title = '\u202eEvil\u202c title\u200b';
    good.assets[0]!.id = '\u200bnf-\u2060001\u200e';
    good.assets[0]!.personas = ['finance\u200b-leader'];
    good.assets[0]!.tags = ['Cafe\u0301', 'caf\u00e9\u200b'];
    good.taxonomy.personas[0]!.label = '\u200bFinance leader\u200b';
    good.taxonomy.personas[0]!.id = 'finance-\u200dleader';
    const r = read(good);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.assets[0]).toMatchObject({ id: 'nf-001', title: 'Evil title', personas: ['finance-leader'], tags: ['Caf\u00e9'] });
    expect(r.value.taxonomy.personas[0]).toMatchObject({ id: 'finance-leader', label: 'Finance leader' });

    const twins = minimal() as ReturnType<typeof minimal> & { assets: Record<string, unknown>[] };
    twins.assets[1]!.id = 'nf-\u200b001';
    expect(errorsOf(twins)).toEqual([expect.objectContaining({ where: 'assets[1].id', message: 'duplicate id "nf-001" (also assets[0])' })]);
    const accents = minimal() as ReturnType<typeof minimal> & { assets: Record<string, unknown>[] };
    accents.assets[0]!.id = 'caf\u00e9';
    accents.assets[1]!.id = 'cafe\u0301';
    expect(errorsOf(accents)).toEqual([expect.objectContaining({ where: 'assets[1].id', message: 'duplicate id "caf\u00e9" (also assets[0])' })]);
  });

  it('rejects bad taxonomy ids and duplicate taxonomy ids', () => {
    const pack = minimal();
    pack.taxonomy.personas.push({ id: 'Finance Leader', label: 'Dup', aliases: [] });
    expect(errorsOf(pack)[0]).toMatchObject({ where: 'taxonomy.personas[1].id' });
    const dup = minimal();
    dup.taxonomy.industries.push({ id: 'healthcare', label: 'Health care', aliases: [] });
    expect(errorsOf(dup)[0]?.message).toMatch(/duplicate id "healthcare"/);
  });

  it('warns about unknown fields and repeated URLs instead of failing', () => {
    const pack = minimal() as Record<string, unknown> & ReturnType<typeof minimal>;
    pack.owner = 'marketing';
    (pack.assets[0] as Record<string, unknown>).campaign = 'Q3';
    pack.assets[1]!.url = pack.assets[0]!.url;
    const r = read(pack);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.where)).toEqual(['owner', 'assets[0].campaign', 'assets[1].url']);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = 'x'.repeat(MAX_LIBRARY_BYTES + 1);
    const r = readPack(huge, { file: 'huge.json' });
    expect(!r.ok && r.errors[0]?.message).toMatch(/the file is 40\.0 MB; Tailor reads library files up to 40\.0 MB/);
  });

  it('refuses JSON nested past 64 levels without parsing it, even a whole 40 MB of it', () => {
    const started = performance.now();
    const r = readPack('['.repeat(MAX_LIBRARY_BYTES - 1), { file: 'deep.json' });
    expect(!r.ok && r.errors).toEqual([{ file: 'deep.json', where: 'line 1, column 65', message: expect.stringMatching(/^the JSON nests more than 64 levels deep here/) }]);
    // Parsing it took over 200 s on a loaded machine; the one pass takes about a second there.
    expect(performance.now() - started).toBeLessThan(30_000);
    const strings = readPack(`{"format":"tailor-library","version":1,"name":"${'['.repeat(100)}","assets":[]}`);
    expect(strings.ok).toBe(true);
  });

  it('round-trips through packToJson', () => {
    const first = read(minimal());
    if (!first.ok) throw new Error('fixture invalid');
    const again = readPack(packToJson(first.value));
    expect(again.ok && again.value).toEqual(first.value);
  });
});
