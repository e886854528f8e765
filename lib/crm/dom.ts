// Reading a CRM page safely: only what is visible, through open shadow roots, inputs by their value,
// placeholders as nothing, and never more than a fixed amount of work however big the page is.
// Works on a real browser DOM (the content script) and on linkedom's (the `tailor extract` command).

/** Text that stands for "no value" in CRM fields. */
const PLACEHOLDERS = new Set(['', '-', '--', '---', '—', '-none-', 'none', 'n/a', '(none)', 'no value', '-- none --', 'not set']);

/** Work limits: a 10 MB page or 10,000 fields must not hang the tab. Also remembers the page's
 * shadow roots, found once per reading rather than once per query. */
export interface Budget {
  nodes: number;
  deadline: number;
  shadowRoots?: Map<Node, ParentNode[]>;
  /** The element each shadow root (or shadow template's content) belongs to. */
  hosts?: Map<ParentNode, Element>;
  /** Checks since the clock was last read, and whether the deadline had passed then. */
  checks?: number;
  late?: boolean;
}

export const newBudget = (maxNodes = 200_000, maxMs = 50): Budget => ({ nodes: maxNodes, deadline: now() + maxMs });
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** Reading the clock costs more than a label candidate's check: hot loops ask often, so the clock is
 * read every 16th time (a few microseconds of work apart); once late, always late. */
const CLOCK_EVERY = 16;
export const spent = (b: Budget): boolean => {
  if (b.nodes <= 0 || b.late) return true;
  b.checks = (b.checks ?? 0) + 1;
  if (b.checks < CLOCK_EVERY) return false;
  b.checks = 0;
  return (b.late = now() > b.deadline);
};
/** Whether the limits ran out, reading the clock now (the end of a reading). */
export const spentNow = (b: Budget): boolean => b.nodes <= 0 || !!b.late || (b.late = now() > b.deadline);

/** The element a shadow root (or a saved page's declarative shadow template's content) belongs to. */
const templateHosts = new WeakMap<object, Element>();

/** The shadow tree an element renders, if any: its open shadow root, or (in a saved page parsed without
 * declarative shadow DOM, as the command line parses it) its `<template shadowrootmode>`'s content. */
export function shadowTreeOf(el: Element): ParentNode | undefined {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow;
  for (const child of Array.from(el.children)) {
    if (child.tagName === 'TEMPLATE' && child.hasAttribute('shadowrootmode') && child.getAttribute('shadowrootmode') !== 'closed') {
      const content = (child as HTMLTemplateElement).content;
      if (content) {
        templateHosts.set(content, el);
        return content;
      }
    }
  }
  return undefined;
}

/** An element's parent in the composed tree: across a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return templateHosts.get(node) ?? null;
  if (parent.nodeType === 1) return parent as Element;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? templateHosts.get(parent) ?? null;
  return null;
}

/** Does `root` hold `node`, looking through shadow roots (Node.contains stops at them)? */
export function deepContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === root) return true;
  return false;
}

/** Open shadow roots (and declarative shadow templates of saved pages) under a root, found once. */
function shadowRootsUnder(root: ParentNode, budget: Budget): ParentNode[] {
  budget.shadowRoots ??= new Map();
  budget.hosts ??= new Map();
  const cached = budget.shadowRoots.get(root as Node);
  if (cached) return cached;
  const found: ParentNode[] = [];
  const all = root.querySelectorAll('*');
  budget.nodes -= all.length;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      found.push(shadow);
      budget.hosts.set(shadow, el);
    } else if (el.tagName === 'TEMPLATE' && el.hasAttribute('shadowrootmode') && el.parentElement) {
      const host = el.parentElement;
      const content = shadowTreeOf(host);
      if (content) {
        found.push(content);
        budget.hosts.set(content, host);
      }
    }
  }
  for (const r of [...found]) found.push(...shadowRootsUnder(r, budget));
  budget.shadowRoots.set(root as Node, found);
  return found;
}

