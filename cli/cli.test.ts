import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HELP, main } from './tailor';
import type { Io } from './io';

const root = path.resolve(__dirname, '..');
const fixtures = path.join(root, 'tests/fixtures');
const sample = path.join(root, 'public/sample-library.json');
const devPack = path.join(fixtures, 'eval/dev/library.json');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: root };
  const code = await main(argv, io);
  return { code, stdout, stderr, json: () => JSON.parse(stdout) };
}

const tmp = (name: string, content: string | Buffer) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('tailor validate', () => {
  it('accepts the sample library and the development pack', async () => {
    for (const file of [sample, devPack]) {
      const r = await run('validate', file);
      expect(r.code).toBe(0);
      expect(r.json()).toEqual({ ok: true, assets: expect.any(Number), warnings: [] });
    }
  });

  it('exits 1 naming the file, the JSON path and the field', async () => {
    const pack = JSON.parse(fs.readFileSync(sample, 'utf8'));
    pack.assets[6].url = 'javascript:alert(document.cookie)';
    const bad = tmp('bad.json', JSON.stringify(pack));
    const r = await run('validate', bad);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({
      ok: false,
      errors: [{ file: bad, where: 'assets[6].url', field: 'url', message: expect.stringMatching(/javascript:/) }],
    });
    expect(r.stderr).toMatch(/^error: \S*\/bad\.json, assets\[6\]\.url: javascript: URLs are not allowed/m);
  });

  it('exits 1 on broken JSON with the line, and on a file that is too big without reading it', async () => {
    const cut = tmp('cut.json', fs.readFileSync(sample, 'utf8').slice(0, 5000));
    const broken = await run('validate', cut);
    expect(broken.code).toBe(1);
    expect(broken.json().errors[0]).toMatchObject({ file: cut, where: expect.stringMatching(/^line \d+, column \d+$/) });

    const big = tmp('big.json', '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    const r = await run('validate', big);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.json, file: the file is 50\.0 MB/);
    expect(r.json()).toMatchObject({ ok: false, errors: [{ where: 'file', message: expect.stringMatching(/50\.0 MB/) }] });

    const missing = await run('validate', path.join(os.tmpdir(), 'no-such-tailor-pack.json'));
    expect(missing.code).toBe(1);
    expect(missing.json()).toMatchObject({ ok: false, errors: [{ where: 'file', message: 'no such file' }] });
  });

  it('exits 1 with the line and column of deeply nested broken JSON, not a stack overflow', async () => {
    const deep = tmp('deep.json', `${'['.repeat(150_000)}}`);
    const r = await run('validate', deep);
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, errors: [{ file: deep, where: 'line 1, column 65', message: expect.stringMatching(/nests more than 64 levels/) }] });
    const deepProspect = tmp('deep-prospect.json', `{"title":${'['.repeat(100_000)}`);
    const prospect = await run('suggest', '--library', sample, '--prospect', deepProspect);
    expect(prospect.code).toBe(1);
    expect(prospect.stderr.startsWith(`error: ${deepProspect}, line 1, column 73: the JSON nests more than 64 levels`)).toBe(true);
  });

  it('validates a CSV, rows named as a spreadsheet shows them', async () => {
    const good = await run('validate', path.join(fixtures, 'assets-quirks.csv'), '--base', sample);
    expect(good.code).toBe(0);
    expect(good.json()).toMatchObject({ ok: true, assets: 3 });
    const bad = await run('validate', path.join(fixtures, 'assets-broken.csv'), '--base', sample);
    expect(bad.code).toBe(1);
    expect(bad.json().errors.map((e: { where: string; field: string }) => `${e.where} ${e.field}`)).toEqual([
      'row 3 url',
      'row 4 title',
      'row 5 personas',
      'row 6 publishedAt',
    ]);
  });

  it('names the file by the path as given, as insights does', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-cli-'));
    fs.mkdirSync(path.join(dir, 'work'));
    fs.writeFileSync(path.join(dir, 'work/bad.csv'), 'title,url\nA guide,javascript:alert(1)\n');
    let stdout = '';
    let stderr = '';
    const code = await main(['validate', 'work/bad.csv'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).errors[0]).toMatchObject({ file: 'work/bad.csv', where: 'row 2' });
    expect(stderr).toMatch(/^error: work\/bad\.csv, row 2/m);
  });

  it('says a workbook saved as is must be saved as CSV, in validate (with or without a taxonomy) and import', async () => {
    // The first bytes of every .xlsx (a zip file) and of an .xls (a compound file).
    const xlsx = tmp('assets.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'), Buffer.alloc(200)]));
    const xls = tmp('assets.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(200)]));
    const said = 'this is a spreadsheet workbook (Excel or OpenDocument), not CSV text: save it as "CSV UTF-8 (comma delimited)"';
    for (const argv of [['validate', xlsx], ['validate', xls], ['validate', xlsx, '--taxonomy', sample], ['import', xlsx, '--add-taxonomy']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr).toBe(`error: ${argv[1]}, file: ${said}\n`);
    }
  });

  it('recognises a team figures file and checks it as one, not as a library pack', async () => {
    const good = await run('validate', path.join(fixtures, 'team/extended.json'));
    expect(good.code, good.stderr).toBe(0);
    const figures = JSON.parse(fs.readFileSync(path.join(fixtures, 'team/extended.json'), 'utf8'));
    expect(good.json()).toEqual({ ok: true, assets: figures.assets.length, warnings: [] });
    expect(good.stderr).toMatch(/extended\.json is a team figures file \(what `tailor insights` writes\), checked against the team figures format/);

    const bad = await run('validate', tmp('team-insights.json', JSON.stringify({ ...figures, totals: { ...figures.totals, wonDeals: 'four' } })));
    expect(bad.code).toBe(1);
    expect(bad.json().errors).toEqual([expect.objectContaining({ where: 'totals.wonDeals', message: 'wonDeals must be a number, not "four"' })]);
    expect(bad.stderr).not.toMatch(/tailor-library/);
    expect(bad.stderr).toMatch(/team figures file/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('validate')).code).toBe(2);
    expect((await run('validate', sample, '--nope')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).code).toBe(2);
    const missing = await run('validate', 'no-such-file.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no-such-file\.json, file: no such file/);
  });
});

