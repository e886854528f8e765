import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/tailor';
import { seriousViolations } from './axe';
import { ROOT, countRows, launchTailor, waitUntil, type TailorBrowser } from './harness';

const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/sample-library.json'), 'utf8'));
const devPackPath = path.join(ROOT, 'tests/fixtures/eval/dev/library.json');
const devPack = JSON.parse(fs.readFileSync(devPackPath, 'utf8'));
const brokenCsv = path.join(ROOT, 'tests/fixtures/assets-broken.csv');

/** Reads rows of a store from the extension's IndexedDB in the service worker. */
async function readStore<T>(tailor: TailorBrowser, store: string): Promise<T[]> {
  return tailor.worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('tailor');
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

describe('the marketer’s library in Chromium', () => {
  let tailor: TailorBrowser;
  let page: Page;

  beforeAll(async () => {
    tailor = await launchTailor();
    await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n === sample.assets.length, 'the sample library');
    page = await tailor.openPage('options.html#library');
    await page.getByText(`${sample.assets.length} assets, ${sample.taxonomy.personas.length} personas`).waitFor();
  });
  afterAll(async () => {
    await tailor?.close();
  });

  it('has no serious accessibility violations on its pages', async () => {
    for (const section of ['library', 'taxonomy', 'review', 'requests', 'insights']) {
      await page.goto(`chrome-extension://${tailor.extensionId}/options.html#${section}`);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await seriousViolations(page), section).toEqual([]);
    }
    // No won deals yet: Content influence says what would fill it, with no empty chart and no empty table.
    const influence = page.locator('article', { has: page.getByRole('heading', { name: 'Content influence', level: 3 }) });
    expect(await influence.getByTestId('influence-empty').textContent()).toBe(
      'No won deals in this period: when a deal is marked won, its amount shows here against each asset shared on its account before the win.',
    );
    expect(await influence.locator('canvas, table').count()).toBe(0);
    // Nothing shared or shown yet: every card with nothing to draw says so in a line, with no empty frame.
    const card = (heading: string | RegExp) => page.locator('article', { has: page.getByRole('heading', { name: heading, level: 3 }) });
    expect(await card('Top content by shares').getByTestId('top-shares-empty').textContent()).toBe(
      'No content shared yet: shares appear here when reps copy a link or a snippet',
    );
    for (const heading of ['Top content by shares', 'Activity', /^Usage by/]) expect(await card(heading).locator('canvas, table').count(), String(heading)).toBe(0);
    // Beside a filled card, the empty one keeps the height of its line: no tall empty box down to the
    // neighbour's bottom (it was 775 px high for 89 px of heading and line at 1280 px wide).
    await card('Used vs never used').locator('canvas').waitFor();
    const [empty, line, filled] = await Promise.all([
      card('Top content by shares').boundingBox(),
      card('Top content by shares').getByTestId('top-shares-empty').boundingBox(),
      card('Used vs never used').boundingBox(),
    ]);
    expect(empty!.y).toBe(filled!.y);
    expect(empty!.y + empty!.height - (line!.y + line!.height)).toBeLessThan(40);
    expect(filled!.height).toBeGreaterThan(3 * empty!.height);
    // At a side panel's width the cards stack inside the page: nothing scrolls sideways (the two-card rows
    // asked for 420 px each and made the page 460 px wide at 360).
    const wide = page.viewportSize()!;
    await page.setViewportSize({ width: 360, height: 720 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize(wide);
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
    await page.getByRole('button', { name: 'Add asset' }).click();
    await page.getByRole('dialog', { name: 'New asset' }).waitFor();
    expect(await seriousViolations(page), 'editor').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByRole('dialog', { name: 'Import content' }).waitFor();
    expect(await seriousViolations(page), 'import dialog').toEqual([]);
    await page.keyboard.press('Escape');
    expect(tailor.errors).toEqual([]);
  });

  it('shows an asset’s first tags, and all of them behind "+N" from the keyboard and to screen readers', async () => {
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
    const cell = page.locator('.lt-body .col-tags:has(.lt-more)').first();
    await cell.waitFor();
    const more = cell.locator('.lt-more');
    const visible = await cell.locator('.lt-tag').allTextContents();
    const hidden = Number(/^\+(\d+)/.exec((await more.textContent())!)![1]);
    // Every tag is in the cell's text (what a screen reader reads), the shown ones first.
    const all = (await cell.locator(':scope > .visually-hidden').textContent())!.split(', ');
    expect(all).toHaveLength(visible.length + hidden);
    expect(all.slice(0, visible.length)).toEqual(visible);
    // Each shown tag is drawn whole or ellipsised inside its cell, never cut by the cell's edge.
    const fits = await cell.evaluate((c) => [...c.querySelectorAll('.lt-tag, .lt-more')].every((t) => t.getBoundingClientRect().right <= c.getBoundingClientRect().right + 0.5));
    expect(fits).toBe(true);
    await more.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator('.lt-tags-pop:popover-open');
    await pop.waitFor();
    expect((await pop.locator('li').allTextContents()).sort()).toEqual([...all].sort());
    expect(await seriousViolations(page), 'the tags popover open').toEqual([]);
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'detached' }).catch(async () => expect(await pop.count()).toBe(0));
    expect(await page.locator('.lt-tags-pop:popover-open').count()).toBe(0);
  });

  it('keeps each asset’s title readable in a window 360 pixels wide, and says so under the header when nothing matches', async () => {
    await page.setViewportSize({ width: 360, height: 720 });
    try {
      await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
      const title = page.locator('.lt-body .lt-title').first();
      await title.waitFor();
      const box = (await title.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(100);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      // A long title wraps onto a second line instead of being cut after a word or two, inside its row.
      const lines = await title.evaluate((t) => {
        const row = t.closest('.lt-row')!.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return { lines: Math.round(r.height / parseFloat(getComputedStyle(t).lineHeight)), inRow: r.top >= row.top && r.bottom <= row.bottom };
      });
      expect(lines).toEqual({ lines: 2, inRow: true });
      // The sections: one row under the logo that scrolls sideways, not three rows beside it.
      const nav = page.getByRole('navigation', { name: 'Sections' });
      const tops = await nav.getByRole('link').evaluateAll((as) => [...new Set(as.map((a) => Math.round(a.getBoundingClientRect().top)))]);
      expect(tops).toHaveLength(1);
      expect(await nav.evaluate((n) => n.scrollWidth > n.clientWidth)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect((await page.locator('.options-header').boundingBox())!.height).toBeLessThan(100);
      // The open section, the last one, scrolls into view: opened there, and when the window narrows.
      const settingsInView = () => nav.getByRole('link', { name: 'Settings' }).evaluate((a) => { const r = a.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth; });
      await page.evaluate(() => (location.hash = '#settings'));
      await expect.poll(settingsInView).toBe(true);
      await page.setViewportSize({ width: 1280, height: 800 });
      await nav.evaluate((n) => (n.scrollLeft = 0));
      await page.setViewportSize({ width: 360, height: 720 });
      await expect.poll(settingsInView).toBe(true);
      await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
      // A search that matches nothing: the message is on screen, right under the header.
      await page.getByRole('searchbox', { name: 'Search assets' }).fill('zzzz no such asset');
      const none = page.getByText('No assets match the search and filters.');
      await none.waitFor();
      expect(await none.isVisible()).toBe(true);
      expect((await none.boundingBox())!.y + 20).toBeLessThanOrEqual(720);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('previews a CSV with broken rows, naming them, and writes nothing until confirmed', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(brokenCsv);
    await dialog.getByTestId('import-summary').waitFor();
    expect(await dialog.getByTestId('import-summary').textContent()).toBe('1 to add, 0 to update, 0 unchanged, 4 rejected.');
    const rejected = await dialog.locator('.rejected tbody tr').allTextContents();
    expect(rejected.map((r) => r.slice(0, 5))).toEqual(['row 3', 'row 4', 'row 5', 'row 6']);
    expect(rejected[0]).toContain('javascript: URLs are not allowed');
    expect(await countRows(tailor.worker, 'assets')).toBe(sample.assets.length);
    // Replacing with a file whose rows were rejected would remove the assets those rows stood for.
    expect(await dialog.getByRole('radio', { name: /^Replace/ }).isDisabled()).toBe(true);

    await dialog.getByRole('button', { name: 'Import 1 asset, skip 4 rejected' }).click();
    await dialog.getByTestId('import-done').waitFor();
    expect(await countRows(tailor.worker, 'assets')).toBe(sample.assets.length + 1);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('shows a warning about the whole file unfolded above the import button', async () => {
    // "Café" saved as Windows-1252 by Excel: its é is not UTF-8.
    const file = path.join(os.tmpdir(), `tailor-cp1252-${process.pid}.csv`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('title,url,type\nCaf'), Buffer.from([0xe9]), Buffer.from(' guide,https://e.example/cafe,ebook\n')]));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(file);
    const banner = dialog.getByTestId('import-file-warnings');
    await banner.waitFor();
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.evaluate((b) => b.closest('details'))).toBeNull();
    // Read as Excel saved it, and said so: the title keeps its é.
    expect(await banner.textContent()).toContain('read as Windows-1252');
    const [above, button] = await Promise.all([banner.boundingBox(), dialog.getByRole('button', { name: 'Import 1 asset' }).boundingBox()]);
    expect(above!.y + above!.height).toBeLessThanOrEqual(button!.y);
    expect(await seriousViolations(page), 'a file warning in the preview').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    fs.rmSync(file);
  });

  it('imports the development pack by merging it', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(devPackPath);
    await dialog.getByTestId('import-summary').waitFor();
    expect(await dialog.getByTestId('import-summary').textContent()).toBe(`${devPack.assets.length} to add, 0 to update, 0 unchanged.`);
    await dialog.getByRole('button', { name: `Import ${devPack.assets.length} assets` }).click();
    await dialog.getByTestId('import-done').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const total = sample.assets.length + 1 + devPack.assets.length;
    await page.getByTestId('library-summary').getByText(`${total} assets`).waitFor();
    expect(await countRows(tailor.worker, 'assets')).toBe(total);
  });

  it('has nothing to import from the development pack a second time, and says so beside the disabled button', async () => {
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(devPackPath);
    await dialog.getByTestId('import-summary').waitFor();
    expect(await dialog.getByTestId('import-summary').textContent()).toBe(`0 to add, 0 to update, ${devPack.assets.length} unchanged.`);
    expect(await dialog.getByRole('button', { name: `Import ${devPack.assets.length} assets` }).isDisabled()).toBe(true);
    expect(await dialog.getByTestId('import-nothing').textContent()).toBe('Nothing to import: every asset is already in the library as it is.');
    expect(await seriousViolations(page), 'a preview with nothing to import').toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('adds a taxonomy pack of no assets: the button says so, and the entries are written', async () => {
    const entries = (...labels: string[]) => labels.map((label) => ({ id: `nu-${label.toLowerCase().replace(/\W+/g, '-')}`, label, aliases: [] }));
    const file = path.join(os.tmpdir(), `tailor-taxonomy-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify({
      format: 'tailor-library', version: 1,
      taxonomy: { personas: entries('Fleet planner', 'Operations manager, EMEA'), industries: entries('Cold chain'), painPoints: [] },
      assets: [],
    }));
    const before = await countRows(tailor.worker, 'taxonomy');
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(file);
    const add = dialog.getByRole('button', { name: 'Add 3 taxonomy entries' });
    await add.waitFor();
    expect(await dialog.getByRole('radio', { name: /^Replace/ }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('list', { name: 'New personas' }).getByRole('listitem').allTextContents()).toEqual(['Fleet planner', 'Operations manager, EMEA']);
    expect(await seriousViolations(page), 'a taxonomy pack’s preview').toEqual([]);
    await add.click();
    await dialog.getByTestId('import-done').waitFor();
    expect(await dialog.getByTestId('import-done').textContent()).toBe(`Imported ${path.basename(file)}: 3 taxonomy entries added.`);
    expect(await countRows(tailor.worker, 'taxonomy')).toBe(before + 3);
    await dialog.getByRole('button', { name: 'Done' }).click();
    fs.rmSync(file);
  });

  it('renames an entry from a pack saved as Windows-1252: the preview lists the rename under the file\'s warning, and it is written', async () => {
    // The pack gives "Fleet planner" (added above) another label with an é, its bytes Windows-1252, not UTF-8.
    const file = path.join(os.tmpdir(), `tailor-rename-${process.pid}.json`);
    const pack = { format: 'tailor-library', version: 1, taxonomy: { personas: [{ id: 'nu-fleet-planner', label: 'Fleet planner, Café routes', aliases: [] }], industries: [], painPoints: [] }, assets: [] };
    fs.writeFileSync(file, Buffer.from(JSON.stringify(pack), 'latin1'));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.locator('input[type=file]').setInputFiles(file);
    const rename = dialog.getByRole('button', { name: 'Rename 1 taxonomy entry' });
    await rename.waitFor();
    expect(await dialog.getByTestId('import-file-warnings').textContent()).toContain('read as Windows-1252');
    expect(await dialog.getByRole('list', { name: 'Renamed taxonomy entries' }).getByRole('listitem').allTextContents()).toEqual([
      'Persona “Fleet planner” becomes “Fleet planner, Café routes”',
    ]);
    expect(await seriousViolations(page), 'a preview of a rename').toEqual([]);
    await rename.click();
    await dialog.getByTestId('import-done').waitFor();
    expect(await dialog.getByTestId('import-done').textContent()).toBe(`Imported ${path.basename(file)}: 1 taxonomy entry renamed.`);
    const rows = await readStore<{ kind: string; id: string; label: string }>(tailor, 'taxonomy');
    expect(rows.find((r) => r.kind === 'personas' && r.id === 'nu-fleet-planner')?.label).toBe('Fleet planner, Café routes');
    await dialog.getByRole('button', { name: 'Done' }).click();
    fs.rmSync(file);
  });

  it('adds the new names of the CSV rows it imports, not those only a rejected row names', async () => {
    const file = path.join(os.tmpdir(), `tailor-new-names-${process.pid}.csv`);
    fs.writeFileSync(
      file,
      'title,url,type,personas,painPoints\n' +
        'Dispatch guide,https://www.tidewell.example/dispatch,video,Route dispatcher,\n' +
        'Broken link,ftp://www.tidewell.example/broken,video,Depot manager,Idle trucks\n',
    );
    const before = new Set((await readStore<{ kind: string; id: string }>(tailor, 'taxonomy')).map((r) => `${r.kind}:${r.id}`));
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import content' });
    await dialog.getByLabel('Add personas, industries and pain points the file names that are not in the taxonomy yet').check();
    await dialog.locator('input[type=file]').setInputFiles(file);
    const confirm = dialog.getByRole('button', { name: 'Import 1 asset and 1 taxonomy entry, skip 1 rejected' });
    await confirm.waitFor();
    expect(await dialog.getByRole('list', { name: 'New personas' }).getByRole('listitem').allTextContents()).toEqual(['Route dispatcher']);
    expect(await dialog.getByRole('list', { name: 'New pain points' }).count()).toBe(0);
    await confirm.click();
    await dialog.getByTestId('import-done').waitFor();
    const added = (await readStore<{ kind: string; id: string; label: string }>(tailor, 'taxonomy')).filter((r) => !before.has(`${r.kind}:${r.id}`));
    expect(added.map((r) => `${r.kind}: ${r.label}`)).toEqual(['personas: Route dispatcher']);
    await dialog.getByRole('button', { name: 'Done' }).click();
    fs.rmSync(file);
  });

  it('edits and tags an asset', async () => {
    const target = sample.assets[0];
    await page.getByPlaceholder('Search titles, URLs, descriptions, tags').fill(target.title);
    await page.getByRole('button', { name: `Edit ${target.title}` }).click();
    const editor = page.getByRole('dialog', { name: 'Edit asset' });
    await editor.getByLabel('Title').fill(`${target.title} (2026 update)`);
    const persona = sample.taxonomy.personas.find((p: { id: string }) => !target.personas.includes(p.id));
    await editor.getByRole('button', { name: persona.label, exact: true }).click();
    await editor.getByLabel('URL').fill('javascript:alert(1)');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.getByText('javascript: URLs are not allowed').waitFor();
    await editor.getByLabel('URL').fill(target.url);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await editor.waitFor({ state: 'detached' });
    const stored = (await readStore<{ id: string; title: string; personas: string[] }>(tailor, 'assets')).find((a) => a.id === target.id)!;
    expect(stored.title).toBe(`${target.title} (2026 update)`);
    expect(stored.personas).toEqual([...target.personas, persona.id]);
    await page.getByPlaceholder('Search titles, URLs, descriptions, tags').fill('');
  });

  it('suggests tags from a new asset’s title and description, one click each', async () => {
    await page.getByRole('button', { name: 'Add asset' }).click();
    const editor = page.getByRole('dialog', { name: 'New asset' });
    await editor.getByLabel('Title').fill('What your CFO wants to hear about support costs');
    await editor.getByLabel('Description').fill('For teams whose tickets are piling up.');
    const suggested = editor.getByRole('group', { name: 'Suggested tags' });
    await suggested.getByRole('button', { name: '+ Persona: Finance executive' }).click();
    expect(await editor.getByRole('button', { name: 'Finance executive', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await suggested.getByRole('button', { name: /\+ Pain point: Ticket backlog/ }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('previews which recently seen prospects an alias would catch', async () => {
    await tailor.worker.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('tailor');
          open.onsuccess = () => {
            const tx = open.result.transaction('prospects', 'readwrite');
            tx.objectStore('prospects').put({ key: 'hubspot:contact:9', prospect: { name: 'Ines Moreau', title: 'Guest Relations Lead' }, context: { personas: [], industries: [], painPoints: [] }, firstSeenAt: 1, lastSeenAt: Date.now(), views: 1 });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#taxonomy`);
    const persona = sample.taxonomy.personas.find((p: { id: string }) => p.id === 'support-leader');
    await page.getByRole('button', { name: `Edit ${persona.label}` }).click();
    const aliases = page.getByLabel('Aliases');
    await page.getByText('No recently seen prospect would be read as this.').waitFor();
    await aliases.fill(`${await aliases.inputValue()}\nGuest Relations Lead`);
    await page.getByText('Recently seen prospects read as this: Ines Moreau, Guest Relations Lead.').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
    await page.getByTestId('library-summary').waitFor();
  });

  it('archives two assets in bulk and undoes it', async () => {
    const [a, b] = sample.assets.slice(1, 3);
    const search = page.getByPlaceholder('Search titles, URLs, descriptions, tags');
    for (const asset of [a, b]) {
      await search.fill(asset.title);
      await page.getByRole('checkbox', { name: `Select ${asset.title}` }).check();
    }
    await search.fill('');
    await page.getByRole('region', { name: 'Selected assets' }).getByText('2 selected').waitFor();
    await page.getByRole('region', { name: 'Selected assets' }).getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('status').getByText('Archived 2 assets.').waitFor();
    const archived = () =>
      readStore<{ id: string; archived?: boolean }>(tailor, 'assets').then((rows) => rows.filter((r) => r.archived).map((r) => r.id).sort());
    expect(await archived()).toEqual([a.id, b.id].sort());
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(archived).toEqual([]);
    await page.getByRole('button', { name: 'Clear selection' }).click();
  });

  it('merges a persona into another and leaves every asset’s tags valid', async () => {
    const [from, into] = sample.taxonomy.personas;
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#taxonomy`);
    await page.getByRole('button', { name: `Merge ${from.label} into another` }).click();
    await page.getByLabel(`Merge "${from.label}" into`).selectOption(into.id);
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('button', { name: `Merge ${from.label} into another` }).waitFor({ state: 'detached' });
    const personas = (await readStore<{ kind: string; id: string }>(tailor, 'taxonomy')).filter((r) => r.kind === 'personas').map((r) => r.id);
    expect(personas).not.toContain(from.id);
    const assets = await readStore<{ personas: string[]; industries: string[]; painPoints: string[] }>(tailor, 'assets');
    const ids = new Set((await readStore<{ kind: string; id: string }>(tailor, 'taxonomy')).map((r) => `${r.kind}:${r.id}`));
    for (const a of assets) for (const kind of ['personas', 'industries', 'painPoints'] as const) for (const id of a[kind]) expect(ids.has(`${kind}:${id}`)).toBe(true);
    expect(assets.filter((a) => a.personas.includes(into.id)).length).toBeGreaterThan(sample.assets.filter((a: { personas?: string[] }) => a.personas?.includes(into.id)).length);
  });

  it('exports a JSON pack and a formula-safe CSV that tailor validate accepts', async () => {
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#library`);
    await page.getByTestId('library-summary').waitFor();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-export-'));
    for (const [label, name] of [['All as JSON pack', 'export.json'], ['All as CSV', 'export.csv']] as const) {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const file = path.join(dir, name);
      await download.saveAs(file);
      let out = '';
      const code = await main(['validate', file, ...(name.endsWith('.csv') ? ['--base', path.join(dir, 'export.json')] : [])], {
        stdout: (t) => (out += t),
        stderr: () => undefined,
        cwd: dir,
      });
      expect(code, out).toBe(0);
      expect(JSON.parse(out).assets).toBe(await countRows(tailor.worker, 'assets'));
    }
  });

  it('opens the editor prefilled when "Add this page to Tailor" hands over a page, from any section', async () => {
    // The options page is already open, on another section.
    await page.goto(`chrome-extension://${tailor.extensionId}/options.html#settings`);
    await page.getByRole('heading', { name: 'Settings', level: 2 }).waitFor();
    await tailor.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.set({
        pageDraft: {
          url: 'https://vendor.example/resources/webinars/q3-roadmap?utm_source=x',
          title: 'Q3 roadmap webinar | Vendor',
          head: '<meta property="og:title" content="Q3 roadmap webinar"><meta property="og:description" content="What ships this quarter."><script>document.title="pwned"</script>',
        },
      }),
    );
    const editor = page.getByRole('dialog', { name: 'New asset' });
    await editor.waitFor();
    expect(await editor.getByLabel('Title').inputValue()).toBe('Q3 roadmap webinar');
    expect(await editor.getByLabel('URL').inputValue()).toBe('https://vendor.example/resources/webinars/q3-roadmap');
    expect(await editor.getByLabel('Type').inputValue()).toBe('webinar');
    expect(await editor.getByLabel('Description').inputValue()).toBe('What ships this quarter.');
    expect(await page.title()).toBe('Tailor: library and settings');
    await editor.getByRole('button', { name: 'Add asset' }).click();
    await editor.waitFor({ state: 'detached' });
    const added = (await readStore<{ url: string; origin: string }>(tailor, 'assets')).find((a) => a.url.includes('q3-roadmap'));
    expect(added?.origin).toBe('local');
    expect(tailor.errors).toEqual([]);
  });
});

describe('an empty library in Chromium', () => {
  it('says it is empty and what to do next, instead of an empty table', async () => {
    const tailor = await launchTailor();
    try {
      await waitUntil(() => countRows(tailor.worker, 'assets'), (n) => n === sample.assets.length, 'the sample library');
      await tailor.worker.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('tailor');
            open.onsuccess = () => {
              const tx = open.result.transaction('assets', 'readwrite');
              tx.objectStore('assets').clear();
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      const page = await tailor.openPage('options.html#library');
      const empty = page.getByTestId('library-empty');
      await empty.waitFor();
      expect(await empty.textContent()).toContain('Your library is empty.');
      expect(await empty.textContent()).toContain('Import…');
      expect(await page.getByRole('table', { name: 'Assets' }).count()).toBe(0);
      await empty.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Team library feed' }).waitFor();
      expect(tailor.errors).toEqual([]);
    } finally {
      await tailor.close();
    }
  });
});