/** A field's value, trimmed and with whitespace collapsed; placeholders become undefined. */
export function clean(value: string | null | undefined, maxLength = 20_000): string | undefined {
  if (value == null) return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (PLACEHOLDERS.has(text.toLowerCase())) return undefined;
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

/** Multi-line text (notes, descriptions): lines kept, each trimmed. */
export function cleanBlock(value: string | null | undefined, maxLength = 20_000): string | undefined {
  if (value == null) return undefined;
  const text = value
    .split(/\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  if (PLACEHOLDERS.has(text.toLowerCase())) return undefined;
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

const HIDDEN_CLASSES = /(^|\s)(slds-hide|hidden|d-none|is-hidden|visually-hidden|sr-only|hide)(\s|$)/;

/** Hidden by attribute, inline style, a hiding class, or (in a real browser) computed style. */
export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = composedParent(e)) {
    if (e.hasAttribute('hidden')) return true;
    if (e.getAttribute('aria-hidden') === 'true' && !hasScreenReaderCopy(e)) return true;
    const style = e.getAttribute('style');
    if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
    const cls = e.getAttribute('class');
    if (cls && HIDDEN_CLASSES.test(cls)) return true;
  }
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (view && typeof view.getComputedStyle === 'function' && 'checkVisibility' in el) {
    try {
      return !shown(el as Checkable, view);
    } catch {
      return false;
    }
  }
  return false;
}

type Checkable = Element & { checkVisibility: (o?: object) => boolean };

/** Shown in the browser. An element with `display: contents` (a `<slot>`, a wrapper) has no box, so
 * `checkVisibility` calls it hidden, while its children are laid out in its place: it is shown when one
 * of them is (the command line, which computes no styles, reads it too). */
function shown(el: Checkable, view: Window): boolean {
  if (el.checkVisibility({ visibilityProperty: true })) return true;
  const style = view.getComputedStyle(el);
  if (style.display !== 'contents') return false;
  const assigned = el.tagName === 'SLOT' ? (el as unknown as HTMLSlotElement).assignedNodes?.({ flatten: true }) : undefined;
  for (const n of assigned?.length ? assigned : Array.from(el.childNodes)) {
    if (n.nodeType === 1 && 'checkVisibility' in n && shown(n as Checkable, view)) return true;
    if (n.nodeType === 3 && n.textContent?.trim() && !/^(hidden|collapse)$/.test(style.visibility) && boxShown(el, view)) return true;
  }
  return false;
}

/** Whether the nearest ancestor with a box of its own is shown (text has no box to check). */
function boxShown(el: Element, view: Window): boolean {
  for (let p = composedParent(el); p; p = composedParent(p)) {
    if (view.getComputedStyle(p).display !== 'contents') return 'checkVisibility' in p ? (p as Checkable).checkVisibility({ visibilityProperty: true }) : true;
  }
  return true;
}

/** Every element matching `selector` under `root`, through open shadow roots and declarative shadow
 * templates of saved pages, visible or not, within the budget. */
export function queryAllDeep(root: ParentNode, selector: string, budget: Budget): Element[] {
  if (spent(budget)) return [];
  const out: Element[] = [];
  const query = (node: ParentNode) => {
    try {
      const found = node.querySelectorAll(selector);
      budget.nodes -= found.length;
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
    } catch {
      // A selector this DOM does not support: nothing found.
    }
  };
  query(root);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const shadow of shadowRootsUnder(doc, budget)) {
    if (spent(budget)) break;
    const host = budget.hosts?.get(shadow);
    if (root === doc || (host && deepContains(root as Node, host))) query(shadow);
  }
  return out;
}

// The text a field shows, as a reader sees it. `textContent` glues the text of sibling elements together
// ("Contact" + "Jane Roe" gives "ContactJane Roe") and reads what nobody sees: assistive text of inline-edit
// buttons ("Edit Title"), icons, hidden copies. This walk reads the composed tree (open shadow roots and
// the light children their slots show), puts a space between elements that are not inline formatting,
// skips what is not shown, and leaves out a label that sits inside the value's own container.

/** Inline formatting: no word break at its edges ("<b>Acme</b>Corp" is one word). */
const INLINE = new Set(['B', 'I', 'EM', 'STRONG', 'U', 'S', 'MARK', 'SMALL', 'SUB', 'SUP', 'ABBR', 'WBR', 'CODE', 'Q', 'BDI', 'BDO', 'FONT']);
/** Block elements: a line break in multi-line text. */
const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|TR|TD|TH|SECTION|ARTICLE|HEADER|FOOTER|BLOCKQUOTE|PRE|DL|DT|DD|TABLE|FORM|FIELDSET|ASIDE|MAIN|NAV)$/;
/** Never a field's text. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'IMG', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE']);
/** Text for screen readers only ("Edit Title", "Current Stage:", a hidden copy of a name). */
const ASSISTIVE = /(^|\s)(slds-assistive-text|assistiveText|assistive-text|visually-hidden|visuallyhidden|sr-only|screen-reader-only|screen-reader-text|a11y-text|a11y-hidden|private-hidden)(\s|$)/;
/** An element that names a field (or a record's type: Salesforce's "entityNameTitle"), not its value. */
const LABEL_CLASS = /(^|\s)[\w-]*(label|Label|entityNameTitle|slds-text-title)[\w-]*(\s|$)/;
const LABEL_TAGS = new Set(['LABEL', 'DT', 'TH', 'LEGEND']);

