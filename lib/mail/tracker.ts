// The mail page's side of "Writing to": follows which compose the rep is in (the last one they focused
// or put the cursor in), remembers each body's cursor, reports the followed compose's recipients when
// they change, and inserts a snippet at a compose's saved cursor on request: as a paste the page's editor
// takes, else (a plain contenteditable) as nodes put there.
import { readComposes, type ComposeView, type MailClient } from './compose';
import { caretIn, insertAtCursor, offerAsPaste, snippetForPaste, snippetFragment } from './insert';

export interface ComposeReport {
  id: string;
  recipients: string[];
  reply: boolean;
}

export interface ComposeTracker {
  /** Something happened on the page (focus, selection, DOM change): re-read and report if changed. */
  refresh(): void;
  /** Inserts the snippet (its HTML, and its plain text for a paste) into that compose; false when it is no longer open. */
  insert(composeId: string, html: string, text?: string): boolean;
}

export interface TrackerOptions {
  /**
   * Offer the snippet as a paste first (default true). Not in Firefox: there a page cannot read the data of
   * a paste an extension made (each item keeps the principal that set it), so an editor would take an
   * empty paste and the snippet would be lost.
   */
  offerPaste?: boolean;
}

export function createComposeTracker(doc: Document, client: MailClient, send: (compose: ComposeReport | null) => void, options: TrackerOptions = {}): ComposeTracker {
  const ids = new WeakMap<Element, string>();
  const cursors = new WeakMap<Element, Range>();
  let next = 1;
  let followed: Element | undefined;
  let lastSent: string | undefined;

  const idOf = (root: Element) => {
    let id = ids.get(root);
    if (!id) {
      id = `c${next++}`;
      ids.set(root, id);
    }
    return id;
  };
  const within = (composes: ComposeView[], node: Node | null | undefined) => (node ? composes.find((c) => c.root.contains(node)) : undefined);

  const refresh = () => {
    const composes = readComposes(doc, client);
    // The rep's place: the focused element, else the selection (the body keeps it while the panel has focus).
    const selection = doc.getSelection();
    const anchor = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    const active = doc.activeElement && doc.activeElement !== doc.body ? doc.activeElement : undefined;
    const here = within(composes, active) ?? within(composes, anchor?.startContainer);
    if (anchor && here && here.body.contains(anchor.startContainer)) cursors.set(here.body, anchor.cloneRange());
    if (here) followed = here.root;
    let current = composes.find((c) => c.root === followed);
    // A compose open before the rep has put the cursor anywhere: follow the newest. Once the followed
    // compose closes, nothing is followed until the rep clicks in another (inserting into an email the
    // rep did not choose would be worse than saying it closed).
    if (!current && followed === undefined && composes.length > 0) current = composes[composes.length - 1];
    followed = current?.root ?? followed;
    const report: ComposeReport | null = current ? { id: idOf(current.root), recipients: current.recipients, reply: current.reply } : null;
    const key = JSON.stringify(report);
    if (key === lastSent || (report === null && lastSent === undefined)) return;
    lastSent = key;
    send(report);
  };

  const insert = (composeId: string, html: string, text?: string) => {
    const target = readComposes(doc, client).find((c) => ids.get(c.root) === composeId);
    if (!target) return false;
    const View = doc.defaultView ?? window;
    const parser = new View.DOMParser();
    const selection = doc.getSelection();
    const select = (range: Range) => {
      selection?.removeAllRanges();
      selection?.addRange(range);
    };
    // The editor pastes where the page's selection is: put it at the rep's cursor first.
    const at = caretIn(target.body, cursors.get(target.body));
    select(at);
    if (options.offerPaste !== false && offerAsPaste(at, snippetForPaste(html, text, parser), View)) {
      const now = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      cursors.set(target.body, now && target.body.contains(now.startContainer) ? now.cloneRange() : at);
      return true;
    }
    const after = insertAtCursor(target.body, at, snippetFragment(html, doc, parser));
    cursors.set(target.body, after);
    select(after);
    // A plain editor saves drafts and updates its state on input, as after a paste.
    target.body.dispatchEvent(new View.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return true;
  };

  return { refresh, insert };
}
