// The side panel's first paint, built with plain DOM calls: what the background prepared for the record
// on screen (a PanelView), laid out exactly as the full panel lays it out, with its actions waiting.
// It runs before Preact, the database and the matcher have loaded (a few kilobytes of script instead of
// hundreds), and the full panel replaces it with the same view once it can act. No innerHTML: every
// piece of text is a text node, and only http(s) addresses become links.
import { EMAIL_CLOSED } from '../mail/writing-to';
import type { TabMail } from '../mail/tab-mail';
import { ASSET_TYPE_LABELS, isDealRecord, recordKey } from '../model';
import { isHttpUrl } from '../url';
import { accountKey, isWonStage } from '../usage/outcomes';
import type { Chip } from './suggest';
import { glanceChipClass, glanceOf, reasonLines, type PanelItem, type PanelView } from './view';
import { secondLine, writingToLines } from './writing-to-lines';

type Child = Node | string | null | undefined | false;

/** An element with its attributes (false/undefined left out, true as an empty attribute) and children. */
function el(doc: Document, tag: string, attrs: Record<string, string | boolean | undefined>, ...children: Child[]): HTMLElement {
  const e = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    e.setAttribute(name, value === true ? '' : value);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

export interface FirstPaintInput {
  /** What the background prepared for the followed tab's record, if anything. */
  view?: PanelView;
  /** The email being written in the followed tab, if any: its banner, and Insert into email while it is open. */
  mail?: TabMail;
  /** The tab the panel follows, and whether it is pinned to it (a popped-out panel). */
  tabId?: number;
  pinned: boolean;
  /** The header's actions work at once; everything about the suggestions waits for the full panel. */
  onOpenOptions: (e: Event) => void;
  onPopOut: (tabId: number) => void;
}

/** The whole panel as its first paint: the same elements, classes and text as the full panel's. */
export function buildFirstPaint(doc: Document, input: FirstPaintInput): HTMLElement {
  const { view, mail, tabId, pinned } = input;
  const library = el(doc, 'a', { href: '/options.html', class: 'small-text' }, 'Library');
  library.addEventListener('click', input.onOpenOptions);
  let popOut: HTMLElement | null = null;
  if (!pinned && tabId !== undefined) {
    popOut = el(doc, 'button', { type: 'button', class: 'small quiet', title: 'Open this panel in its own window, pinned to this tab' }, 'Pop out');
    popOut.addEventListener('click', () => input.onPopOut(tabId));
  }
  return el(
    doc,
    'div',
    { class: 'panel' },
    el(doc, 'header', { class: 'panel-header' }, el(doc, 'div', { class: 'brand' }, el(doc, 'img', { src: '/icon/48.png', alt: '' }), el(doc, 'h1', {}, 'Tailor')), el(doc, 'div', { class: 'header-actions' }, popOut, library)),
    el(doc, 'main', {}, ...(view ? viewBody(doc, view, mail) : [el(doc, 'p', { class: 'state', role: 'status' }, 'Loading suggestions…')])),
    el(doc, 'div', { class: 'panel-footer' }),
  );
}

function viewBody(doc: Document, view: PanelView, mail: TabMail | undefined): Child[] {
  const account = accountKey(view.prospect);
  const deal = recordKey(view.prospect.source) && account && isDealRecord(view.prospect.source);
  return [
    mail ? writingTo(doc, mail, view) : null,
    prospectCard(doc, view),
    deal ? dealWon(doc, view.prospect.company ?? account, isWonStage(view.prospect.stage)) : null,
    el(
      doc,
      'div',
      { class: 'tabs' },
      el(
        doc,
        'div',
        { class: 'tab-list', role: 'tablist', 'aria-label': 'Content' },
        el(doc, 'button', { type: 'button', role: 'tab', id: 'tab-suggested', 'aria-controls': 'panel-suggested', 'aria-selected': 'true', disabled: true }, 'Suggested'),
        el(doc, 'button', { type: 'button', role: 'tab', id: 'tab-search', 'aria-controls': 'panel-search', 'aria-selected': 'false', disabled: true }, 'Search'),
      ),
      view.items.length > 0 ? el(doc, 'span', { class: 'pick-hint' }, PICK_HINT) : null,
    ),
    el(
      doc,
      'section',
      { id: 'panel-suggested', role: 'tabpanel', 'aria-labelledby': 'tab-suggested' },
      ...(view.items.length === 0
        ? [el(doc, 'p', { class: 'state' }, 'No content in the library can be shared right now (everything is expired or archived).')]
        : [
            view.general ? el(doc, 'p', { class: 'muted small-text' }, 'Nothing is known about this prospect yet: here is broadly useful content.') : null,
            view.weak ? el(doc, 'p', { class: 'weak-note', role: 'status' }, 'Nothing fits this prospect well. These are the closest; ask marketing for what is missing.') : null,
            suggestionList(doc, view.items, mail?.open === true),
          ]),
    ),
    el(doc, 'div', { class: 'ask' }, el(doc, 'button', { type: 'button', class: view.weak ? 'primary' : '', disabled: true }, 'Nothing fits? Ask marketing')),
  ];
}

/** Beside the tabs while nothing is ticked: what the box before each suggestion does (entrypoints/sidepanel/App.tsx). */
export const PICK_HINT = 'Tick to copy several';

/** As components/prospect-card.tsx paints a line of chips at a glance, and its "+N". */
const glanceChips = (doc: Document, chips: readonly Chip[]) =>
  chips.flatMap((c, i) => [i > 0 ? el(doc, 'span', { class: 'glance-sep' }, ' · ') : null, el(doc, 'span', { class: glanceChipClass(c), title: c.label }, c.label)]);
const glanceMore = (doc: Document, count: number, what: string, many: string) =>
  el(doc, 'span', { class: 'glance-more', title: `${count} more ${count === 1 ? what : many}` }, ` +${count}`, el(doc, 'span', { class: 'visually-hidden' }, ' more'));

/** As components/prospect-card.tsx paints it closed and waiting. */
export function prospectCard(doc: Document, view: PanelView): HTMLElement {
  const { prospect } = view;
  const subtitle = [prospect.title, prospect.company].filter(Boolean).join(' · ');
  const glance = glanceOf(view.chips);
  const corrected = () => (view.corrected ? el(doc, 'span', { class: 'glance-corrected' }, 'corrected by you', el(doc, 'span', { class: 'visually-hidden' }, ':'), ' ') : null);
  return el(
    doc,
    'section',
    { class: 'prospect-card', 'aria-labelledby': 'prospect-name' },
    el(
      doc,
      'div',
      { class: 'pc-head' },
      el(
        doc,
        'div',
        { class: 'pc-id' },
        el(doc, 'h2', { id: 'prospect-name' }, prospect.name || prospect.company || prospect.title || 'This prospect'),
        subtitle && subtitle !== prospect.name ? el(doc, 'p', { class: 'pc-sub', title: subtitle }, subtitle) : null,
      ),
    ),
    el(
      doc,
      'button',
      { type: 'button', class: 'pc-glance', 'aria-expanded': 'false', 'aria-controls': 'pc-details', disabled: true },
      el(doc, 'span', { class: 'visually-hidden' }, 'Read as '),
      ...(glance.who.length || glance.pains.length
        ? [
            el(
              doc,
              'span',
              { class: 'glance-line glance-who' },
              corrected(),
              ...(glance.who.length ? glanceChips(doc, glance.who) : [el(doc, 'span', { class: 'muted' }, 'No persona or industry read')]),
              glance.whoMore ? glanceMore(doc, glance.whoMore, 'persona or industry', 'personas and industries') : null,
            ),
            el(
              doc,
              'span',
              { class: 'glance-line glance-pains' },
              el(doc, 'span', { class: 'visually-hidden' }, ', pain points: '),
              ...(glance.pains.length ? glanceChips(doc, glance.pains) : [el(doc, 'span', { class: 'muted' }, 'No pain point read')]),
              glance.painsMore ? glanceMore(doc, glance.painsMore, 'pain point', 'pain points') : null,
            ),
          ]
        : [el(doc, 'span', { class: 'glance-none' }, corrected(), el(doc, 'span', { class: 'muted' }, 'Nothing read yet: add a persona, industry or pain point'))]),
      el(doc, 'span', { class: 'glance-open' }, ' Details', el(doc, 'span', { 'aria-hidden': 'true' }, ' ▾')),
    ),
  );
}

/** As components/writing-to.tsx paints it for a compose matched to the record shown. */
export function writingTo(doc: Document, mail: TabMail, view: PanelView): HTMLElement {
  const { heading, record } = writingToLines(mail, view.prospect, Date.now());
  return el(
    doc,
    'section',
    { class: 'writing-to', 'aria-label': 'Email you are writing', 'data-testid': 'writing-to' },
    el(
      doc,
      'p',
      { class: 'wt-lines' },
      el(doc, 'span', { class: 'wt-first' }, el(doc, 'strong', { title: heading }, heading), record ? ':' : null),
      record
        ? el(
            doc,
            'span',
            { class: 'wt-second', title: secondLine(record) },
            el(doc, 'span', { class: 'wt-who' }, ` ${record.who}`),
            record.kind ? ', ' : null,
            record.kind ? el(doc, 'span', { class: 'wt-kind' }, record.kind) : null,
            el(doc, 'span', { class: 'wt-seen' }, ` ${record.seen}`),
          )
        : null,
    ),
    mail.open ? null : el(doc, 'p', { class: 'muted small-text', role: 'status' }, EMAIL_CLOSED),
  );
}

/** As components/suggestion-list.tsx paints it waiting; with Insert into email while an email is open. */
export function suggestionList(doc: Document, items: readonly PanelItem[], insert = false): HTMLElement {
  const lines = reasonLines(items);
  return el(doc, 'ul', { class: 'suggestions', 'aria-label': 'Suggested content', 'aria-busy': 'true' }, ...items.map((item, i) => suggestionItem(doc, item, lines[i]!, i === 0, insert)));
}

/**
 * The first suggestion's title (the block its text is counted for) carries `elementtiming`: the browser
 * then notes when that text reached the screen (Element Timing), which `npm run bench:panel` reads
 * afterwards without adding script to the page.
 */
export const FIRST_SUGGESTION_TIMING = 'tailor-first-suggestion';

function suggestionItem(doc: Document, item: PanelItem, reasonLine: string, first: boolean, insert: boolean): HTMLElement {
  const titleId = `s-${item.id}-title`;
  const title = isHttpUrl(item.url) ? el(doc, 'a', { href: item.url, target: '_blank', rel: 'noopener noreferrer' }, item.title) : el(doc, 'span', {}, item.title);
  return el(
    doc,
    'li',
    { class: 'suggestion', 'aria-labelledby': titleId },
    el(
      doc,
      'div',
      { class: 's-top' },
      el(doc, 'input', { type: 'checkbox', inert: true, 'aria-label': `Select ${item.title}` }),
      el(
        doc,
        'div',
        { class: 's-body' },
        el(doc, 'h3', { id: titleId, class: 's-title', elementtiming: first ? FIRST_SUGGESTION_TIMING : undefined }, el(doc, 'span', {}, title)),
        el(doc, 'p', { class: 's-meta' }, el(doc, 'span', { class: 'type-badge' }, ASSET_TYPE_LABELS[item.type]), item.summary ? el(doc, 'span', { class: 's-summary' }, item.summary) : null),
        item.reasons.length
          ? el(
              doc,
              'details',
              { class: 's-why' },
              el(doc, 'summary', {}, el(doc, 'span', { class: 's-why-line' }, reasonLine)),
              el(doc, 'ul', { class: 's-reasons', 'aria-label': 'Why' }, ...item.reasons.map((r) => el(doc, 'li', {}, r))),
            )
          : null,
      ),
    ),
    el(
      doc,
      'div',
      { class: 's-actions' },
      // Writing an email, Insert into email leads and Copy for email waits under "More" (components/suggestion-item.tsx).
      insert ? el(doc, 'button', { type: 'button', class: 'primary small', disabled: true }, 'Insert into email') : null,
      el(doc, 'button', { type: 'button', class: insert ? 'small' : 'primary small', disabled: true }, 'Copy link'),
      insert ? null : el(doc, 'button', { type: 'button', class: 'small', disabled: true }, 'Copy for email'),
      el(doc, 'button', { type: 'button', class: 'small quiet s-more', disabled: true, 'aria-expanded': 'false', 'aria-label': 'More actions' }, 'More', el(doc, 'span', { 'aria-hidden': 'true' }, ' ▾')),
    ),
  );
}

/** As components/deal-won.tsx paints it before it is opened, waiting. */
function dealWon(doc: Document, account: string, won: boolean): HTMLElement {
  if (won) return el(doc, 'p', { class: 'deal-won muted small-text' }, `Won deal: content shared with ${account} before the win counts toward it in Insights.`);
  return el(doc, 'button', { type: 'button', class: 'small quiet', disabled: true }, 'Deal won? Credit the content shared');
}

/** A stored value that has the shape of a PanelView (session storage is the background's, but still checked). */
export const isPanelView = (v: unknown): v is PanelView =>
  typeof v === 'object' && v !== null && Array.isArray((v as PanelView).items) && Array.isArray((v as PanelView).chips) && typeof (v as PanelView).detectedAt === 'number';

/** The tab in `?tabId=N` (a panel popped out into its own window), if any. */
export function pinnedTabId(search: string): number | undefined {
  const n = Number(new URLSearchParams(search).get('tabId'));
  return Number.isInteger(n) && n >= 0 && new URLSearchParams(search).has('tabId') ? n : undefined;
}