describe('tailor import', () => {
  it('turns a CSV with every quirk into a pack that validates', async () => {
    for (const csv of ['assets-quirks.csv', 'assets-crlf-bom.csv']) {
      const r = await run('import', path.join(fixtures, csv), '--base', sample);
      expect(r.code, r.stderr).toBe(0);
      const out = tmp('out.json', r.stdout);
      expect((await run('validate', out)).json()).toMatchObject({ ok: true });
    }
    const r = await run('import', path.join(fixtures, 'assets-quirks.csv'), '--base', sample);
    const pack = r.json();
    const baseCount = JSON.parse(fs.readFileSync(sample, 'utf8')).assets.length;
    expect(pack.assets).toHaveLength(baseCount + 3);
    const quoted = pack.assets.find((a: { url: string }) => a.url.endsWith('/blog/quoted'));
    expect(quoted).toMatchObject({ title: 'A "quoted" title', type: 'blog-post', description: '=1+1 is not a formula', stage: 'awareness' });
    const pinecrest = pack.assets.find((a: { url: string }) => a.url.endsWith('/pinecrest-2'));
    expect(pinecrest).toMatchObject({
      personas: ['support-leader', 'cx-leader'],
      industries: ['health-life-sciences'],
      painPoints: ['ticket-backlog', 'slow-response'],
      tags: ['healthcare', 'SLA'],
    });
  });

  it('adds taxonomy entries only when asked', async () => {
    const csv = tmp('new.csv', 'title,url,personas\nOne,https://e.example/1,Chief Astronaut\n');
    const refused = await run('import', csv);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `error: ${csv}, file: no taxonomy was given, so the persona, industry or pain-point name in row 2 cannot be checked; ` +
        `give one with --taxonomy PACK.json (its taxonomy only) or --base PACK.json (its taxonomy and its assets), or create the entries with --add-taxonomy\n`,
    );
    const unknown = await run('import', csv, '--taxonomy', sample);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`${csv}, row 2 (personas): "Chief Astronaut" names no persona`);
    const added = await run('import', csv, '--add-taxonomy');
    expect(added.code).toBe(0);
    expect(added.json().taxonomy.personas).toEqual([{ id: 'chief-astronaut', label: 'Chief Astronaut', aliases: [] }]);
  });

  // A new marketer's first sheet: 15 rows in the sample taxonomy's words, one typo ("Ticket backlogs", row 15).
  const marketerCsv = path.join(fixtures, 'assets-marketer.csv');
  const fixedCsv = () => tmp('fixed.csv', fs.readFileSync(marketerCsv, 'utf8').replace('Ticket backlogs', 'Ticket backlog'));
  const sampleAssets = (JSON.parse(fs.readFileSync(sample, 'utf8')) as { assets: unknown[] }).assets.length;

  it('says what --base kept, and --taxonomy takes the taxonomy without the assets', async () => {
    const withBase = await run('import', fixedCsv(), '--base', sample);
    expect(withBase.code, withBase.stderr).toBe(0);
    expect(withBase.json().assets).toHaveLength(sampleAssets + 15);
    expect(withBase.stderr).toMatch(new RegExp(`; ${sampleAssets} assets kept from the base .*sample-library\\.json, ${sampleAssets + 15} in all, named "Tidewell content library \\(sample\\)"`));

    const taxonomyOnly = await run('import', fixedCsv(), '--taxonomy', sample);
    expect(taxonomyOnly.code, taxonomyOnly.stderr).toBe(0);
    const pack = taxonomyOnly.json();
    expect(pack.assets).toHaveLength(15);
    expect(pack.name).toBe('Imported from fixed.csv');
    expect(pack.taxonomy).toEqual(JSON.parse(fs.readFileSync(sample, 'utf8')).taxonomy);
    expect(pack.assets.find((a: { url: string }) => a.url.endsWith('/case/pinecrest')).painPoints).toEqual(['ticket-backlog']);
    expect(taxonomyOnly.stderr).not.toMatch(/kept from the base/);

    const both = await run('import', fixedCsv(), '--taxonomy', sample, '--base', sample);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/not both/);
  });

  it('reports a CSV it cannot check without a taxonomy once, and a typo against one with its row and field', async () => {
    const alone = await run('validate', marketerCsv);
    expect(alone.code).toBe(0);
    expect(alone.json().warnings).toEqual([
      {
        file: marketerCsv,
        where: 'file',
        message: expect.stringMatching(/^no taxonomy was given, so the 32 persona, industry and pain-point names in rows 2, 3, 4, 5, 6 and 10 more cannot be checked; check them against your library pack's taxonomy \(PACK\.json is its file; --base PACK\.json checks the same\): npm run --silent tailor -- validate \S+assets-marketer\.csv --taxonomy PACK\.json$/),
      },
    ]);
    expect(alone.stderr.split('\n').filter(Boolean)).toHaveLength(1);

    for (const option of ['--taxonomy', '--base']) {
      const checked = await run('validate', marketerCsv, option, sample);
      expect(checked.code).toBe(1);
      expect(checked.json().errors).toEqual([
        {
          file: marketerCsv,
          where: 'row 15',
          field: 'painPoints',
          message: expect.stringMatching(/^"Ticket backlogs" names no pain point in the taxonomy \(by id or label\): did you mean "Ticket backlog"\?/),
        },
      ]);
    }

    const imported = await run('import', marketerCsv);
    expect(imported.code).toBe(1);
    expect(imported.stderr.match(/^error:/gm)).toHaveLength(1);
    expect(imported.stderr).toMatch(/--taxonomy PACK\.json.*--base PACK\.json.*--add-taxonomy/);
  });

  it('says what --add-taxonomy created, and which new entry looks like another', async () => {
    const r = await run('import', marketerCsv, '--add-taxonomy');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().taxonomy.painPoints.map((e: { id: string }) => e.id)).toContain('ticket-backlogs');
    expect(r.stderr).toMatch(/^added 32 taxonomy entries \(--add-taxonomy\); to use the taxonomy of an existing pack instead, give --taxonomy PACK\.json:$/m);
    expect(r.stderr).toMatch(/^ {2}persona "Support leader" \(support-leader\), rows 2, 3, 8, 13, 15$/m);
    expect(r.stderr).toMatch(/^ {2}pain point "Ticket backlogs" \(ticket-backlogs\), row 15$/m);
    expect(r.stderr).toMatch(
      /^warning: \S*\/tests\/fixtures\/assets-marketer\.csv, row 15 \(painPoints\): "Ticket backlogs" looks like "Ticket backlog" \(ticket-backlog\) but was added as a new pain point \(ticket-backlogs\)/m,
    );

    const onTop = await run('import', marketerCsv, '--taxonomy', sample, '--add-taxonomy');
    expect(onTop.code, onTop.stderr).toBe(0);
    expect(onTop.stderr).toMatch(/^added 1 taxonomy entry \(--add-taxonomy\):\n {2}pain point "Ticket backlogs" \(ticket-backlogs\), row 15$/m);
    expect(onTop.stderr.match(/looks like/g)).toHaveLength(1);
  });

  it('warns of no new entry that only a rejected row names: nothing is added from it', async () => {
    const csv = tmp('assets.csv', 'title,url,type,painPoints\nGood,https://e.example/g,video,Ticket backlog\nBad,ftp://e.example/b,video,Ticket backlogs\n');
    const r = await run('import', csv, '--taxonomy', sample, '--add-taxonomy');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: \S*assets\.csv, row 3 \(url\)/m);
    expect(r.stderr).not.toMatch(/Ticket backlogs|added/);
  });

  it('names the pack with --name, and refuses an empty name', async () => {
    const named = await run('import', fixedCsv(), '--taxonomy', sample, '--name', 'Acme field content');
    expect(named.code, named.stderr).toBe(0);
    expect(named.json().name).toBe('Acme field content');
    const renamed = await run('import', fixedCsv(), '--base', sample, '--name', 'Tidewell, renamed');
    expect(renamed.code, renamed.stderr).toBe(0);
    expect(renamed.json().name).toBe('Tidewell, renamed');
    expect(renamed.stderr).toMatch(/named "Tidewell, renamed"/);
    const empty = await run('import', fixedCsv(), '--taxonomy', sample, '--name', '  ');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--name needs the pack's name/);
    expect((await run('import', fixedCsv(), '--taxonomy', sample, '--name', 'x'.repeat(201))).code).toBe(2);
  });

  it('writes --out whole and only when the import succeeds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-out-'));
    const out = path.join(dir, 'library.json');
    const ok = await run('import', fixedCsv(), '--taxonomy', sample, '--out', out);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('');
    expect(ok.stderr).toMatch(/; wrote .*library\.json$/m);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets).toHaveLength(15);
    expect((await run('validate', out)).code).toBe(0);

    const failed = await run('import', marketerCsv, '--taxonomy', sample, '--out', out);
    expect(failed.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets).toHaveLength(15);
    const fresh = path.join(dir, 'never.json');
    expect((await run('import', marketerCsv, '--taxonomy', sample, '--out', fresh)).code).toBe(1);
    expect(fs.existsSync(fresh)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['library.json']);
  });

  it('reports an empty URL once', async () => {
    const noUrlCsv = tmp('no-url.csv', 'title,url\nNo link,\n');
    const r = await run('validate', noUrlCsv);
    expect(r.code).toBe(1);
    expect(r.json().errors).toEqual([{ file: noUrlCsv, where: 'row 2', field: 'url', message: 'the URL is required' }]);
    const pack = JSON.parse(fs.readFileSync(sample, 'utf8'));
    pack.assets[0].url = '';
    const noUrlJson = tmp('no-url.json', JSON.stringify(pack));
    const json = await run('validate', noUrlJson);
    expect(json.json().errors).toEqual([{ file: noUrlJson, where: 'assets[0].url', field: 'url', message: 'the URL is required' }]);
  });

  it('caps the warnings it prints, as validate does', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `T${i},https://e.example/same,x${i}`).join('\n');
    const dups = tmp('dups.csv', `title,url,extra\n${rows}\n`);
    const r = await run('import', dups);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.match(/^warning:/gm) ?? [];
    expect(warnings).toHaveLength(201);
    expect(r.stderr).toMatch(/^warning: \S*\/dups\.csv, file: and \d+ more problems$/m);
  });

  it('writes nothing to standard output when a row is broken', async () => {
    const r = await run('import', path.join(fixtures, 'assets-broken.csv'), '--base', sample);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.match(/^error:/gm)).toHaveLength(4);
  });
});

