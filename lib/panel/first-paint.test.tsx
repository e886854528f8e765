// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ProspectCard } from '@/components/prospect-card';
import { SuggestionList } from '@/components/suggestion-list';
import { WritingTo } from '@/components/writing-to';
import type { TabMail } from '../mail/tab-mail';
import { emptyTaxonomy, type Asset, type Prospect } from '../model';
import { readPack } from '../pack/pack';
import { FIRST_SUGGESTION_TIMING, buildFirstPaint, isPanelView, pinnedTabId, prospectCard, suggestionList, writingTo } from './first-paint';
import { emptyCorrection, withChip } from './corrections';
import { computePanelView } from './model';
import { panelLibrary } from './suggest';
import type { PanelView } from './view';

const sample = readPack(fs.readFileSync(path.resolve(__dirname, '../../public/sample-library.json'), 'utf8'), { file: 'sample-library.json' });
if (!sample.ok) throw new Error('the sample library must read');
const library = panelLibrary(sample.value.assets as Asset[], sample.value.taxonomy);

const dana: Prospect = {
  name: 'Dana Whitfield',
  title: 'VP Customer Support',
  company: 'Mercy Regional Health',
  industry: 'Hospitals and Health Care',
  notes: 'The ticket backlog doubled this quarter and agents are burning out.',
  source: { crm: 'salesforce', recordType: 'contact', recordId: '0035g00000XyZabAAB' },
};
const viewOf = (p: Prospect): PanelView => computePanelView(library, p, { correction: undefined, feedback: [] }, '2026-06-01', 1);

/** An element tree as data: tag, attributes (sorted), and children with adjacent text joined. */
type Tree = string | { tag: string; attrs: Record<string, string>; children: Tree[] };
function tree(node: Node): Tree[] {
  const out: Tree[] = [];
  for (const c of node.childNodes) {
    if (c.nodeType === 3) {
      const text = c.textContent ?? '';
      if (typeof out.at(-1) === 'string') out[out.length - 1] += text;
      else if (text) out.push(text);
    } else if (c.nodeType === 1) {
      const e = c as Element;
      const attrs: Record<string, string> = {};
      for (const a of [...e.attributes].sort((x, y) => x.name.localeCompare(y.name))) attrs[a.name] = a.value;
      // A boolean property set by Preact (disabled, checked) shows as its attribute.
      if ((e as HTMLButtonElement).disabled) attrs.disabled = '';
      out.push({ tag: e.tagName.toLowerCase(), attrs, children: tree(e) });
    }
  }
  return out;
}
function preactTree(vnode: preact.ComponentChild): Tree[] {
  const host = document.createElement('div');
  render(vnode, host);
  return tree(host);
}
function domTree(e: Node): Tree[] {
  const host = document.createElement('div');
  host.append(e);
  return tree(host);
}
const nothing = () => undefined;