/** Text shown to the eye but hidden from screen readers because a visually hidden copy beside it is read
 * instead (LinkedIn's `<span aria-hidden="true">Name</span><span class="visually-hidden">Name</span>`):
 * that text is shown. Any other aria-hidden element (initials in an avatar, an icon) is decoration. */
function hasScreenReaderCopy(el: Element): boolean {
  for (const sib of [el.nextElementSibling, el.previousElementSibling]) {
    const cls = sib?.getAttribute('class');
    if (cls && ASSISTIVE.test(cls)) return true;
  }
  return false;
}

function ownlyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !hasScreenReaderCopy(el)) return true;
  const style = el.getAttribute('style');
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && (HIDDEN_CLASSES.test(cls) || ASSISTIVE.test(cls));
}

function isLabelLike(el: Element): boolean {
  if (LABEL_TAGS.has(el.tagName)) return true;
  const cls = el.getAttribute('class');
  // "private-dropdown__button-label" is what a button shows, not a field's label.
  if (cls && LABEL_CLASS.test(cls) && !/button|btn|value|dropdown|select|badge|chip|pill|tag/i.test(cls)) return true;
  const test = el.getAttribute('data-testid') ?? el.getAttribute('data-test-id') ?? el.getAttribute('data-selenium-test') ?? el.getAttribute('data-test');
  return !!test && /(^|[-_])label($|[-_])/i.test(test);
}

/** The nodes a slot shows: the host's light children assigned to it (or its own fallback content). */
function slotted(slot: Element, host: Element | undefined): Node[] {
  const s = slot as HTMLSlotElement;
  if (typeof s.assignedNodes === 'function') {
    const nodes = s.assignedNodes({ flatten: true });
    if (nodes.length) return nodes;
  }
  // Without slot assignment (a saved page's declarative template, parsed as a template): the host's
  // light children whose slot attribute names this slot.
  if (host) {
    const name = slot.getAttribute('name') ?? '';
    const nodes = Array.from(host.childNodes).filter((n) =>
      n.nodeType === 1 ? (n as Element).tagName !== 'TEMPLATE' && ((n as Element).getAttribute('slot') ?? '') === name : n.nodeType === 3 && name === '',
    );
    if (nodes.some((n) => n.nodeType === 1 || (n.textContent ?? '').trim())) return nodes;
  }
  return Array.from(slot.childNodes);
}

/** The host of the shadow tree a node is in, if it is in one. */
function treeHost(node: Node): Element | undefined {
  let n: Node = node;
  while (n.parentNode) n = n.parentNode;
  return n.nodeType === 11 ? ((n as ShadowRoot).host ?? templateHosts.get(n)) : undefined;
}

/** Does a node show any text (hidden and decorative elements show none)? */
const hasText = (n: Node): boolean =>
  n.nodeType === 3
    ? (n.textContent ?? '').trim() !== ''
    : n.nodeType === 1 &&
      !NOT_TEXT.has((n as Element).tagName.toUpperCase()) &&
      !ownlyHidden(n as Element) &&
      // A slot shows what is assigned to it; a host, its shadow tree.
      ((n.textContent ?? '').trim() !== '' || (n as Element).tagName === 'SLOT' || shadowTreeOf(n as Element) !== undefined);

