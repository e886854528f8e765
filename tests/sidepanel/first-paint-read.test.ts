// @vitest-environment happy-dom
// The panel's first script (entrypoints/sidepanel/first-paint.ts) following the window's active tab: it
// reads that tab's prepared view and email alone, in one call, not the whole session area, which holds every tab's record and view.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Asset } from '@/lib/model';
import { computePanelView } from '@/lib/panel/model';
import { panelLibrary } from '@/lib/panel/suggest';
import { readPack } from '@/lib/pack/pack';

// The full panel, loaded once the first paint is on screen, is not what this test is about.
vi.mock('@/entrypoints/sidepanel/main', () => ({}));

const sample = readPack(fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8'), { file: 'sample-library.json' });
if (!sample.ok) throw new Error('the sample library must read');
const library = panelLibrary(sample.value.assets as Asset[], sample.value.taxonomy);
const viewFor = (name: string, title: string, detectedAt: number) =>
  computePanelView(library, { name, title, source: { crm: 'hubspot', recordType: 'contact', recordId: name } }, { correction: undefined, feedback: [] }, '2026-12-02', detectedAt);

it('paints the active tab’s prepared view from that one item, not from every tab’s', async () => {
  fakeBrowser.reset();
  await fakeBrowser.windows.create({ focused: true });
  const others = await Promise.all(Array.from({ length: 50 }, (_, i) => fakeBrowser.tabs.create({ url: `https://app.hubspot.com/contacts/1/record/0-1/${i}`, active: false })));
  const tab = await fakeBrowser.tabs.create({ url: 'https://app.hubspot.com/contacts/1/record/0-1/dana', active: true });
  const mine = viewFor('Dana Whitfield', 'VP Customer Support', 1);
  const stored: Record<string, unknown> = { [`view:${tab.id}`]: mine };
  for (const other of others) stored[`view:${other.id}`] = viewFor(`Rep ${other.id}`, 'CFO', 2);
  await fakeBrowser.storage.session.set(stored);
  const get = vi.spyOn(fakeBrowser.storage.session, 'get');
  const container = document.createElement('div');
  container.id = 'first-paint';
  document.body.append(container);

  await import('@/entrypoints/sidepanel/first-paint');
  await vi.waitFor(() => expect(performance.getEntriesByName('tailor:first-paint')).toHaveLength(1));

  expect(container.querySelector('#prospect-name')?.textContent).toBe('Dana Whitfield');
  expect(container.querySelector('.s-title')?.textContent).toBe(mine.items[0]!.title);
  expect(get.mock.calls, 'the followed tab’s view and email, in one call, nothing else').toEqual([[[`view:${tab.id}`, `mail:${tab.id}`]]]);
});
