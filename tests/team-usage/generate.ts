// A team's year of Tailor messages, made up deterministically for the tests and `npm run bench:team`:
// reps sharing content on their accounts, deals won (some seen by several reps), retries sent twice,
// other sources' events and test events on the same collector. Shaped like lib/usage/segment.ts's
// messages, written straight out for speed (a million a few seconds).
import { rng } from '../../bench/generate';
import type { TrackMessage } from '../../lib/model';
import { EVENT_NAMES, TEST_EVENT_NAME } from '../../lib/usage/segment';
import type { UsageEventType } from '../../lib/model';

export interface TeamEventsOptions {
  messages: number;
  reps?: number;
  assets?: number;
  /** First day of the year of events (UTC). */
  start?: string;
  days?: number;
  seed?: number;
  /** Accounts in each rep's book (default 50). */
  accountsPerRep?: number;
}

const SHARE_MIX: [UsageEventType, number][] = [
  ['impression', 0.7],
  ['open', 0.08],
  ['copy-link', 0.1],
  ['copy-email', 0.05],
  ['not-relevant', 0.03],
  ['flag', 0.01],
  ['request', 0.012],
  ['won', 0.003],
];
export const PERSONAS = ['finance-leader', 'it-leader', 'operations-leader', 'sales-leader', 'hr-leader'];
export const INDUSTRIES = ['healthcare', 'manufacturing', 'retail', 'financial-services', 'logistics', 'public-sector'];
const PAINS = ['manual-processes', 'compliance-risk', 'cost-pressure', 'slow-reporting', 'legacy-systems'];
const CRMS = ['salesforce', 'hubspot', 'dynamics', 'pipedrive'];
const STAGES = ['awareness', 'consideration', 'decision'];

const hex = (r: () => number, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
};
const uuid = (r: () => number) => {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

/** The messages, in time order; `kind` tells repeats and other sources' events from Tailor's own. */
export function* teamMessages(options: TeamEventsOptions): Generator<{ message: Record<string, unknown>; kind: 'tailor' | 'repeat' | 'other' }> {
  const r = rng(options.seed ?? 7);
  const reps = Array.from({ length: options.reps ?? 1000 }, (_, i) => `rep${String(i + 1).padStart(4, '0')}@northwind.example`);
  const assets = Array.from({ length: options.assets ?? 240 }, (_, i) => {
    const id = `nf-${String(i + 1).padStart(3, '0')}`;
    return { id, title: `How customer ${i + 1} cut invoice approvals in half`, type: ['case-study', 'whitepaper', 'video', 'one-pager'][i % 4]!, url: `https://northwind.example/content/${id}` };
  });
  // Each rep works a book of about fifty accounts; identifiers are hashed, as teams usually send them.
  const accountsOf = reps.map(() => Array.from({ length: options.accountsPerRep ?? 50 }, () => hex(r, 64)));
  // Reps without a rep id send their browser's anonymousId, the same every time.
  const anonymousIds = reps.map(() => uuid(r));
  const startMs = Date.parse(`${options.start ?? '2026-01-01'}T00:00:00Z`);
  const spanMs = (options.days ?? 365) * 86_400_000;
  const wonDeals: { crm: string; recordId: string; account: string; amount: number }[] = [];
  const cumulative = SHARE_MIX.reduce<number[]>((acc, [, p]) => [...acc, (acc.at(-1) ?? 0) + p], []);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  let last: Record<string, unknown> | undefined;
  for (let i = 0; i < options.messages; i++) {
    const at = startMs + Math.floor((i / options.messages) * spanMs + r() * 60_000);
    const roll = r();
    if (last && roll < 0.004) {
      yield { message: last, kind: 'repeat' };
      continue;
    }
    if (roll < 0.008) {
      const other = r() < 0.5 ? { type: 'track', event: TEST_EVENT_NAME, properties: { test: true } } : { type: 'track', event: 'Order Completed', properties: { revenue: 10 } };
      yield { message: { ...other, messageId: uuid(r), timestamp: new Date(at).toISOString(), userId: pick(reps) }, kind: 'other' };
      continue;
    }
    const x = r();
    const kind = SHARE_MIX[cumulative.findIndex((c) => x < c)]?.[0] ?? 'impression';
    const repIndex = Math.floor(r() * reps.length);
    const account = pick(accountsOf[repIndex]!);
    const crm = CRMS[repIndex % CRMS.length]!;
    const p: TrackMessage['properties'] = { tailor_event: kind };
    if (kind !== 'won') {
      const asset = assets[Math.floor(Math.pow(r(), 1.6) * assets.length)]!;
      p.asset_id = asset.id;
      p.asset_title = asset.title;
      p.asset_type = asset.type;
      p.asset_url = asset.url;
    }
    p.crm = crm;
    p.record_type = kind === 'won' ? 'opportunity' : 'contact';
    p.record_id = hex(r, 64);
    p.account = account;
    p.personas = [pick(PERSONAS)];
    p.industries = [pick(INDUSTRIES)];
    p.pain_points = [pick(PAINS), pick(PAINS)];
    p.stage = pick(STAGES);
    if (kind === 'not-relevant' || kind === 'flag' || kind === 'request') p.reason = 'Needs a version for mid-size hospitals';
    if (kind === 'won') {
      // A third of wins are a deal already seen won (another rep on the account, or the page read again).
      const again = wonDeals.length > 0 && r() < 0.33 ? pick(wonDeals) : undefined;
      const deal = again ?? { crm, recordId: hex(r, 64), account, amount: 1000 * (5 + Math.floor(r() * 200)) };
      if (!again) wonDeals.push(deal);
      p.crm = deal.crm;
      p.record_id = deal.recordId;
      p.account = deal.account;
      p.amount = again && r() < 0.5 ? deal.amount + 1000 : deal.amount;
    }
    p.identifiers_hashed = true;
    const message: Record<string, unknown> = {
      type: 'track',
      event: EVENT_NAMES[kind],
      properties: p,
      messageId: uuid(r),
      timestamp: new Date(at).toISOString(),
      ...(repIndex % 10 === 9 ? { anonymousId: anonymousIds[repIndex] } : { userId: reps[repIndex] }),
      context: { library: { name: 'tailor', version: '0.1.0' } },
    };
    last = message;
    yield { message, kind: 'tailor' };
  }
}