describe('tailor suggest', () => {
  const prospect = { title: 'Chief Financial Officer', industry: 'Hospitals and Health Care' };

  it('reads a prospect file with a byte-order mark', async () => {
    const r = await run('suggest', '--library', sample, '--prospect', tmp('p.json', `\ufeff${JSON.stringify(prospect)}`), '--today', '2026-01-15');
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().suggestions.length).toBeGreaterThan(0);
    const lines = tmp('p.jsonl', `\ufeff${JSON.stringify(prospect)}\n${JSON.stringify(prospect)}\n`);
    const many = await run('suggest', '--library', sample, '--prospects', lines, '--today', '2026-01-15');
    expect(many.code, many.stderr).toBe(0);
    expect(many.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('names the line and column of broken prospect JSON', async () => {
    const one = await run('suggest', '--library', sample, '--prospect', tmp('p.json', '{\n  "title": "CFO",\n  "company" "X"\n}'));
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/^error: \S*\/p\.json, line 3, column 13: not valid JSON: a ":" is missing/m);
    const lines = tmp('p.jsonl', `${JSON.stringify(prospect)}\n{"title": "CFO",}\n\n{"title": 1}\n`);
    const many = await run('suggest', '--library', sample, '--prospects', lines);
    expect(many.code).toBe(1);
    expect(many.stderr).toMatch(/^error: \S*\/p\.jsonl, line 2, column 17: not valid JSON: a property name/m);
    expect(many.stderr).toMatch(/^error: \S*\/p\.jsonl, line 4 \(title\): title must be text, not 1/m);
  });

  it('warns of a field a prospect does not have, which the matcher would ignore without a word', async () => {
    const one = tmp('p.json', JSON.stringify({ jobTitle: 'Chief Financial Officer', industry: 'Hospitals and Health Care', source: { crm: 'manual', record: '7' } }));
    const r = await run('suggest', '--library', sample, '--prospect', one);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().resolved.industries).toEqual(['health-life-sciences']);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `warning: ${one}, jobTitle: unknown field "jobTitle" is ignored; a prospect's fields are name, title, company, industry, notes, stage, amount, email, website, source`,
      `warning: ${one}, source.record: unknown field "source.record" is ignored; a prospect's fields are name, title, company, industry, notes, stage, amount, email, website, source`,
    ]);
    const lines = tmp('p.jsonl', [{ title: 'CFO' }, { jobTitle: 'CFO' }, { jobTitle: 'CEO' }].map((p) => JSON.stringify(p)).join('\n'));
    const many = await run('suggest', '--library', sample, '--prospects', lines);
    expect(many.code, many.stderr).toBe(0);
    expect(many.stdout.trim().split('\n')).toHaveLength(3);
    expect(many.stderr).toBe(`warning: ${lines}, line 2 (jobTitle): unknown field "jobTitle" is ignored (in 2 lines); a prospect's fields are name, title, company, industry, notes, stage, amount, email, website, source\n`);
  });

  it('refuses a file that is not a prospect with exit 1, naming the file and what it is; a prospect with one field still works', async () => {
    const errorOf = async (file: string) => {
      const r = await run('suggest', '--library', sample, '--prospect', file);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines, r.stderr).toHaveLength(1);
      return lines[0];
    };
    const wanted = `a prospect is one JSON object of its fields (name, title, company, industry, notes, stage, amount, email, website, source), such as {"title": "Chief Financial Officer", "industry": "Hospitals and Health Care"}`;
    expect(await errorOf(sample)).toBe(`error: ${sample}, file: this is a library pack, not a prospect: give it to --library; ${wanted}`);
    const figures = path.join(fixtures, 'team/contract.json');
    expect(await errorOf(figures)).toBe(`error: ${figures}, file: this is a team figures file (what \`tailor insights\` writes), not a prospect; ${wanted}`);
    const crmRow = tmp('row.json', JSON.stringify({ jobTitle: 'CFO', employer: 'Acme', sector: 'Retail' }));
    expect(await errorOf(crmRow)).toBe(`error: ${crmRow}, file: this is not a prospect: it has none of a prospect's fields, only jobTitle, employer, sector; ${wanted}`);

    const lines = tmp('p.jsonl', `${JSON.stringify({ title: 'CFO' })}\n${fs.readFileSync(sample, 'utf8').replace(/\n\s*/g, '')}\n`);
    const many = await run('suggest', '--library', sample, '--prospects', lines);
    expect(many.code).toBe(1);
    expect(many.stderr).toBe(`error: ${lines}, line 2: this is a library pack, not a prospect: give it to --library; ${wanted}\n`);

    for (const few of [{ title: 'CFO' }, { name: 'Dana Reyes' }, { company: 'Acme' }, { industry: 'Retail' }, { notes: 'backlog of tickets' }, { title: 'CFO', jobTitle: 'CFO' }]) {
      const r = await run('suggest', '--library', sample, '--prospect', tmp('p.json', JSON.stringify(few)));
      expect(r.code, `${JSON.stringify(few)}: ${r.stderr}`).toBe(0);
      expect(r.json().suggestions.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/^error:/m);
    }
  });

  it('takes an impossible --today as a usage error', async () => {
    for (const today of ['2026-02-30', '2025-13-01', '2026-2-3', 'tomorrow']) {
      const r = await run('suggest', '--library', sample, '--prospect', tmp('p.json', JSON.stringify(prospect)), '--today', today);
      expect(r.code, today).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`--today must be a real date written YYYY-MM-DD, not "${today}"`));
    }
  });
});

