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
}

export const newBudget = (maxNodes = 200_000, maxMs = 50): Budget => ({ nodes: maxNodes, deadline: now() + maxMs });
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
export const spent = (b: Budget) => b.nodes <= 0 || now() > b.deadline;

/** Open shadow roots (and declarative shadow templates of saved pages) under a root, found once. */
function shadowRootsUnder(root: ParentNode, budget: Budget): ParentNode[] {
  budget.shadowRoots ??= new Map();
  budget.hosts ??= new Map();
  const cached = budget.shadowRoots.get(root as Node);
  if (cached) return cached;
  const found: ParentNode[] = [];
  const all = root.querySelectorAll('*');
  budget.nodes -= all.length;
  for (const el of Array.from(all)) {
    const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
    const inner = shadow ?? (el.tagName === 'TEMPLATE' && el.hasAttribute('shadowrootmode') ? (el as HTMLTemplateElement).content : undefined);
    if (inner) {
      found.push(inner);
      budget.hosts.set(inner, el);
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
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') {
      // LinkedIn marks the visible copy of text aria-hidden for screen readers: that is not hidden.
      if (e.getAttribute('aria-hidden') === 'true' && !e.hasAttribute('hidden') && e.tagName === 'SPAN') continue;
      return true;
    }
    const style = e.getAttribute('style');
    if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
    const cls = e.getAttribute('class');
    if (cls && HIDDEN_CLASSES.test(cls)) return true;
  }
  const view = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  if (view && typeof view.getComputedStyle === 'function' && 'checkVisibility' in el) {
    try {
      return !(el as Element & { checkVisibility: (o?: object) => boolean }).checkVisibility({ visibilityProperty: true });
    } catch {
      return false;
    }
  }
  return false;
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
      out.push(...Array.from(found));
    } catch {
      // A selector this DOM does not support: nothing found.
    }
  };
  query(root);
  const doc = (root as Node).ownerDocument ?? (root as Document);
  for (const shadow of shadowRootsUnder(doc, budget)) {
    if (spent(budget)) break;
    const host = budget.hosts?.get(shadow);
    if (root === doc || (host && (root as Node).contains?.(host))) query(shadow);
  }
  return out;
}

/** The first visible match. */
export function queryVisible(root: ParentNode, selector: string, budget: Budget): Element | undefined {
  for (const el of queryAllDeep(root, selector, budget)) if (!isHidden(el)) return el;
  return undefined;
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
    const option = select.selectedOptions?.[0] ?? select.querySelector('option[selected]') ?? select.querySelector('option');
    return clean(option?.textContent);
  }
  // A field being edited: its control holds the value; the text beside it is the editor's own
  // ("Save", "Cancel").
  const inner = el.querySelector('input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select');
  if (inner) return valueOf(inner);
  return clean(el.textContent) ?? clean(el.getAttribute('title'));
}

/** Multi-line text of an element (notes), line breaks kept from <br> and block elements. */
export function blockTextOf(el: Element | undefined | null): string | undefined {
  if (!el) return undefined;
  // A text area's lines are kept, as a note's are.
  if (el.tagName === 'TEXTAREA') return cleanBlock((el as HTMLTextAreaElement).value || el.textContent);
  if (el.tagName === 'INPUT') return valueOf(el);
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'BR') parts.push('\n');
      if (tag === 'SCRIPT' || tag === 'STYLE') return;
      const block = /^(P|DIV|LI|H\d|TR|SECTION)$/.test(tag);
      if (block) parts.push('\n');
      for (const c of Array.from(n.childNodes)) walk(c);
      if (block) parts.push('\n');
    }
  };
  walk(el);
  return cleanBlock(parts.join(''));
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

/**
 * The last resort: a field by its visible label. Looks for a short element whose text is the label and
 * reads the value beside it (the next element, or the label's container's other part).
 */
export function valueByLabel(root: ParentNode, labels: readonly string[], budget: Budget): string | undefined {
  const wanted = new Set(labels.map(norm));
  const candidates = queryAllDeep(root, 'label, dt, th, span, div, p, strong, h3, h4', budget);
  for (const el of candidates) {
    if (spent(budget)) return undefined;
    if (el.children.length > 1) continue;
    const text = norm(el.textContent);
    if (text.length > 40 || !wanted.has(text) || isHidden(el)) continue;
    const forId = el.getAttribute('for');
    if (forId) {
      const target = (el.ownerDocument ?? (root as Document)).getElementById?.(forId);
      const v = valueOf(target);
      if (v) return v;
    }
    // The label's own value slot is the value, even when it holds a placeholder ("--" is "absent",
    // never the next row's value). Only a label with no slot beside it looks beside its parent.
    const next = el.nextElementSibling;
    if (next) {
      if (isHidden(next)) continue;
      const v = valueOf(next);
      return v && norm(v) !== text ? v : undefined;
    }
    const parentNext = el.parentElement?.nextElementSibling;
    const pv = parentNext && !isHidden(parentNext) ? valueOf(parentNext) : undefined;
    if (pv && norm(pv) !== text) return pv;
  }
  return undefined;
}

/** Drops absent fields so the prospect never carries an empty value. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== '') (out as Record<string, unknown>)[k] = v;
  return out;
}
