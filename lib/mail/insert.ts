// Putting an email snippet (lib/share.ts emailSnippet: Tailor's own escaped HTML) into a compose body at
// the rep's cursor. The HTML is parsed inert (DOMParser runs no script and loads nothing) and rebuilt
// element by element in the mail page's document, keeping only paragraphs, line breaks, emphasis and
// http(s) links: nothing else of the input can reach the page, and no innerHTML is ever set.
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
 * Inserts the nodes at `range` if it lies inside `body` (the rep's cursor, or their selection, which the
 * snippet replaces), else at the end of the body; returns the range just after what was inserted.
 */
export function insertAtCursor(body: HTMLElement, range: Range | undefined, fragment: DocumentFragment): Range {
  const doc = body.ownerDocument;
  const inBody = range && body.contains(range.startContainer) && body.contains(range.endContainer);
  const at = inBody ? range.cloneRange() : doc.createRange();
  if (!inBody) {
    at.selectNodeContents(body);
    at.collapse(false);
  }
  const last = fragment.lastChild;
  at.deleteContents();
  at.insertNode(fragment);
  const after = doc.createRange();
  if (last) after.setStartAfter(last);
  else after.setStart(at.startContainer, at.startOffset);
  after.collapse(true);
  return after;
}