/** The text of an element as shown: words of separate elements kept apart, lines kept in `block` mode. */
function shownText(root: Element, block: boolean): string {
  const parts: string[] = [];
  let steps = 0;
  const walk = (n: Node, hosts: Element[], isRoot: boolean) => {
    if (++steps > 50_000) return;
    if (n.nodeType === 3) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    if (n.nodeType === 11) {
      for (const c of Array.from(n.childNodes)) walk(c, hosts, false);
      return;
    }
    const el = n as Element;
    const tag = el.tagName.toUpperCase();
    if (!isRoot && (NOT_TEXT.has(tag) || ownlyHidden(el))) return;
    if (tag === 'BR') {
      parts.push(block ? '\n' : ' ');
      return;
    }
    const edge = INLINE.has(tag) ? '' : block && BLOCK.test(tag) ? '\n' : ' ';
    parts.push(edge);
    if (tag === 'SLOT') {
      const host = hosts[hosts.length - 1] ?? treeHost(el);
      for (const c of slotted(el, host)) walk(c, hosts.slice(0, -1), false);
    } else {
      const shadow = shadowTreeOf(el);
      const children = Array.from((shadow ?? el).childNodes);
      const inner = shadow ? [...hosts, el] : hosts;
      // A label inside the value's own container ("Name" beside "Acme Freight") is not the value.
      const labelled = children.length > 1 && children.some((c) => c.nodeType === 1 && isLabelLike(c as Element));
      for (const c of children) {
        if (labelled && c.nodeType === 1 && isLabelLike(c as Element) && children.some((o) => o !== c && hasText(o) && !(o.nodeType === 1 && isLabelLike(o as Element)))) continue;
        walk(c, inner, false);
      }
    }
    parts.push(edge);
  };
  walk(root, [], true);
  return parts.join('');
}

/** The text an element shows on one line: see shownText. */
export function textOf(el: Element | undefined | null): string | undefined {
  return el ? clean(shownText(el, false)) : undefined;
}

/** What a field shows: an input's value, a select's chosen option, else its text (or a title). */
export function valueOf(el: Element | undefined | null): string | undefined {
  if (!el) return undefined;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const input = el as HTMLInputElement;
    return clean(input.value || input.getAttribute('value') || input.getAttribute('title') || '');
  }
  if (tag === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]') ?? (select.value ? select.querySelector(`option[value="${CSS_ESCAPE(select.value)}"]`) : null) ?? select.querySelector('option');
    return clean(option?.textContent) ?? clean(select.getAttribute('title'));
  }
  // A field being edited: its control holds the value; the text beside it is the editor's own
  // ("Save", "Cancel").
  const inner = el.querySelector('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select');
  if (inner) return valueOf(inner);
  return textOf(el) ?? clean(el.getAttribute('title'));
}

