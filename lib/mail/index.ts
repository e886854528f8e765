// The webmails Tailor reads a compose on, one file each, picked by the page's address.
import type { MailClient } from './compose';
import { gmail } from './gmail';
import { mailClientOf } from './hosts';
import { outlook } from './outlook';

export type { ComposeView, MailClient } from './compose';
export { composeContaining, readComposes } from './compose';

const CLIENTS = { gmail, outlook } as const;

/** The reader for this page, or undefined when it is not a webmail Tailor knows. */
export function mailClientFor(url: string): MailClient | undefined {
  const id = mailClientOf(url);
  return id ? CLIENTS[id] : undefined;
}
