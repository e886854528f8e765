// The panel's model, without Preact: what it loads, what it computes and what its actions write. The
// background (ahead of time, when a record is detected) and the panel (once the library has loaded) both
// call computePanelView with inputs from loadPanelInputs, so the two results are identical by construction.
import type { LocalWrite, TailorDB } from '../db/db';
import type { NotRelevantFeedback } from '../match';
import { recordKey, type Asset, type Prospect, type ProspectCorrection, type ResolvedContext, type UsageEvent } from '../model';
import { corrections, feedback, requests } from '../state/repositories';
import { emailSnippet, oneLineSummary, trackedUrl } from '../share';
import { accountKey } from '../usage/outcomes';
import { isEmptyCorrection } from './corrections';
import { panelSuggestions, type PanelLibrary } from './suggest';
import { toPanelView, type PanelItem, type PanelView } from './view';

/** How many suggestions the panel shows. */
export const SUGGESTION_LIMIT = 5;
/** What a record's suggestions depend on besides the library: the rep's correction and feedback. */
export interface PanelInputs {
  correction: ProspectCorrection | undefined;
  feedback: readonly NotRelevantFeedback[];
}

export async function loadPanelInputs(db: TailorDB, key: string | undefined): Promise<PanelInputs> {
  const [correction, recent] = await Promise.all([key ? corrections.get(db, key) : undefined, feedback.recent(db)]);
  return { correction, feedback: recent };
}

/**
 * Whether a page's write changes what the views prepared for the panel are computed from: the library
 * (assets, taxonomy), a correction, or a "not relevant" mark (loadPanelInputs and loadLibrary read these).
 */
export const changesPreparedViews = (writes: readonly LocalWrite[]): boolean =>
  writes.some(
    ({ table, rows }) =>
      table === 'assets' ||
      table === 'taxonomy' ||
      table === 'corrections' ||
      (table === 'events' && rows.some((r) => (r as Partial<UsageEvent> | undefined)?.type === 'not-relevant')),
  );

/** How long a correction waits for the background to remove the views prepared without it. */
export const DROP_VIEWS_WAIT_MS = 5000;

/**
 * Keeps the rep's correction of a record (removed when it corrects nothing any more). The views the
 * background prepared for the record go first (`dropViews`, which resolves once they are gone), so from
 * the moment the correction is written (and the panel shows it) no panel opened on the record paints it
 * as it was. If they cannot be removed (or the background does not answer within `waitMs`), the
 * correction is kept all the same.
 */
export async function keepCorrection(
  db: TailorDB,
  correction: ProspectCorrection,
  dropViews: (key: string) => Promise<unknown>,
  waitMs = DROP_VIEWS_WAIT_MS,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A background that does not answer (stuck, or gone) does not keep the correction from being saved.
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${waitMs} ms`)), waitMs)));
  await Promise.race([dropViews(correction.key), late])
    .catch((e: unknown) => console.warn('Tailor could not remove the suggestions prepared before this correction', e))
    .finally(() => clearTimeout(timer));
  await (isEmptyCorrection(correction) ? corrections.remove(db, correction.key) : corrections.save(db, correction));
}

/** What the panel paints for a prospect: the one computation both the background and the panel run. */
export function computePanelView(library: PanelLibrary, prospect: Prospect, inputs: PanelInputs, today: string, detectedAt: number): PanelView {
  const view = toPanelView(panelSuggestions(library, prospect, inputs.correction, inputs.feedback, today, SUGGESTION_LIMIT), detectedAt);
  // A correction is remembered for a CRM record only (one of a prospect described by hand is not saved).
  return recordKey(prospect.source) !== undefined && !isEmptyCorrection(inputs.correction) ? { ...view, corrected: true } : view;
}

/** An asset as a panel item (search results, selections of assets not among the suggestions). */
export const panelItemOf = (a: Asset, reasons: readonly string[] = []): PanelItem => ({
  id: a.id,
  title: a.title,
  url: a.url,
  type: a.type,
  summary: oneLineSummary(a.description),
  reasons: [...reasons],
});

/** What every usage event from the panel carries: the record, the account, the rep, and how the prospect was read. */
export function usageBase(prospect: Prospect | undefined, view: PanelView | undefined, repId: string | undefined): Omit<UsageEvent, 'type' | 'at'> {
  const source = prospect?.source;
  const account = view ? accountKey(view.prospect) : undefined;
  return {
    ...(source ? { crm: source.crm, recordType: source.recordType, recordId: source.recordId } : {}),
    ...(account ? { account } : {}),
    ...(repId ? { rep: repId } : {}),
    context: view?.context ?? emptyContext(),
  };
}

const emptyContext = (): ResolvedContext => ({ personas: [], industries: [], painPoints: [] });

/**
 * Impressions are recorded once per record and asset while the panel is open, and a record is noted as
 * seen once: this remembers what was already recorded.
 */
export class ImpressionLog {
  private readonly impressed = new Set<string>();
  private readonly seen = new Set<string>();

  /** The items not yet recorded as shown for this record (now marked as recorded). */
  fresh(recordKeyOrNone: string | undefined, items: readonly PanelItem[]): PanelItem[] {
    const scope = recordKeyOrNone ?? 'manual';
    const fresh = items.filter((s) => !this.impressed.has(`${scope}:${s.id}`));
    for (const s of fresh) this.impressed.add(`${scope}:${s.id}`);
    return fresh;
  }

  /** True the first time a record is seen. */
  firstSighting(key: string | undefined): boolean {
    if (!key || this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/** The tracked address Copy link puts on the clipboard. */
export const linkToCopy = (item: Pick<PanelItem, 'id' | 'url'>, trackingParams: Readonly<Record<string, string>> = {}): string =>
  trackedUrl(item.url, item.id, trackingParams);

/** The rich and plain snippet Copy for email puts on the clipboard. */
export const emailToCopy = (items: readonly PanelItem[], trackingParams: Readonly<Record<string, string>> = {}) =>
  emailSnippet(items.map((i) => ({ title: i.title, url: linkToCopy(i, trackingParams), summary: i.summary })));

/** The selected ids as items: a suggestion, or else the library's asset (a search result). */
export function chosenItems(selected: ReadonlySet<string>, items: readonly PanelItem[], assets: readonly Asset[] | undefined): PanelItem[] {
  const byId = new Map(assets?.map((a) => [a.id, a]));
  return [...selected].flatMap((id) => {
    const item = items.find((i) => i.id === id);
    if (item) return [item];
    const asset = byId.get(id);
    return asset ? [panelItemOf(asset)] : [];
  });
}

/** What the request form shows as the prospect's context: "VP Support · Healthcare · Ticket backlog". */
export const contextSummary = (view: PanelView | undefined): string =>
  view ? [view.prospect.title, view.prospect.industry, ...view.chips.map((c) => c.label)].filter(Boolean).join(' · ') : '';

/** A rep's request to marketing, with the prospect's context, and its usage event. */
export async function createRequest(db: TailorDB, note: string, view: PanelView | undefined, base: Omit<UsageEvent, 'type' | 'at'>, now = Date.now()) {
  await requests.add(db, {
    createdAt: now,
    status: 'open',
    note,
    prospect: view?.prospect ?? {},
    context: base.context,
    ...(base.rep ? { rep: base.rep } : {}),
  });
  return { ...base, type: 'request' as const, reason: note.slice(0, 200) };
}

