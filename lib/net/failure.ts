// Why a request to a team endpoint (the feed, the team figures, the collector) failed, as far as Tailor can
// tell, by one rule for all three: Settings words its notes from it and the fetchers word their messages.
//
// - An HTTP status means the server was reached and answered: the server's problem, never permission.
// - A timeout, or a browser that says it is offline, is a network problem, whatever permissions Tailor holds.
// - A request the browser refused with no answer at all ('unreachable': fetch rejects with a TypeError) is
//   how a cross-origin read without Tailor's host permission fails (CORS), so on a site Tailor holds no
//   permission for it is put down to permission; with the permission held, it is the network (no such host,
//   refused connection, TLS).
// - Anything else (too big, cut short, a redirect Tailor will not follow, an address or key it will not send
//   to) is neither: its own message says what to do.
import type { FetchFailureKind } from './fetch-limited';

export type FailureCause = 'permission' | 'network' | 'server' | 'other';

export interface FailureFacts {
  /** The fetch failure's kind (FetchFailureKind), or a caller's own ('http', 'config', 'invalid' …). */
  kind?: FetchFailureKind | (string & {});
  status?: number;
}

/** Why a request failed, by the rule above; `hostAccess` is whether Tailor holds the endpoint's host permission (undefined: not known). */
export function failureCause(failure: FailureFacts, hostAccess: boolean | undefined): FailureCause {
  if (failure.status !== undefined) return 'server';
  if (failure.kind === 'timeout' || failure.kind === 'offline') return 'network';
  if (failure.kind === 'unreachable') return hostAccess === false ? 'permission' : 'network';
  return 'other';
}
