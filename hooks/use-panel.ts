// The rep's panel as state: the followed tab's record (or a prospect described by hand), the library,
// the view to paint and what the rep's actions do. The work is in lib/panel/model.ts; this wires it to
// Preact state, the database's live queries and the clipboard.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ManualProspect } from '@/components/manual-prospect-form';
import type { EditableField } from '@/components/prospect-card';
import { copyRich, copyText } from '@/hooks/clipboard';
import { usePageDb } from '@/hooks/use-db';
import { useFollowedTab } from '@/hooks/use-followed-tab';
import { useLiveQuery } from '@/hooks/use-live-query';
import { useStorageWarning } from '@/hooks/use-storage-warning';
import { useMailSetting } from '@/hooks/use-mail-setting';
import { useTabAddress } from '@/hooks/use-tab-address';
import { useTabMail } from '@/hooks/use-tab-mail';
import { useTabRecord } from '@/hooks/use-tab-record';
import { useTabView } from '@/hooks/use-tab-view';
import { flagAsset } from '@/lib/db/curation';
import { loadLibrary } from '@/lib/db/library';
import { emailOffHint } from '@/lib/mail/settings';
import type { TabMail } from '@/lib/mail/tab-mail';
import { recordLine } from '@/lib/mail/writing-to';
import { sendMessage } from '@/lib/messaging';
import { isDealRecord, recordKey, todayIso, type Asset, type Prospect, type ProspectCorrection, type TaxonomyKind, type UsageEvent } from '@/lib/model';
import { emptyCorrection, isEmptyCorrection, withChip, withFieldEdits } from '@/lib/panel/corrections';
import { chosenItems, computePanelView, createRequest, emailToCopy, ImpressionLog, keepCorrection, linkToCopy, usageBase } from '@/lib/panel/model';
import { panelLibrary } from '@/lib/panel/suggest';
import type { PanelItem, PanelView } from '@/lib/panel/view';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { buildSearchIndex, type SearchIndex } from '@/lib/search';
import { corrections, feedback as recentFeedback, prospects } from '@/lib/state/repositories';
import { emailHintDismissed } from '@/lib/state/settings-table';
import { accountKey } from '@/lib/usage/outcomes';
import { recordUsageBatch } from '@/lib/usage/record';
import { isQuotaError } from '@/lib/usage/storage';
import { claimShown } from '@/lib/state/shown';
import { creditWonDealOnce, noteProspectSeen } from '@/lib/usage/store';

/** The key of a correction kept only while the panel shows a prospect that is no CRM record. */
const UNSAVED = 'unsaved';

