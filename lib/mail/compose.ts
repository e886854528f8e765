// What Tailor reads of a compose window, whatever the webmail: where it is, its body (to put content at
// the cursor) and its recipients' addresses. Never the message's text, never the rest of the mailbox.
import { ADDRESS, isAddress } from './address';
import type { MailClientId } from './hosts';

export interface ComposeView {
  /** The compose's own container (its recipient fields and its body). */
  root: Element;
  /** The editable message body. */
  body: HTMLElement;
  /** Recipients' addresses, lower case, To first, then Cc and Bcc, each once. */
  recipients: string[];
  /** A reply inside a conversation rather than a new message. */
  reply: boolean;
}

/** One webmail's compose structure, as selectors: data, with fallbacks for its older layouts. */
export interface MailClient {
  id: MailClientId;
  /** Editable message bodies. */
  bodies: string;
  /** Recipient fields (To, Cc, Bcc) inside a compose, in that order of importance. */
  recipientFields: string[];
  /** Parts of a recipient field that are not recipients (the sender picker, suggestion menus). */
  ignore: string;
  /** Is this compose a reply in a conversation? */
  isReply(root: Element): boolean;
}

/** Attributes webmails put a recipient's address in (chips, hover cards, tooltips, accessible names). */
const ADDRESS_ATTRIBUTES = ['email', 'data-hovercard-id', 'data-email', 'title', 'aria-label', 'value'];

/** The addresses an element shows or carries, in document order, lower case. */
export function addressesIn(field: Element, ignore: string): string[] {
  const out: string[] = [];
  const take = (s: string | null | undefined) => {
    for (const m of (s ?? '').matchAll(ADDRESS)) if (isAddress(m[0])) out.push(m[0].toLowerCase());
  };
  const visit = (el: Element) => {
    if (ignore && el.matches(ignore)) return;
    for (const a of ADDRESS_ATTRIBUTES) take(el.getAttribute(a));
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') take((el as HTMLInputElement).value);
    for (const child of el.childNodes) {
      if (child.nodeType === 3) take(child.textContent);
      else if (child.nodeType === 1) visit(child as Element);
    }
  };
  visit(field);
  return out;
}

/** The nearest container of `body` that also holds recipient fields: the compose it belongs to. */
export function composeRootOf(body: Element, client: MailClient): Element | undefined {
  const fields = client.recipientFields.join(',');
  for (let el = body.parentElement; el; el = el.parentElement) {
    if (el.querySelector(fields)) return el;
  }
  return undefined;
}

/** Every open compose on the page, in document order. */
export function readComposes(doc: Document, client: MailClient): ComposeView[] {
  const out: ComposeView[] = [];
  const seen = new Set<Element>();
  for (const body of doc.querySelectorAll<HTMLElement>(client.bodies)) {
    const root = composeRootOf(body, client);
    if (!root || seen.has(root)) continue;
    seen.add(root);
    const recipients: string[] = [];
    for (const selector of client.recipientFields) {
      for (const field of root.querySelectorAll(selector)) {
        // A field inside the body (quoted text of a reply) is the message, not its recipients.
        if (body.contains(field)) continue;
        for (const a of addressesIn(field, client.ignore)) if (!recipients.includes(a)) recipients.push(a);
      }
    }
    out.push({ root, body, recipients, reply: client.isReply(root) });
  }
  return out;
}

/** The compose a node (the focus, the selection) is in. */
export function composeContaining(composes: readonly ComposeView[], node: Node | null): ComposeView | undefined {
  if (!node) return undefined;
  return composes.find((c) => c.root.contains(node));
}