describe('the npm script', () => {
  it('runs as FORMATS.md writes it, with the exit code', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'tailor', '--', 'validate', sample], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true });
    const bad = spawnSync('npm', ['run', '--silent', 'tailor', '--', 'validate', path.join(fixtures, 'assets-broken.csv')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    // A failed import with --out leaves no file behind (`> library.json` leaves an empty one).
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-npm-out-')), 'library.json');
    const failed = spawnSync('npm', ['run', '--silent', 'tailor', '--', 'import', path.join(fixtures, 'assets-marketer.csv'), '--base', sample, '--out', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/row 15 \(painPoints\): "Ticket backlogs"/);
    expect(fs.existsSync(out)).toBe(false);
    // Three whole npm and tsx start-ups: seconds each on a quiet machine, many more on a busy one.
  }, 90_000);

  it('prints a command\'s help through npm (npm passes --help and -h on after --)', () => {
    const help = spawnSync('npm', ['run', '--silent', 'tailor', '--', 'insights', '-h'], { cwd: root, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^usage: npm run --silent tailor -- insights <files or folders\.\.\.>/);
    expect(help.stdout).toMatch(/^ {2}--from YYYY-MM-DD +the first UTC day counted/m);
  }, 60_000);
});

describe('tailor search', () => {
  it('says how to give search text that was left outside --query, or split by a space', async () => {
    for (const argv of [['onbording', 'checklist'], ['--query', 'onbording', 'checklist']]) {
      const r = await run('search', '--library', sample, ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^unexpected argument "(onbording|checklist)": the text to search for goes after --query, in quotes when it has spaces \(--query "onbording checklist"\)$/m);
    }
    const prospect = await run('suggest', '--library', sample, 'prospect.json');
    expect(prospect.code).toBe(2);
    expect(prospect.stderr).toMatch(/^unexpected argument "prospect\.json": a prospect file goes after --prospect \(one JSON object\) or --prospects \(JSON Lines\)$/m);
  });
});