describe('the first paint', () => {
  const views = {
    'a contact with personas, industry and pain points': viewOf(dana),
    'a deal at a won stage': viewOf({ company: 'Globex', title: 'CFO', stage: 'Closed Won', source: { crm: 'hubspot', recordType: 'deal', recordId: '9' } }),
    'a prospect nothing is known about': viewOf({ name: 'Sam', source: { crm: 'pipedrive', recordType: 'person', recordId: '1' } }),
    'a record the rep corrected': computePanelView(
      library,
      dana,
      { correction: withChip(emptyCorrection('salesforce:contact:0035g00000XyZabAAB'), 'industries', 'banking-insurance', 'add', 1), feedback: [] },
      '2026-06-01',
      1,
    ),
  };

  it('knows which views carry the rep’s correction', () => {
    expect(views['a record the rep corrected'].corrected).toBe(true);
    expect(views['a contact with personas, industry and pain points'].corrected).toBeUndefined();
  });

  it.each(Object.entries(views))('paints the prospect card exactly as the component does, waiting: %s', (_, view) => {
    expect(domTree(prospectCard(document, view))).toEqual(
      preactTree(<ProspectCard prospect={view.prospect} chips={view.chips} stageLabel={view.stageLabel} taxonomy={emptyTaxonomy()} corrected={view.corrected === true} onRemoveChip={nothing} onAddChip={nothing} onEditFields={nothing} onResetCorrections={nothing} waiting />),
    );
  });

  it.each(Object.entries(views))('paints the suggestions exactly as the component does, waiting: %s', (_, view) => {
    expect(view.items.length).toBeGreaterThan(0);
    const painted = suggestionList(document, view.items);
    // Only the first title is marked for Element Timing (the bench reads when it reached the screen).
    const timed = [...painted.querySelectorAll('[elementtiming]')];
    expect(timed.map((e) => [e.getAttribute('elementtiming'), e.textContent])).toEqual([[FIRST_SUGGESTION_TIMING, view.items[0]!.title]]);
    expect(timed[0]!.id).toBe(`s-${view.items[0]!.id}-title`);
    timed[0]!.removeAttribute('elementtiming');
    expect(domTree(painted)).toEqual(
      preactTree(<SuggestionList label="Suggested content" items={view.items} selected={new Set()} onSelect={nothing} onOpen={nothing} onCopyLink={nothing} onCopyEmail={nothing} onNotRelevant={nothing} onFlag={nothing} waiting />),
    );
  });

  it.each(Object.entries(views))('writing an email, paints Insert into email on each suggestion exactly as the component does, waiting: %s', (_, view) => {
    const painted = suggestionList(document, view.items, true);
    painted.querySelector('[elementtiming]')!.removeAttribute('elementtiming');
    expect(domTree(painted)).toEqual(
      preactTree(<SuggestionList label="Suggested content" items={view.items} selected={new Set()} onSelect={nothing} onOpen={nothing} onCopyLink={nothing} onCopyEmail={nothing} onNotRelevant={nothing} onFlag={nothing} onInsert={nothing} waiting />),
    );
    expect([...painted.querySelectorAll('li .s-actions')].map((a) => [...a.querySelectorAll('button')].map((b) => b.textContent))).toEqual(view.items.map(() => ['Insert into email', 'Copy link', 'More ▾']));
  });

  const mail: TabMail = {
    client: 'gmail',
    composeId: 'c1',
    recipients: ['dana@mercy.example', 'ops@mercy.example'],
    reply: false,
    open: true,
    match: { recipient: 'dana@mercy.example', by: 'email', key: 'salesforce:contact:0035g00000XyZabAAB', lastSeenAt: Date.now() - 2 * 3_600_000 - 60_000 },
    updatedAt: 1,
  };

  it.each([
    ['matched by address', mail],
    ['matched by the company', { ...mail, match: { ...mail.match!, by: 'website' as const } }],
    ['closed', { ...mail, open: false }],
  ])('paints "Writing to …" exactly as the component does: %s', (_, m) => {
    const view = viewOf(dana);
    const now = Date.now();
    expect(domTree(writingTo(document, m, view))).toEqual(preactTree(<WritingTo mail={m} prospect={view.prospect} now={now} recent={[]} onPick={nothing} />));
  });

  it('writing an email, lays out the banner above the card, and Insert into email only while the email is open', () => {
    const view = viewOf(dana);
    const open = buildFirstPaint(document, { view, mail, tabId: 7, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect([...open.querySelector('main')!.children].map((e) => e.className || e.id)).toEqual(['writing-to', 'prospect-card', 'tabs', 'panel-suggested', 'ask']);
    expect(open.querySelector('.writing-to')!.textContent).toBe('Writing to dana@mercy.example and 1 more: Dana Whitfield, Salesforce contact seen 2 h ago');
    expect(open.querySelectorAll('.suggestion .s-actions button.primary')).toHaveLength(view.items.length);
    expect([...open.querySelectorAll('.suggestion .s-actions button.primary')].every((b) => b.textContent === 'Insert into email' && (b as HTMLButtonElement).disabled)).toBe(true);
    const closed = buildFirstPaint(document, { view, mail: { ...mail, open: false }, tabId: 7, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(closed.querySelector('.writing-to [role="status"]')!.textContent).toBe('That email is closed: click in an open one to insert content.');
    expect([...closed.querySelectorAll('.suggestion .s-actions button.primary')].map((b) => b.textContent)).toEqual(view.items.map(() => 'Copy link'));
  });

  it('makes links of http(s) addresses only, and text of anything else', () => {
    const view = viewOf(dana);
    const items = [
      { ...view.items[0]!, id: 'a', title: 'Script', url: 'javascript:alert(1)' },
      { ...view.items[0]!, id: 'b', title: '<img src=x onerror=alert(1)>', url: 'https://example.com/x' },
      { ...view.items[0]!, id: 'c', title: 'Data', url: 'data:text/html,<b>x</b>' },
    ];
    const list = suggestionList(document, items);
    expect([...list.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.com/x']);
    expect(list.querySelector('#s-b-title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('#s-a-title span')!.textContent).toBe('Script');
  });

  it('lays out the whole panel as the full panel does: header, card, tabs, list, ask; every action waiting', () => {
    const view = viewOf(dana);
    const onPopOut = vi.fn();
    const onOpenOptions = vi.fn((e: Event) => e.preventDefault());
    const panel = buildFirstPaint(document, { view, tabId: 7, pinned: false, onOpenOptions, onPopOut });
    expect([...panel.querySelector('main')!.children].map((e) => e.className || e.id)).toEqual(['prospect-card', 'tabs', 'panel-suggested', 'ask']);
    expect(panel.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe('Suggested');
    expect(panel.querySelectorAll('[aria-label="Suggested content"] > li')).toHaveLength(view.items.length);
    expect([...panel.querySelectorAll('main button')].every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    // The selection boxes wait inert, not disabled (a disabled box is drawn greyed, and would change on screen).
    const boxes = [...panel.querySelectorAll<HTMLInputElement>('main input[type="checkbox"]')];
    expect(boxes).toHaveLength(view.items.length);
    expect(boxes.every((b) => b.hasAttribute('inert') && !b.disabled)).toBe(true);
    // The header's actions work at once.
    (panel.querySelector('.header-actions button') as HTMLButtonElement).click();
    expect(onPopOut).toHaveBeenCalledWith(7);
    (panel.querySelector('.header-actions a') as HTMLAnchorElement).click();
    expect(onOpenOptions).toHaveBeenCalledTimes(1);
  });

  it('starts an empty line of the glance with a capital, as its chips do', () => {
    const card = prospectCard(document, views['a deal at a won stage']);
    expect(card.querySelector('.glance-who')!.textContent).not.toMatch(/^No /);
    expect(card.querySelector('.glance-pains')!.textContent).toBe(', pain points: No pain point read');
    const contact = views['a contact with personas, industry and pain points'];
    const painsOnly = { ...contact, chips: contact.chips.filter((c) => c.kind === 'painPoints') };
    expect(painsOnly.chips.length).toBeGreaterThan(0);
    expect(prospectCard(document, painsOnly).querySelector('.glance-who')!.textContent).toBe('No persona or industry read');
  });

  it('says beside the tabs what the boxes are for, while there are suggestions', () => {
    const panel = buildFirstPaint(document, { view: viewOf(dana), tabId: 7, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(panel.querySelector('.tabs .pick-hint')!.textContent).toBe('Tick to copy several');
    expect(panel.querySelector('[role="tablist"] .pick-hint')).toBeNull();
  });

  it('offers no Pop out when the panel is pinned, and says it is loading when nothing was prepared', () => {
    const panel = buildFirstPaint(document, { tabId: 7, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(panel.querySelector('.header-actions')!.textContent).toBe('Library');
    expect(panel.querySelector('main')!.textContent).toBe('Loading suggestions…');
    expect(panel.querySelector('[role="status"]')).not.toBeNull();
  });

  it('shows a deal’s credit as the full panel does, and the notes for weak or general picks', () => {
    const won = buildFirstPaint(document, { view: views['a deal at a won stage'], tabId: 1, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(won.querySelector('.deal-won')!.textContent).toBe('Won deal: content shared with Globex before the win counts toward it in Insights.');
    const open = buildFirstPaint(document, { view: { ...views['a deal at a won stage'], prospect: { ...views['a deal at a won stage'].prospect, stage: 'Proposal' } }, tabId: 1, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(open.querySelector('main > button')!.textContent).toBe('Deal won? Credit the content shared');
    const general = buildFirstPaint(document, { view: { ...viewOf(dana), general: true, weak: false }, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(general.querySelector('#panel-suggested > p')!.textContent).toBe('Nothing is known about this prospect yet: here is broadly useful content.');
    const weak = buildFirstPaint(document, { view: { ...viewOf(dana), general: false, weak: true }, pinned: true, onOpenOptions: nothing, onPopOut: nothing });
    expect(weak.querySelector('.weak-note')).not.toBeNull();
    expect(weak.querySelector('.ask button')!.className).toBe('primary');
  });

  it('checks what it reads from storage, and which tab it was given', () => {
    expect(isPanelView(viewOf(dana))).toBe(true);
    expect(isPanelView({ items: 'x', chips: [], detectedAt: 1 })).toBe(false);
    expect(isPanelView(undefined)).toBe(false);
    expect(pinnedTabId('?tabId=12')).toBe(12);
    expect(pinnedTabId('?tabId=-1')).toBeUndefined();
    expect(pinnedTabId('?tabId=abc')).toBeUndefined();
    expect(pinnedTabId('')).toBeUndefined();
  });
});