export function usePanel() {
  const db = usePageDb();
  const { tabId, pinned } = useFollowedTab();
  const { record, ready: recordReady } = useTabRecord(tabId);
  const { mail: liveMail, checked: mailChecked } = useTabMail(tabId);
  // A compose the mail page answered was closed shows closed at once, until the page's next report (a
  // page loaded again numbers its composes afresh).
  const [answeredClosed, setAnsweredClosed] = useState<TabMail>();
  const mail = liveMail && liveMail === answeredClosed ? { ...liveMail, open: false } : liveMail;
  const address = useTabAddress(tabId);
  const emailOn = useMailSetting().enabled;
  const [retry, setRetry] = useState(0);
  // The library (thousands of rows to read) is loaded once what the background prepared is on screen
  // (or known not to exist), so those suggestions appear at once instead of waiting behind it.
  const { view: prepared, checked: preparedChecked } = useTabView(tabId);
  const [painted, setPainted] = useState(false);
  const readyToPaint = tabId === undefined || (recordReady && preparedChecked);
  useEffect(() => {
    if (!painted && readyToPaint) requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
  }, [readyToPaint, painted]);
  const libraryState = useLiveQuery(async () => {
    if (!painted) return undefined;
    const { assets, taxonomy } = await loadLibrary(db);
    return panelLibrary(assets, taxonomy);
  }, [retry, painted]);
  const settings = useLiveQuery(() => loadEffectiveSettings(db), []).value;
  // Undefined until read, so a hint dismissed before does not flash up.
  const hintDismissed = useLiveQuery(async () => (await emailHintDismissed.get(db)) !== undefined, []).value;
  const storageShort = useStorageWarning();
  const feedback = useLiveQuery(() => recentFeedback.recent(db), []).value;
  const [manual, setManual] = useState<ManualProspect | undefined>();
  const detected: Prospect | undefined = record?.prospect ?? (manual ? { ...manual, source: { crm: 'manual' } } : undefined);
  const key = recordKey(detected?.source);
  const savedCorrection = useLiveQuery(() => (key ? corrections.get(db, key) : undefined), [key]).value;
  // A prospect that is no CRM record (described by hand, or a selection on any page) can be corrected
  // too, for as long as the panel shows it: there is no record to remember it for.
  const [unsaved, setUnsaved] = useState<ProspectCorrection>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Corrections of an unsaved prospect, and what the rep picked, belong to the prospect on screen.
  const [toast, setToast] = useState<string>();
  // A confirmation is about the record it was given on: it goes when the record changes.
  useEffect(() => {
    setUnsaved(undefined);
    setSelected(new Set());
    setToast(undefined);
  }, [key, record?.detectedAt, manual]);
  const correction = key ? savedCorrection : unsaved;
  const today = todayIso();
  const library = libraryState.value;

  // What to paint: the panel's own result once the library has loaded; until then, what the background
  // prepared for this very record when it was detected (the same computation).
  const view: PanelView | undefined = useMemo(() => {
    if (library && detected) return computePanelView(library, detected, { correction, feedback: feedback ?? [] }, today, record?.detectedAt ?? 0);
    if (record && !manual && prepared?.detectedAt === record.detectedAt) return prepared;
    return undefined;
  }, [library, detected && JSON.stringify(detected), correction, feedback, today, prepared, record, manual]);

  // The search index is built after the suggestions are on screen, when the page is idle.
  const [index, setIndex] = useState<SearchIndex<Asset>>();
  useEffect(() => {
    if (!library) return;
    const build = () => setIndex(buildSearchIndex(library.assets, library.taxonomy));
    const handle = (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50)))(build);
    return () => (window.cancelIdleCallback ?? clearTimeout)(handle as number);
  }, [library]);

  const base = () => usageBase(detected, view, settings?.repId);
  const record_ = (events: Omit<UsageEvent, 'at'>[]) => {
    const at = Date.now();
    // The background sends new events to the team's collector (if there is one) a moment later.
    void recordUsageBatch(db, events.map((e) => ({ ...e, at })))
      .then(() => sendMessage({ type: 'usage:recorded' }))
      .catch((e: unknown) => {
        console.warn('Tailor could not record usage', e);
        // The rep's work goes on; marketing's figures miss this, so say why once.
        if (isQuotaError(e)) setToast('This browser’s storage is full: Tailor could not record what you just did. Free some disk space.');
      });
  };

  // Impressions, once per record and asset while the panel is open, and once per record view (the record
  // detected in a tab) whichever panels show it: the side panel and a popped-out one pinned to that tab
  // claim them in the tab's `shownOnView` item. The record remembered with how well the library served it.
  // (A won deal is credited by the background, panel open or not.)
  const log = useRef(new ImpressionLog());
  useEffect(() => {
    if (!view) return;
    const fresh = log.current.fresh(key, view.items).map((s) => s.id);
    const impressions = (ids: string[]) => {
      if (ids.length) record_(ids.map((assetId) => ({ ...base(), type: 'impression' as const, assetId })));
    };
    if (fresh.length && key && tabId !== undefined && record && view.detectedAt === record.detectedAt)
      claimShown(tabId, record.detectedAt, fresh).then(impressions, (e: unknown) => {
        // Counted twice rather than not at all.
        console.warn('Tailor could not check what another panel counted', e);
        impressions(fresh);
      });
    else impressions(fresh);
    // A record shown for the email the rep writes was not seen in the CRM: "seen 2 h ago" stays true.
    if (!record?.viaEmail && log.current.firstSighting(key)) void noteProspectSeen(db, key!, view.prospect, view.context, view.bestScore);
  }, [view]);

  const saveCorrection = (edit: (c: ProspectCorrection) => ProspectCorrection) => {
    const next = edit(correction ?? emptyCorrection(key ?? UNSAVED));
    if (!key) setUnsaved(isEmptyCorrection(next) ? undefined : next);
    // A correction that corrects nothing any more goes: the record reads as detected.
    else keep(next);
  };
  const keep = (next: ProspectCorrection) =>
    void keepCorrection(db, next, (recordKey) => sendMessage({ type: 'views:correcting', recordKey })).catch((e: unknown) =>
      setToast(`Your correction could not be saved: ${(e as Error).message}`),
    );
  const params = settings?.trackingParams ?? {};
  const copyForEmail = (items: PanelItem[]) => {
    const snippet = emailToCopy(items, params);
    copyRich(snippet.html, snippet.text).then(
      () => {
        setToast(items.length === 1 ? `Copied for email: ${items[0]!.title}` : `Copied ${items.length} items for email`);
        record_(items.map((i) => ({ ...base(), type: 'copy-email' as const, assetId: i.id })));
        setSelected(new Set());
      },
      (e: unknown) => setToast(`Could not copy: ${(e as Error).message}`),
    );
  };
  const itemActions = {
    onOpen: (item: PanelItem) => record_([{ ...base(), type: 'open', assetId: item.id }]),
    onCopyLink: (item: PanelItem) =>
      copyText(linkToCopy(item, params)).then(
        () => {
          setToast(`Link copied: ${item.title}`);
          record_([{ ...base(), type: 'copy-link', assetId: item.id }]);
        },
        (e: unknown) => setToast(`Could not copy: ${(e as Error).message}`),
      ),
    onCopyEmail: (item: PanelItem) => copyForEmail([item]),
    onNotRelevant: (item: PanelItem, reason: string) => {
      record_([{ ...base(), type: 'not-relevant', assetId: item.id, ...(reason ? { reason } : {}) }]);
      setToast(`“${item.title}” will rank lower for prospects like this.`);
    },
    onFlag: (item: PanelItem, reason: string) =>
      flagAsset(db, { assetId: item.id, at: Date.now(), ...(reason ? { reason } : {}), ...(settings?.repId ? { rep: settings.repId } : {}), ...(key ? { recordKey: key } : {}) }).then(
        () => {
          record_([{ ...base(), type: 'flag', assetId: item.id, ...(reason ? { reason } : {}) }]);
          setToast('Flag sent to marketing. Thank you.');
        },
        (e: unknown) => setToast(`The flag could not be saved: ${(e as Error).message}`),
      ),
  };
  // Writing an email (Gmail, Outlook on the web): insert at the compose's cursor, recorded as an email share.
  const insertIntoEmail = (items: PanelItem[]) => {
    if (!mail || tabId === undefined) return;
    const snippet = emailToCopy(items, params);
    sendMessage({ type: 'mail:insert', tabId, composeId: mail.composeId, html: snippet.html, text: snippet.text }).then(
      (r) => {
        if (!r.inserted) {
          // The banner says that the email is closed and what to do: said once, there.
          if (liveMail?.composeId === mail.composeId) setAnsweredClosed(liveMail);
          setToast('Nothing was inserted.');
          return;
        }
        setToast(items.length === 1 ? `Inserted into email: ${items[0]!.title}` : `Inserted ${items.length} items into email`);
        record_(items.map((i) => ({ ...base(), type: 'copy-email' as const, assetId: i.id })));
        setSelected(new Set());
      },
      (e: unknown) => setToast(`Could not insert: ${(e as Error).message}`),
    );
  };
  const recentRecords =
    useLiveQuery(async () => (mail && !mail.match ? prospects.recent(db, 10) : []), [mail?.composeId, mail?.match?.key]).value ?? [];
  const account = view ? accountKey(view.prospect) : undefined;

  return {
    tabId,
    pinned,
    library,
    libraryError: libraryState.error,
    // The email is read before the full panel takes over: its banner and Insert into email buttons are in the
    // first paint, and would otherwise go and come back.
    loading: (!library && !view) || (tabId !== undefined && (!recordReady || !mailChecked)),
    retry: () => setRetry((n) => n + 1),
    storageShort,
    today,
    view,
    index,
    detected,
    recordKey: key,
    manual,
    setManual,
    isRecord: record !== undefined,
    // The view painted says whether the rep's correction applies: the background's prepared view has it before the
    // saved correction has been read here (a reload), and the card's "corrected by you" follows what is painted.
    corrected: view?.corrected === true,
    selected,
    chosen: () => chosenItems(selected, view?.items ?? [], library?.assets),
    toggle: (id: string, on: boolean) =>
      setSelected((s) => {
        const next = new Set(s);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    clearSelection: () => setSelected(new Set()),
    toast,
    dismissToast: () => setToast(undefined),
    itemActions: mail?.open ? { ...itemActions, onInsert: (item: PanelItem) => insertIntoEmail([item]) } : itemActions,
    copyForEmail,
    mail,
    insertIntoEmail,
    /** With email off: whether to say that Tailor can help with the email (on a mail site, or where the panel has nothing else to show). */
    emailOffHint:
      address.known && emailOn !== undefined && settings && hintDismissed !== undefined
        ? emailOffHint({ url: address.url, on: emailOn, allowedByPolicy: settings.emailAllowed, dismissed: hintDismissed, prospectShown: detected !== undefined })
        : undefined,
    /** "Not now": the hint goes, in every panel, for good (Settings still turns email on). */
    dismissEmailHint: () =>
      emailHintDismissed.set(db, { at: Date.now() }).then(
        () => setToast('Tailor will not mention email again. You can turn it on in Settings at any time.'),
        (e: unknown) => setToast(`Could not hide the hint: ${(e as Error).message}`),
      ),
    recentRecords: recentRecords.map((r) => ({ key: r.key, label: recordLine(r.prospect, r.lastSeenAt, Date.now()) })),
    pickRecord: (key: string) =>
      mail && tabId !== undefined && void sendMessage({ type: 'mail:pick', tabId, composeId: mail.composeId, key }).catch((e: unknown) => setToast((e as Error).message)),
    correct: {
      removeChip: (kind: TaxonomyKind, id: string) => saveCorrection((c) => withChip(c, kind, id, 'remove', Date.now())),
      addChip: (kind: TaxonomyKind, id: string) => saveCorrection((c) => withChip(c, kind, id, 'add', Date.now())),
      editFields: (fields: Partial<Record<EditableField, string>>) => saveCorrection((c) => withFieldEdits(c, detected!, fields, Date.now())),
      reset: () => key && keep(emptyCorrection(key)),
    },
    // A deal with an account: "Deal won? Credit the content shared". Credited once per deal: marking it
    // won again (or the background having seen it won) updates the credit and records no second event.
    deal:
      view && key && account && isDealRecord(detected?.source)
        ? {
            account: view.prospect.company ?? account,
            stage: view.prospect.stage,
            markWon: async (amount: number | undefined) => {
              const { outcome, firstCredit } = await creditWonDealOnce(db, {
                ...base(),
                dealKey: key,
                account,
                ...(view.prospect.name ? { name: view.prospect.name } : {}),
                ...(amount !== undefined ? { amount } : {}),
                wonAt: Date.now(),
              });
              if (firstCredit) void sendMessage({ type: 'usage:recorded' });
              setToast(`Deal won: ${outcome.assetIds.length} shared asset${outcome.assetIds.length === 1 ? '' : 's'} credited.`);
            },
          }
        : undefined,
    request: async (note: string) => {
      record_([await createRequest(db, note, view, base())]);
      setToast('Request sent to marketing.');
    },
  };
}

export type PanelModel = ReturnType<typeof usePanel>;