describe('tailor extract', () => {
  const crm = path.join(fixtures, 'crm');
  it('prints the prospect of a saved record page', async () => {
    const r = await run('extract', path.join(crm, 'hubspot/deal.html'), '--url', 'https://app-na2.hubspot.com/contacts/8765432/record/0-3/77001');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({
      name: 'Ledgerstone - Member Service Platform',
      company: 'Ledgerstone Credit Union',
      stage: 'Contract sent',
      amount: 48500,
      source: { crm: 'hubspot', recordType: 'deal', recordId: '77001', url: 'https://app-na2.hubspot.com/contacts/8765432/record/0-3/77001' },
    });
  });

  it('reads a huge page whole: more elements than the live tab may walk, the record after all of them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-extract-'));
    const rows = '<li><span>row</span></li>'.repeat(130_000);
    const page = fs.readFileSync(path.join(crm, 'salesforce/contact.html'), 'utf8').replace('<div class="oneWorkspace">', `<ul class="activity">${rows}</ul><div class="oneWorkspace">`);
    fs.writeFileSync(path.join(dir, 'huge.html'), page);
    const r = await run('extract', path.join(dir, 'huge.html'), '--url', 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ name: 'Dana Whitfield', title: 'Chief Financial Officer', company: 'Mercy Regional Health' });
  }, 60_000);

  it('exits 3 when the page is not a record, 1 when the file is missing, 2 without --url', async () => {
    const list = await run('extract', path.join(crm, 'hubspot/index.html'), '--url', 'https://app.hubspot.com/contacts/8765432/objects/0-1/views/all/list');
    expect(list.code).toBe(3);
    expect(list.stdout).toBe('');
    expect(list.stderr).toMatch(/not a record page of a supported CRM/);
    const empty = await run('extract', path.join(crm, 'linkedin/feed.html'), '--url', 'https://www.linkedin.com/in/someone/');
    expect(empty.code).toBe(3);
    expect(empty.stderr).toMatch(/no linkedin record could be read/);
    expect((await run('extract', 'nope.html', '--url', 'https://app.hubspot.com/contacts/1/record/0-1/2')).code).toBe(1);
    expect((await run('extract', path.join(crm, 'hubspot/deal.html'))).code).toBe(2);
    expect((await run('extract', path.join(crm, 'hubspot/deal.html'), '--url', 'not a url')).code).toBe(2);
  });
});

describe('help', () => {
  const parsers: Record<string, () => Promise<Record<string, unknown>>> = {
    validate: async () => (await import('./commands/validate')).VALIDATE_OPTIONS,
    import: async () => (await import('./commands/import')).IMPORT_OPTIONS,
    suggest: async () => (await import('./commands/suggest')).SUGGEST_OPTIONS,
    search: async () => (await import('./commands/search')).SEARCH_OPTIONS,
    extract: async () => (await import('./commands/extract')).EXTRACT_OPTIONS,
    insights: async () => (await import('./commands/insights')).INSIGHTS_OPTIONS,
  };

  it.each(Object.keys(parsers))('tailor %s --help prints its usage, one line an option and an example, and exits 0', async (name) => {
    const help = await run(name, '--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toBe('');
    const { usage, args, example } = COMMAND_HELP[name]!;
    const lines = help.stdout.split('\n');
    expect(lines[0]).toBe(`usage: npm run --silent tailor -- ${usage}`);
    // Every option the command accepts is listed, on a line of its own, and no other.
    const listed = args.map(([arg]) => arg).filter((arg) => arg.startsWith('--')).map((arg) => arg.split(' ')[0]!.slice(2));
    expect(listed.sort()).toEqual(Object.keys(await parsers[name]!()).sort());
    for (const [arg, meaning] of args) expect(lines.filter((l) => l.trimStart().startsWith(`${arg} `))).toEqual([expect.stringContaining(meaning)]);
    expect(help.stdout).toContain(`example:\n  npm run --silent tailor -- ${example}\n`);

    // -h, `tailor help <command>` and `tailor --help <command>` print the same; so does --help among other arguments.
    for (const argv of [[name, '-h'], ['help', name], ['--help', name], [name, 'some-file', '--limit', '3', '--help']]) {
      const again = await run(...argv);
      expect(again, argv.join(' ')).toEqual({ ...help, json: expect.any(Function) });
    }
    // The list of commands has the same usage line.
    expect((await run('--help')).stdout).toContain(`\n  ${usage}\n`);
  });

  it('points an unknown option at the command\'s own help, which names the options it has', async () => {
    const r = await run('insights', 'events/', '--form', '2026-11-01');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^unknown option --form for insights; see its options with: npm run --silent tailor -- insights --help$/m);
    expect((await run('help', 'frobnicate')).code).toBe(2);
    for (const argv of [['help'], ['--help'], ['-h'], ['help', '--help']]) expect(await run(...argv), argv.join(' ')).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(/^usage: npm run --silent tailor -- <command> \[options\]\n/) });
    // After `--`, --help is an argument (a file of that name), not a request for help.
    const file = await run('validate', '--', '--help');
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^error: --help, file: no such file$/m);
  });

  it('the example of every command runs as written, given the files it names', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-examples-'));
    fs.mkdirSync(path.join(dir, 'public'));
    fs.copyFileSync(sample, path.join(dir, 'public/sample-library.json'));
    fs.writeFileSync(path.join(dir, 'assets.csv'), fs.readFileSync(path.join(fixtures, 'assets-marketer.csv'), 'utf8').replace('Ticket backlogs', 'Ticket backlog'));
    fs.writeFileSync(path.join(dir, 'prospect.json'), JSON.stringify({ title: 'Chief Financial Officer', industry: 'Hospitals and Health Care' }));
    fs.copyFileSync(path.join(fixtures, 'crm/salesforce/contact.html'), path.join(dir, 'page.html'));
    fs.mkdirSync(path.join(dir, 'exports'));
    const message = { type: 'track', event: 'Content Link Copied', messageId: 'm1', timestamp: '2026-11-03T09:00:00.000Z', userId: 'rep-1', properties: { asset_id: 'tw-001' } };
    fs.writeFileSync(path.join(dir, 'exports/events.jsonl'), `${JSON.stringify(message)}\n`);
    // In the order a new admin meets them: import makes the library.json that insights reads.
    for (const name of ['validate', 'import', 'suggest', 'search', 'extract', 'insights']) {
      const argv = [name, ...splitShellWords(COMMAND_HELP[name]!.example.slice(name.length + 1))];
      let stderr = '';
      const code = await main(argv, { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir });
      expect(code, `${argv.join(' ')}\n${stderr}`).toBe(0);
    }
  }, 60_000);
});

