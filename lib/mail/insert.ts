// Putting an email snippet (lib/share.ts emailSnippet: Tailor's own escaped HTML) into a compose body at
// the rep's cursor. The HTML is parsed inert (DOMParser runs no script and loads nothing) and rebuilt
// element by element in the mail page's document, keeping only paragraphs, line breaks, emphasis and
// http(s) links: nothing else of the input can reach the page, and innerHTML is never set or read.
// Rich editors (Outlook's Roosterjs) keep their own model of the message: content put into their
// DOM behind their back may be dropped or not saved. So the snippet is first offered as a paste, the way
// they accept outside content; only a page that does not take it (a plain contenteditable) gets the nodes.
import { escapeHtml } from '../share';
import { isHttpUrl } from '../url';

const KEPT = new Set(['P', 'BR', 'A', 'B', 'STRONG', 'I', 'EM']);

function rebuild(source: Node, doc: Document): Node | undefined {
  if (source.nodeType === 3) return doc.createTextNode(source.textContent ?? '');
  if (source.nodeType !== 1) return undefined;
  const el = source as Element;
  if (!KEPT.has(el.tagName)) {
    // An element Tailor does not write: keep its text, drop the element.
    const text = el.textContent ?? '';
    return text ? doc.createTextNode(text) : undefined;
  }
  const out = doc.createElement(el.tagName.toLowerCase());
  if (el.tagName === 'A') {
    const href = el.getAttribute('href') ?? '';
    if (!isHttpUrl(href)) return doc.createTextNode(el.textContent ?? '');
    out.setAttribute('href', href);
  }
  for (const child of el.childNodes) {
    const c = rebuild(child, doc);
    if (c) out.append(c);
  }
  return out;
}

/** The snippet's HTML as nodes of `doc`, ready to insert. `parse` is the page's DOMParser (or linkedom's in tests). */
export function snippetFragment(html: string, doc: Document, parser: Pick<DOMParser, 'parseFromString'>): DocumentFragment {
  const parsed = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const child of parsed.body.childNodes) {
    // The line breaks between paragraphs of the snippet source are not content.
    if (child.nodeType === 3 && !(child.textContent ?? '').trim()) continue;
    const node = rebuild(child, doc);
    if (node) fragment.append(node);
  }
  return fragment;
}

/**
 * The snippet as a clipboard carries it for a paste: its HTML rebuilt as above in an inert document (no
 * page) and serialised, so an editor gets only what the page would have; and its plain text.
 */
export function snippetForPaste(html: string, text: string | undefined, parser: Pick<DOMParser, 'parseFromString'>): { html: string; text: string } {
  const inert = parser.parseFromString('<!doctype html><html><body></body></html>', 'text/html');
  const fragment = snippetFragment(html, inert, parser);
  return { html: [...fragment.childNodes].map(serialise).join(''), text: text ?? fragment.textContent ?? '' };
}

/** A rebuilt node as HTML: the kept elements (lower-case names, an http(s) link's href the only attribute)
 * and escaped text; written out here rather than read back from innerHTML. */
function serialise(node: Node): string {
  if (node.nodeType !== 1) return escapeHtml(node.textContent ?? '');
  const el = node as Element;
  const name = el.tagName.toLowerCase();
  const href = el.getAttribute('href');
  const open = `<${name}${href !== null ? ` href="${escapeHtml(href)}"` : ''}>`;
  return name === 'br' ? open : `${open}${[...el.childNodes].map(serialise).join('')}</${name}>`;
}

type PasteWindow = Pick<typeof globalThis, 'DataTransfer' | 'ClipboardEvent'>;

/**
 * Offers the snippet as a paste at `at` (the caret, already the page's selection): true when the page's
 * editor took it (it cancels the paste and inserts the content itself, as it does for a rep's paste).
 * A page with no such editor leaves the synthetic paste unhandled (the browser does nothing with it).
 * Editors may insert asynchronously, so what they did is not checked here.
 */
export function offerAsPaste(at: Range, data: { html: string; text: string }, view: PasteWindow): boolean {
  let event: ClipboardEvent;
  try {
    const clipboard = new view.DataTransfer();
    clipboard.setData('text/html', data.html);
    clipboard.setData('text/plain', data.text);
    event = new view.ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true, composed: true });
  } catch {
    // A browser that cannot build one: the DOM insertion it is.
    return false;
  }
  const node = at.startContainer;
  const target = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!target) return false;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** `range` if it lies inside `body` (the rep's cursor, or their selection), else the end of the body. */
export function caretIn(body: HTMLElement, range: Range | undefined): Range {
  if (range && body.contains(range.startContainer) && body.contains(range.endContainer)) return range.cloneRange();
  const at = body.ownerDocument.createRange();
  at.selectNodeContents(body);
  at.collapse(false);
  return at;
}

/**
 * Inserts the nodes at `range` if it lies inside `body` (the rep's cursor, or their selection, which the
 * snippet replaces), else at the end of the body; returns the range just after what was inserted.
 */
export function insertAtCursor(body: HTMLElement, range: Range | undefined, fragment: DocumentFragment): Range {
  const doc = body.ownerDocument;
  const at = caretIn(body, range);
  const last = fragment.lastChild;
  at.deleteContents();
  at.insertNode(fragment);
  const after = doc.createRange();
  if (last) after.setStartAfter(last);
  else after.setStart(at.startContainer, at.startOffset);
  after.collapse(true);
  return after;
}