const CSS_ESCAPE = (s: string) => s.replace(/["\\]/g, '\\$&');

/** A lookup shown as a link ("Acme Freight" linking to the organization) is the value, whatever short
 * text (a label, an icon's name) sits beside it in the same container. */
export function lookupValueOf(el: Element | undefined | null): string | undefined {
  if (!el) return undefined;
  const links = Array.from(el.querySelectorAll('a[href], [role="link"]')).filter((a) => !ownlyHidden(a) && textOf(a));
  if (links.length === 1) {
    const whole = valueOf(el) ?? '';
    const link = textOf(links[0])!;
    if (whole !== link && whole.includes(link) && whole.length - link.length <= 30) return link;
  }
  return valueOf(el);
}

/** Multi-line text of an element (notes), line breaks kept from <br> and block elements. */
export function blockTextOf(el: Element | undefined | null): string | undefined {
  if (!el) return undefined;
  // A text area's lines are kept, as a note's are.
  if (el.tagName === 'TEXTAREA') return cleanBlock((el as HTMLTextAreaElement).value || el.textContent);
  if (el.tagName === 'INPUT') return valueOf(el);
  return cleanBlock(shownText(el, true));
}

/** The first selector of a list (selectors as data, most stable first) that finds a visible value. */
export function firstValue(root: ParentNode, selectors: readonly string[], budget: Budget, read: (el: Element) => string | undefined = valueOf): string | undefined {
  for (const selector of selectors) {
    if (spent(budget)) return undefined;
    for (const el of queryAllDeep(root, selector, budget)) {
      if (isHidden(el)) continue;
      const value = read(el);
      if (value) return value;
    }
  }
  return undefined;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[:*]$/, '').trim();

/** A block of several label/value rows (a section under a heading), not one field's value. */
const isGroup = (el: Element) => el.querySelectorAll('label, dt, th, [class*="label"], [class*="Label"]').length >= 2;

/** A label's text as shown (assistive text, required-field stars and help buttons left out). */
function labelText(el: Element, wanted?: Set<string>, firstWords?: RegExp): string {
  const raw = el.textContent ?? '';
  if (raw.length > 80) return '';
  if (wanted) {
    // Most candidates are not labels: skip them on their raw text before reading it as shown.
    if (el.children.length) {
      const lower = raw.toLowerCase();
      for (const w of wanted) if (lower.includes(w)) return norm(textOf(el) ?? '');
      return '';
    }
    // A text-only element is its raw text normalized: it can only be a wanted label if its text holds
    // that label's first word in any case (normalizing keeps words whole).
    if (firstWords && !firstWords.test(raw)) return '';
    return norm(raw);
  }
  return norm(el.children.length ? (textOf(el) ?? '') : raw);
}

/**
 * The last resort: a field by its visible label. Looks for a short element whose text is the label and
 * reads the value beside it (the next element, or the label's container's other part). A lookup shown
 * as a link is read as the link's text, without the label or icon names beside it.
 */
export function valueByLabel(root: ParentNode, labels: readonly string[], budget: Budget, read: (el: Element) => string | undefined = lookupValueOf): string | undefined {
  const wanted = new Set(labels.map(norm));
  const firstWords = new RegExp([...wanted].map((w) => w.split(' ')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
  const candidates = queryAllDeep(root, 'label, dt, th, td, span, div, p, strong, h3, h4, h5', budget);
  for (const el of candidates) {
    if (spent(budget)) return undefined;
    if (el.children.length > 2) continue;
    const text = labelText(el, wanted, firstWords);
    if (text.length > 40 || !wanted.has(text) || isHidden(el)) continue;
    // A row of a label and a value still empty (loading, or blank) shows only the label's text: the row
    // is not the label, its label element is (read next), so the next row is never taken for the value.
    // A label of two parts that both show text (Salesforce's "Industry" and its required-field "*") is
    // the label itself.
    if (el.children.length === 2) {
      const [a, b] = Array.from(el.children) as [Element, Element];
      if ((labelText(a) === text && !textOf(b)) || (labelText(b) === text && !textOf(a))) continue;
    }
    const forId = el.getAttribute('for');
    if (forId) {
      const target = (el.ownerDocument ?? (root as Document)).getElementById?.(forId);
      const v = target ? read(target) : undefined;
      if (v) return v;
    }
    // The label's own value slot is the value, even when it holds a placeholder ("--" is "absent",
    // never the next row's value). Only a label with no slot beside it looks beside its parent.
    let next = el.nextElementSibling;
    while (next && (NOT_TEXT.has(next.tagName) || ownlyHidden(next)) && !next.querySelector('input, select, textarea')) next = next.nextElementSibling;
    if (next) {
      if (isHidden(next) || isGroup(next)) continue;
      const v = read(next);
      return v && norm(v) !== text ? v : undefined;
    }
    const parentNext = el.parentElement?.nextElementSibling;
    // A section's heading ("Organization" over the organization's rows) names a group, not a value.
    if (!parentNext || isHidden(parentNext) || isGroup(parentNext)) continue;
    const pv = read(parentNext);
    if (pv && norm(pv) !== text) return pv;
  }
  return undefined;
}

/**
 * The current step of a path or stage bar (Salesforce's Path, Pipedrive's pipeline bar, a business
 * process flow): the item marked current, read from its title when it has one, else its shown text.
 */
/** A step that is a button names itself in its title or aria-label (a button's text is not read): looked up
 * only when nothing else named the step. */
function controlName(item: Element): string | undefined {
  const control = item.querySelector('button[title], button[aria-label], [role="button"][aria-label]');
  return clean(control?.getAttribute('title') ?? control?.getAttribute('aria-label'));
}

export function currentStep(root: ParentNode, bars: readonly string[], current: readonly string[], budget: Budget): string | undefined {
  for (const bar of bars.flatMap((b) => queryAllDeep(root, b, budget))) {
    if (isHidden(bar)) continue;
    for (const selector of current) {
      const items = Array.from(bar.querySelectorAll(selector));
      // Stages passed are often marked too: the current one is the last marked.
      const item = items.filter((i) => !ownlyHidden(i)).pop();
      if (!item) continue;
      // The step's name: marked by a class, or by an id (a business process flow's
      // "processHeaderStageName_<guid>" inside the stage's button, whose text is not read).
      const title = item.querySelector('[class*="title"], [class*="name"], [class*="Name"], [id*="tageName"], [data-id*="tageName"]');
      const v = (title ? textOf(title) : undefined) ?? clean(item.getAttribute('title')?.replace(/^(current stage|stage)\s*:\s*/i, '')) ?? textOf(item) ?? clean(item.getAttribute('aria-label')) ?? controlName(item);
      if (v) return v.replace(/^(current stage|stage)\s*:\s*/i, '').trim() || undefined;
    }
  }
  return undefined;
}

/** Drops absent fields so the prospect never carries an empty value. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}

const NOTE_ITEM = /(^|[\s_-])(notes?|calls?)([\s_-]|$)|(note|call)(item|card|entry|row)|type[-_]?(note|call)|^(NOTE|CALL)$/i;
const NOTE_BODY = /body|content|text|description/i;
const NOT_NOTE = /(^|[\s_-])(tabs?|count|buttons?|btn|header|title|label|icon|editor|composer|placeholder|add|new|empty|author|date|time|meta|filters?)([\s_-]|$)/i;

const attrValues = (el: Element) => [el.getAttribute('class'), el.getAttribute('data-testid'), el.getAttribute('data-test-id'), el.getAttribute('data-selenium-test'), el.getAttribute('data-test'), el.getAttribute('data-timeline-type'), el.getAttribute('data-type'), el.getAttribute('data-activity-type'), el.getAttribute('data-zcqa')].filter((v): v is string => !!v);

/**
 * Notes the rep wrote in the record's activity history (a timeline's note items), newest first as the
 * page lists them: the adapter's own selectors first, then any element marked as a note whose body is
 * marked too (`data-*="...note..."` or a class, and a body/content/text part). Emails, calls and tasks
 * are not notes.
 */
export function activityNotes(scope: ParentNode, selectors: readonly string[], budget: Budget, max = 3, ofAnotherRecord?: (note: Element) => boolean): string[] {
  const out: string[] = [];
  const add = (el: Element) => {
    if (out.length >= max || isHidden(el) || ofAnotherRecord?.(el)) return;
    const text = withoutHeading(el, blockTextOf(el));
    if (text && !out.includes(text) && !out.some((o) => o.includes(text) || text.includes(o))) out.push(text);
  };
  for (const selector of selectors) for (const el of queryAllDeep(scope, selector, budget)) add(el);
  if (out.length) return out;
  const candidates = queryAllDeep(scope, '[class*="note"], [class*="Note"], [data-testid*="note"], [data-test-id*="note"], [data-selenium-test*="note"], [data-test*="note"], [data-test-id*="call"], [data-testid*="call"], [data-timeline-type], [data-type], [data-activity-type], [data-zcqa*="ote"]', budget);
  for (const item of candidates) {
    if (out.length >= max || spent(budget)) break;
    const values = attrValues(item);
    if (!values.some((v) => NOTE_ITEM.test(v) || /note/i.test(v)) || values.some((v) => NOT_NOTE.test(v) && !NOTE_BODY.test(v) && !NOTE_ITEM.test(v))) continue;
    // The item itself is a note's body ("note-content"), or holds one.
    if (values.some((v) => /note/i.test(v) && NOTE_BODY.test(v))) {
      add(item);
      continue;
    }
    if (!values.some((v) => NOTE_ITEM.test(v))) continue;
    const body = Array.from(item.querySelectorAll('*')).find((c) => attrValues(c).some((v) => NOTE_BODY.test(v) && !NOT_NOTE.test(v.replace(NOTE_BODY, ''))));
    if (body) add(body);
  }
  return out;
}

const HEADING = /^(H[1-6]|STRONG|B|HEADER)$/;
/** A note's text without its own heading line ("Pinned note" over the note's paragraphs): the note's
 * first child when it is a heading on a line of its own. */
function withoutHeading(item: Element, text: string | undefined): string | undefined {
  const first = item.firstElementChild;
  if (!text || !first || !(HEADING.test(first.tagName) || /(^|[\s_-])(title|header|heading)([\s_-]|$)/i.test(first.getAttribute('class') ?? ''))) return text;
  const heading = textOf(first);
  const lines = text.split('\n');
  return heading && lines.length > 1 && lines[0] === heading ? lines.slice(1).join('\n') : text;
}

/** Description and notes as one text, each once, in that order. */
export function joinNotes(...parts: (string | string[] | undefined)[]): string | undefined {
  const out: string[] = [];
  for (const p of parts.flat()) if (p && !out.some((o) => o.includes(p))) out.push(p);
  return out.join('\n') || undefined;
}

/** The page's open shadow roots (nested ones too), for the content script to watch: changes inside a
 * shadow root do not reach an observer of the document. Bounded like a reading. */
export function openShadowRoots(doc: Document, maxNodes = 200_000): ShadowRoot[] {
  return shadowRootsUnder(doc, newBudget(maxNodes, Infinity)).filter((r): r is ShadowRoot => (r as ShadowRoot).host !== undefined && (r as Node).nodeType === 11 && 'mode' in r);
}