describe('a command a hint prints is safe to paste into a shell', () => {
  /** What bash hands `tailor` when the hint's command is pasted (everything after `tailor --` to the end of its line), and the files pasting it created. */
  function paste(text: string) {
    const command = /npm run --silent tailor -- (.*)$/m.exec(text)?.[1];
    if (command === undefined) throw new Error(`no command in: ${text}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-paste-'));
    const shell = spawnSync('bash', ['-c', `printf '%s\\n' ${command}`], { cwd: dir, encoding: 'utf8' });
    return { status: shell.status, stderr: shell.stderr, args: shell.stdout.split('\n').slice(0, -1), created: fs.readdirSync(dir) };
  }

  it('validate of a CSV without a taxonomy: the command to check it, its file name quoted', async () => {
    const csv = tmp("Q4 assets (Dana's).csv", 'title,url,personas\nOne,https://e.example/1,Support leader\n');
    const r = await run('validate', csv);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/<[\w.]+>/);
    expect(paste(r.stderr)).toEqual({ status: 0, stderr: '', args: ['validate', csv, '--taxonomy', 'PACK.json'], created: [] });
    // Given the pack, the same command checks the names.
    expect((await run('validate', csv, '--taxonomy', sample)).json()).toEqual({ ok: true, assets: 1, warnings: [] });
  });

  it('a CSV given where a pack is wanted: the command that makes a pack of it', async () => {
    const csv = tmp('assets.csv', 'title,url\nOne,https://e.example/1\n');
    for (const argv of [['validate', csv, '--base', csv], ['import', csv, '--taxonomy', csv], ['suggest', '--library', csv, '--prospect', csv]]) {
      const r = await run(...argv);
      expect(r.code, r.stderr).toBe(1);
      expect(paste(r.stderr), r.stderr).toEqual({ status: 0, stderr: '', args: ['import', csv, '--taxonomy', 'PACK.json', '--out', 'library.json'], created: [] });
    }
  });

  it('import: the hints name the options with a placeholder a shell leaves alone', async () => {
    const marketerCsv = path.join(fixtures, 'assets-marketer.csv');
    for (const argv of [['import', marketerCsv], ['import', marketerCsv, '--add-taxonomy']]) expect((await run(...argv)).stderr).not.toMatch(/<[\w.]+>/);
  });
});

/** The words of a command line as a shell splits them: spaces, and "double quotes" around a word with spaces. */
function splitShellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('every command names a file by the path as given', () => {
  // Two assets.csv in two folders must be told apart: `work/bad.json`, never `bad.json`.
  let dir = '';
  let socket: net.Server | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-names-'));
    const work = path.join(dir, 'work');
    fs.mkdirSync(work);
    fs.mkdirSync(path.join(dir, 'public'));
    fs.copyFileSync(sample, path.join(dir, 'public/sample-library.json'));
    fs.writeFileSync(path.join(work, 'bad.json'), fs.readFileSync(sample, 'utf8').slice(0, 3000));
    fs.writeFileSync(path.join(work, 'bad.csv'), 'title,url\nA guide,javascript:alert(1)\n');
    fs.writeFileSync(path.join(work, 'good.csv'), 'title,url\nA guide,https://e.example/guide\n');
    fs.writeFileSync(path.join(work, 'p.json'), '{"title": "CFO",}');
    fs.writeFileSync(path.join(work, 'p.jsonl'), '{"title": "CFO"}\n{"title": 7}\n');
    fs.copyFileSync(path.join(fixtures, 'crm/hubspot/index.html'), path.join(work, 'page.html'));
    const message = { type: 'track', event: 'Content Opened', messageId: 'm1', timestamp: '2026-11-03T09:00:00.000Z', userId: 'rep-1', properties: {} };
    fs.writeFileSync(path.join(work, 'events.jsonl'), `${JSON.stringify(message)}\nnot json\n`);
    // A file that exists and cannot be read (no permission cannot be had when tests run as root): a socket.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(work, 'locked.json'), resolve));
    socket = server;
  });
  afterAll(() => socket?.close());

  const lib = 'public/sample-library.json';
  const cases: [string, string[], number, string][] = [
    ['validate: missing', ['validate', 'work/none.json'], 1, 'error: work/none.json, file: no such file'],
    ['validate: unreadable', ['validate', 'work/locked.json'], 1, 'error: work/locked.json, file: cannot be read (ENXIO: no such device or address)'],
    ['validate: a folder', ['validate', 'work'], 1, 'error: work, file: this is a folder, not a file'],
    ['validate: bad JSON', ['validate', 'work/bad.json'], 1, 'error: work/bad.json, line '],
    ['validate: bad CSV row', ['validate', 'work/bad.csv'], 1, 'error: work/bad.csv, row 2 (url): javascript: URLs are not allowed'],
    ['validate: --taxonomy missing', ['validate', 'work/good.csv', '--taxonomy', 'work/none.json'], 1, 'error: work/none.json, file: no such file'],
    ['validate: --taxonomy bad JSON', ['validate', 'work/good.csv', '--taxonomy', 'work/bad.json'], 1, 'error: work/bad.json, line '],
    ['validate: --base a CSV', ['validate', 'work/good.csv', '--base', 'work/bad.csv'], 1, 'error: work/bad.csv, file: --base wants a library pack (JSON), not a CSV of assets'],
    ['import: missing', ['import', 'work/none.csv', '--add-taxonomy'], 1, 'error: work/none.csv, file: no such file'],
    ['import: unreadable', ['import', 'work/locked.json', '--add-taxonomy'], 1, 'error: work/locked.json, file: cannot be read ('],
    ['import: bad CSV row', ['import', 'work/bad.csv', '--add-taxonomy'], 1, 'error: work/bad.csv, row 2 (url): javascript: URLs are not allowed'],
    ['import: --base bad JSON', ['import', 'work/good.csv', '--base', 'work/bad.json'], 1, 'error: work/bad.json, line '],
    ['import: --taxonomy unreadable', ['import', 'work/good.csv', '--taxonomy', 'work/locked.json'], 1, 'error: work/locked.json, file: cannot be read ('],
    ['import: --out in a missing folder', ['import', 'work/good.csv', '--taxonomy', lib, '--out', 'work/no-folder/library.json'], 1, 'error: work/no-folder/library.json, file: cannot be written: its folder does not exist'],
    ['import: --out a folder', ['import', 'work/good.csv', '--taxonomy', lib, '--out', 'work'], 1, 'error: work, file: cannot be written: this is a folder; --out wants a file name'],
    ['insights: --out a folder', ['insights', 'work/events.jsonl', '--out', 'work/'], 1, 'error: work/, file: cannot be written: this is a folder; --out wants a file name'],
    ['suggest: --library missing', ['suggest', '--library', 'work/none.json', '--prospect', 'work/p.json'], 1, 'error: work/none.json, file: no such file'],
    ['suggest: --library bad JSON', ['suggest', '--library', 'work/bad.json', '--prospect', 'work/p.json'], 1, 'error: work/bad.json, line '],
    ['suggest: --library unreadable', ['suggest', '--library', 'work/locked.json', '--prospect', 'work/p.json'], 1, 'error: work/locked.json, file: cannot be read ('],
    ['suggest: --prospect missing', ['suggest', '--library', lib, '--prospect', 'work/none.json'], 1, 'error: work/none.json, file: no such file'],
    ['suggest: --prospect bad JSON', ['suggest', '--library', lib, '--prospect', 'work/p.json'], 1, 'error: work/p.json, line 1, column 17: not valid JSON'],
    ['suggest: --prospects bad line', ['suggest', '--library', lib, '--prospects', 'work/p.jsonl'], 1, 'error: work/p.jsonl, line 2 (title): title must be text, not 7'],
    ['search: --library bad JSON', ['search', '--library', 'work/bad.json', '--query', 'x'], 1, 'error: work/bad.json, line '],
    ['search: --queries missing', ['search', '--library', lib, '--queries', 'work/none.txt'], 1, 'error: work/none.txt, file: no such file'],
    ['extract: missing', ['extract', 'work/none.html', '--url', 'https://app.hubspot.com/contacts/1/record/0-1/2'], 1, 'error: work/none.html, file: no such file'],
    ['extract: unreadable', ['extract', 'work/locked.json', '--url', 'https://app.hubspot.com/contacts/1/record/0-1/2'], 1, 'error: work/locked.json, file: cannot be read ('],
    ['extract: not a record', ['extract', 'work/page.html', '--url', 'https://app.hubspot.com/contacts/8765432/objects/0-1/views/all/list'], 3, 'work/page.html: https://app.hubspot.com/contacts/8765432/objects/0-1/views/all/list is not a record page'],
    ['insights: missing', ['insights', 'work/none/'], 1, 'error: work/none/, file: no such file or folder'],
    ['insights: unreadable', ['insights', 'work/locked.json'], 1, 'error: work/locked.json, file: cannot be read (ENXIO: no such device or address)'],
    ['insights: --library bad JSON', ['insights', 'work/events.jsonl', '--library', 'work/bad.json'], 1, 'error: work/bad.json, line '],
  ];

  it.each(cases)('%s', async (_, argv, exit, line) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
    expect(code, stderr).toBe(exit);
    expect(stderr.split('\n').filter((l) => l.startsWith(line)), stderr).toHaveLength(1);
    // Only the path as given: never the absolute path node's own messages carry.
    expect(stderr).not.toContain(dir);
    // validate answers on standard output too, with the same name.
    if (argv[0] === 'validate') expect(JSON.parse(stdout).errors[0].file).toBe(line.slice('error: '.length).split(',')[0]);
    else expect(stdout).toBe('');
  });

  it('insights: a line that is not JSON is named file:line, as given', async () => {
    let stdout = '';
    const code = await main(['insights', 'work/events.jsonl'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).skippedExamples).toEqual([expect.stringMatching(/^work\/events\.jsonl:2: /)]);
  });
});

describe('spreadsheets as Excel and other tools save them', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');

  it('imports a Windows-1252 file (Excel\'s "CSV (Comma delimited)") with its accents, and says how it was read', async () => {
    const csv = tmp('cp1252.csv', latin1('title,url,tags\r\nFallstudie Müller GmbH,https://e.example/m,fallstudie\r\nÉtude de cas : Café Lumière,https://e.example/c,étude\r\n'));
    const out = path.join(path.dirname(csv), 'library.json');
    const r = await run('import', csv, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${csv}, file: this file is not UTF-8; it was read as Windows-1252`);
    const pack = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(pack.assets.map((a: { title: string }) => a.title)).toEqual(['Fallstudie Müller GmbH', 'Étude de cas : Café Lumière']);
    expect(pack.assets[1].tags).toEqual(['étude']);
    const checked = await run('validate', csv);
    expect(checked.json()).toMatchObject({ ok: true, warnings: [{ where: 'file', message: expect.stringMatching(/read as Windows-1252/) }] });
  });

  it('validate of a Windows-1252 file that also has errors says how it was read in the terminal, as import does', async () => {
    const csv = tmp('cp1252-bad.csv', latin1('title,url,tags\r\nFallstudie Müller GmbH,https://e.example/m,fallstudie\r\n,https://e.example/c,étude\r\n'));
    const checked = await run('validate', csv);
    expect(checked.code).toBe(1);
    const json = checked.json();
    expect(json).toMatchObject({ ok: false, warnings: [{ where: 'file', message: expect.stringMatching(/read as Windows-1252/) }] });
    expect(json.errors.length).toBeGreaterThan(0);
    const lines = checked.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^warning: .*cp1252-bad\\.csv, file: this file is not UTF-8; it was read as Windows-1252`));
    expect(lines.slice(1).every((l) => l.startsWith('error: '))).toBe(true);
    // The same lines, in the same order, as `import` prints for the same file.
    const imported = await run('import', csv, '--out', path.join(path.dirname(csv), 'library.json'));
    expect(imported.code).toBe(1);
    expect(checked.stderr).toBe(imported.stderr);
  });

  describe('a library pack (JSON) says how its bytes were read, as a CSV does', () => {
    const packText = JSON.stringify({
      format: 'tailor-library',
      version: 1,
      taxonomy: { personas: [], industries: [], painPoints: [] },
      assets: [{ id: 'cafe', title: 'Étude de cas : Café Lumière', url: 'https://e.example/c', type: 'case-study', tags: ['étude'] }],
    });
    const sheet = 'title,url\r\nNew one,https://e.example/n\r\n';

    it('warns of a pack read as Windows-1252, in validate and wherever a pack is an option, and keeps its accents', async () => {
      const pack = tmp('cp1252.json', latin1(packText));
      const warning = `warning: ${pack}, file: this file is not UTF-8; it was read as Windows-1252`;
      const checked = await run('validate', pack);
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.json()).toMatchObject({ ok: true, assets: 1, warnings: [{ where: 'file', message: expect.stringMatching(/^this file is not UTF-8; it was read as Windows-1252/) }] });
      expect(checked.stderr).toContain(warning);
      const csv = tmp('new.csv', sheet);
      const out = path.join(path.dirname(csv), 'library.json');
      const imported = await run('import', csv, '--base', pack, '--out', out);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stderr).toContain(warning);
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets.map((a: { title: string }) => a.title)).toEqual(['Étude de cas : Café Lumière', 'New one']);
      const searched = await run('search', '--library', pack, '--query', 'café');
      expect(searched.code, searched.stderr).toBe(0);
      expect(searched.stderr).toContain(warning);
      // A pack that cannot be used still says how it was read, before its errors: it may be why.
      const broken = tmp('cp1252-broken.json', latin1(packText.replace('"https://e.example/c"', '"ftp://e.example/café"')));
      const failed = await run('search', '--library', broken, '--query', 'café');
      expect(failed.code).toBe(1);
      const lines = failed.stderr.trimEnd().split('\n');
      expect(lines[0]).toBe(`warning: ${broken}, file: this file is not UTF-8; it was read as Windows-1252: check accented letters and symbols, or save it as UTF-8, which a library pack should be`);
      expect(lines.slice(1).length).toBeGreaterThan(0);
      expect(lines.slice(1).every((l) => l.startsWith('error: '))).toBe(true);
    });

    it('reads a pack in UTF-16 with a byte-order mark without a warning', async () => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(packText, 'utf16le')]);
      for (const [name, bytes] of [['le.json', le], ['be.json', Buffer.from(le).swap16()]] as const) {
        const pack = tmp(name, bytes);
        const checked = await run('validate', pack);
        expect(checked.code, checked.stderr).toBe(0);
        expect(checked.json()).toMatchObject({ ok: true, assets: 1, warnings: [] });
        expect(checked.stderr).toBe('');
        const csv = tmp('new.csv', sheet);
        const out = path.join(path.dirname(csv), 'library.json');
        const imported = await run('import', csv, '--base', pack, '--out', out);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stderr).not.toMatch(/warning/);
        expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets[0]).toMatchObject({ title: 'Étude de cas : Café Lumière', tags: ['étude'] });
      }
    });
  });

  it('imports UTF-16 with a byte-order mark (little- or big-endian), and without one by its zero bytes', async () => {
    const text = 'title,url,tags\r\nÉtude de cas : Café Lumière,https://e.example/c,étude\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [name, bytes] of [['le.csv', le], ['be.csv', Buffer.from(le).swap16()]] as const) {
      const csv = tmp(name, bytes);
      const out = path.join(path.dirname(csv), 'library.json');
      const r = await run('import', csv, '--out', out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/warning/);
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets[0]).toMatchObject({ title: 'Étude de cas : Café Lumière', tags: ['étude'] });
    }
    // Without a mark, the zero bytes of its Latin text say it is UTF-16.
    const noBom = tmp('no-bom.csv', Buffer.from(text, 'utf16le'));
    const r = await run('validate', noBom);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toEqual({ ok: true, assets: 1, warnings: [] });
  });

  it('imports Excel\'s semicolon-separated "CSV UTF-8" and its UTF-16 "Unicode Text", saying how each was read', async () => {
    const rows = ['title;url;type;tags;Kosten (EUR)', 'Fallstudie Bäckerei Schäfer;https://e.example/s;case-study;"fallstudie;bäckerei";1.250,00'];
    const semicolons = tmp('de.csv', `\ufeff${rows.join('\r\n')}\r\n`);
    const unicodeText = tmp('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${rows.join('\r\n').replaceAll(';', '\t').replace('"fallstudie\tbäckerei"', 'fallstudie;bäckerei')}\r\n`, 'utf16le')]));
    for (const [csv, said] of [[semicolons, 'this file is semicolon-separated'], [unicodeText, 'this file is tab-separated']] as const) {
      const out = path.join(path.dirname(csv), 'library.json');
      const r = await run('import', csv, '--out', out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(`warning: ${csv}, file: ${said}`);
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).assets[0]).toMatchObject({ title: 'Fallstudie Bäckerei Schäfer', type: 'case-study', tags: ['fallstudie', 'bäckerei'] });
    }
  });

  it('says a persona cell written "A,B" is a list, with or without --add-taxonomy, and warns of tags so written', async () => {
    const csv = tmp('lists.csv', 'title,url,personas,tags\r\nA,https://e.example/a,"Operations manager,IT leader",automation | warehouse\r\nB,https://e.example/b,Operations manager,\r\nC,https://e.example/c,IT leader,\r\n');
    const said = `error: ${csv}, row 2 (personas): "Operations manager,IT leader" names no persona; its parts "Operations manager" and "IT leader" do: lists are separated by ";"\n`;
    const out = path.join(path.dirname(csv), 'library.json');
    const added = await run('import', csv, '--add-taxonomy', '--out', out);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain(said);
    expect(added.stderr).toContain(`warning: ${csv}, row 2 (tags): "automation | warehouse" is one tag: lists are separated by ";" (automation;warehouse)`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('names the header that may be a missing column, as a Notion export has them', async () => {
    const csv = tmp('notion.csv', '\ufeffAsset name,Link,Content type,Audience,Funnel stage,Owner\r\nWarehouse guide,https://e.example/w,Ebook,Operations manager,TOFU,Lena\r\n');
    const r = await run('validate', csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${csv}, row 1 (title): no "title" column; "Asset name" may be it: rename that header title\n`);
    expect(r.stderr).toContain(`error: ${csv}, row 1 (url): no "url" column; "Link" may be it: rename that header url\n`);
  });

  it('gives the ISO form of a German or French date, and says it once for the column', async () => {
    const csv = tmp('de.csv', '\ufefftitle;url;publishedAt\r\nLeitfaden;https://e.example/l;15.01.2026\r\nCheckliste;https://e.example/c;01.02.2026\r\n');
    const r = await run('import', csv, '--out', path.join(path.dirname(csv), 'library.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error: ${csv}, row 2 (publishedAt): must be a date written YYYY-MM-DD (for example 2025-03-01), not "15.01.2026": write 2026-01-15\n`);
    expect(r.stderr).toContain(`warning: ${csv}, file (publishedAt): all 2 publishedAt dates that are not YYYY-MM-DD are written day.month.year (15.01.2026): write them YYYY-MM-DD (2026-01-15)\n`);
  });
});

