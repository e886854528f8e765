import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DealWon } from '@/components/deal-won';
import { ManualProspectForm, type ManualProspect } from '@/components/manual-prospect-form';
import { ProspectCard } from '@/components/prospect-card';
import { RequestForm } from '@/components/request-form';
import { SearchPanel } from '@/components/search-panel';
import { SuggestionList } from '@/components/suggestion-list';
import type { SuggestionView } from '@/components/suggestion-item';
import { Toast } from '@/components/toast';
import { copyRich, copyText } from '@/hooks/clipboard';
import { usePageDb } from '@/hooks/use-db';
import { useStorageWarning } from '@/hooks/use-storage-warning';
import { useFollowedTab } from '@/hooks/use-followed-tab';
import { useLiveQuery } from '@/hooks/use-live-query';
import { useTabRecord } from '@/hooks/use-tab-record';
import { useTabView } from '@/hooks/use-tab-view';
import { flagAsset } from '@/lib/db/curation';
import { loadLibrary } from '@/lib/db/library';
import type { NotRelevantFeedback } from '@/lib/match';
import { emptyTaxonomy, recordKey, todayIso, type Asset, type Prospect, type ProspectCorrection, type UsageEvent } from '@/lib/model';
import { emptyCorrection, isEmptyCorrection, withChip, withFieldEdits } from '@/lib/panel/corrections';
import { panelLibrary, panelSuggestions } from '@/lib/panel/suggest';
import { toPanelView, type PanelView } from '@/lib/panel/view';
import { buildSearchIndex, type SearchIndex } from '@/lib/search';
import { loadEffectiveSettings } from '@/lib/policy/managed';
import { emailSnippet, oneLineSummary, trackedUrl } from '@/lib/share';
import { accountKey, isWonStage } from '@/lib/usage/outcomes';
import { recordUsageBatch } from '@/lib/usage/record';
import { isQuotaError } from '@/lib/usage/storage';
import { creditWonDealOnce, noteProspectSeen } from '@/lib/usage/store';
import { sendMessage } from '@/lib/messaging';

/** The key of a correction kept only while the panel shows a prospect that is no CRM record. */
const UNSAVED = 'unsaved';

const toItem = (a: Asset, reasons: readonly string[] = []): SuggestionView => ({
  id: a.id,
  title: a.title,
  url: a.url,
  type: a.type,
  summary: oneLineSummary(a.description),
  reasons,
});

export function App() {
  const db = usePageDb();
  const { tabId, pinned } = useFollowedTab();
  const { record, ready: recordReady } = useTabRecord(tabId);
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
  const settings = useLiveQuery(() => loadEffectiveSettings(db), []);
  const storageShort = useStorageWarning();
  const feedbackState = useLiveQuery(
    async () =>
      (await db.events.where('[type+at]').between(['not-relevant', 0], ['not-relevant', Infinity]).reverse().limit(500).toArray())
        .filter((e) => e.assetId)
        .map((e): NotRelevantFeedback => ({ assetId: e.assetId!, context: e.context })),
    [],
  );
  const [manual, setManual] = useState<ManualProspect | undefined>();
  const detected: Prospect | undefined = record?.prospect ?? (manual ? { ...manual, source: { crm: 'manual' } } : undefined);
  const key = recordKey(detected?.source);
  const correctionState = useLiveQuery(() => (key ? db.corrections.get(key) : undefined), [key]);
  // A prospect that is no CRM record (described by hand, or a selection on any page) can be corrected
  // too, for as long as the panel shows it: there is no record to remember it for.
  const [unsaved, setUnsaved] = useState<ProspectCorrection>();
  useEffect(() => setUnsaved(undefined), [key, record?.detectedAt, manual]);
  const correction = key ? correctionState.value : unsaved;

  const [tab, setTab] = useState<'suggested' | 'search'>('suggested');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // What the rep picked was picked for this prospect.
  useEffect(() => setSelected(new Set()), [key, record?.detectedAt, manual]);
  const [toast, setToast] = useState<string>();
  const [asking, setAsking] = useState(false);
  const today = todayIso();
  const library = libraryState.value;

  const shown = useMemo(() => {
    if (!library || !detected) return undefined;
    return panelSuggestions(library, detected, correction, feedbackState.value ?? [], today, 5);
  }, [library, detected && JSON.stringify(detected), correction, feedbackState.value, today]);
  // What to paint: the panel's own result once the library has loaded; until then, what the background
  // prepared for this very record when it was detected.
  const view: PanelView | undefined = useMemo(() => {
    if (shown) return toPanelView(shown, record?.detectedAt ?? 0);
    if (record && !manual && prepared?.detectedAt === record.detectedAt) return prepared;
    return undefined;
  }, [shown, prepared, record, manual]);

  // The search index is built after the suggestions are on screen, when the page is idle.
  const [index, setIndex] = useState<SearchIndex<Asset>>();
  useEffect(() => {
    if (!library) return;
    const build = () => setIndex(buildSearchIndex(library.assets, library.taxonomy));
    const handle = (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50)))(build);
    return () => (window.cancelIdleCallback ?? clearTimeout)(handle as number);
  }, [library]);

  // What happens in the panel is recorded with the record and how the prospect was read.
  const base = (): Omit<UsageEvent, 'type' | 'at'> => ({
    ...(detected?.source ? { crm: detected.source.crm, recordType: detected.source.recordType, recordId: detected.source.recordId } : {}),
    ...(view && accountKey(view.prospect) ? { account: accountKey(view.prospect) } : {}),
    ...(settings.value?.repId ? { rep: settings.value.repId } : {}),
    context: view?.context ?? { personas: [], industries: [], painPoints: [] },
  });
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

  // Impressions, once per record and asset while the panel is open; the record remembered with how well
  // the library served it. (A won deal is credited by the background, panel open or not.)
  const impressed = useRef(new Set<string>());
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (!view) return;
    const scope = key ?? 'manual';
    const fresh = view.items.filter((s) => !impressed.current.has(`${scope}:${s.id}`));
    if (fresh.length) {
      for (const s of fresh) impressed.current.add(`${scope}:${s.id}`);
      record_(fresh.map((s) => ({ ...base(), type: 'impression', assetId: s.id })));
    }
    if (key && !seen.current.has(key)) {
      seen.current.add(key);
      void noteProspectSeen(db, key, view.prospect, view.context, view.bestScore);
    }
  }, [view]);

  const saveCorrection = (next: ProspectCorrection) => {
    if (!key) setUnsaved(isEmptyCorrection(next) ? undefined : next);
    else if (isEmptyCorrection(next)) void db.corrections.delete(next.key);
    else void db.corrections.put(next);
  };

  const assetById = (id: string) => library?.assets.find((a) => a.id === id);
  const tracked = (a: { id: string; url: string }) => trackedUrl(a.url, a.id, settings.value?.trackingParams ?? {});
  const actions = {
    onOpen: (item: SuggestionView) => record_([{ ...base(), type: 'open', assetId: item.id }]),
    onCopyLink: (item: SuggestionView) => {
      const url = tracked(item);
      copyText(url).then(
        () => {
          setToast(`Link copied: ${item.title}`);
          record_([{ ...base(), type: 'copy-link', assetId: item.id }]);
        },
        (e: unknown) => setToast(`Could not copy: ${(e as Error).message}`),
      );
    },
    onCopyEmail: (item: SuggestionView) => copyForEmail([item]),
    onNotRelevant: (item: SuggestionView, reason: string) => {
      record_([{ ...base(), type: 'not-relevant', assetId: item.id, ...(reason ? { reason } : {}) }]);
      setToast(`“${item.title}” will rank lower for prospects like this.`);
    },
    onFlag: (item: SuggestionView, reason: string) => {
      flagAsset(db, { assetId: item.id, at: Date.now(), ...(reason ? { reason } : {}), ...(settings.value?.repId ? { rep: settings.value.repId } : {}), ...(key ? { recordKey: key } : {}) }).then(
        () => {
          record_([{ ...base(), type: 'flag', assetId: item.id, ...(reason ? { reason } : {}) }]);
          setToast('Flag sent to marketing. Thank you.');
        },
        (e: unknown) => setToast(`The flag could not be saved: ${(e as Error).message}`),
      );
    },
  };
  const copyForEmail = (items: SuggestionView[]) => {
    const snippet = emailSnippet(items.map((i) => ({ title: i.title, url: tracked(i), summary: i.summary })));
    copyRich(snippet.html, snippet.text).then(
      () => {
        setToast(items.length === 1 ? `Copied for email: ${items[0]!.title}` : `Copied ${items.length} items for email`);
        record_(items.map((i) => ({ ...base(), type: 'copy-email' as const, assetId: i.id })));
        setSelected(new Set());
      },
      (e: unknown) => setToast(`Could not copy: ${(e as Error).message}`),
    );
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const openOptions = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  };

  let body;
  if (libraryState.error) {
    body = (
      <div class="state" role="alert">
        <p>Tailor could not open your library: {libraryState.error.message}</p>
        <button type="button" class="primary small" onClick={() => setRetry((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  } else if ((!library && !view) || (tabId !== undefined && !recordReady)) {
    body = (
      <p class="state" role="status">
        Loading suggestions…
      </p>
    );
  } else if (library && library.assets.length === 0) {
    body = (
      <div class="state" role="status">
        <p>Your content library is empty, so there is nothing to suggest yet.</p>
        <a href="/options.html#library" onClick={openOptions}>
          Set up your library
        </a>
      </div>
    );
  } else {
    const items: SuggestionView[] = view?.items ?? [];
    const weak = view?.weak ?? false;
    const contextSummary = view ? [view.prospect.title, view.prospect.industry, ...view.chips.map((c) => c.label)].filter(Boolean).join(' · ') : '';
    const chosen = [...selected]
      .map((id) => items.find((i) => i.id === id) ?? (assetById(id) ? toItem(assetById(id)!) : undefined))
      .filter((a): a is SuggestionView => a !== undefined);
    const taxonomy = library?.taxonomy ?? emptyTaxonomy();
    body = (
      <>
        {view && detected ? (
          <ProspectCard
            prospect={view.prospect}
            chips={view.chips}
            stageLabel={view.stageLabel}
            taxonomy={taxonomy}
            corrected={!isEmptyCorrection(correction) && key !== undefined}
            onRemoveChip={(kind, id) => saveCorrection(withChip(correction ?? emptyCorrection(key ?? UNSAVED), kind, id, 'remove', Date.now()))}
            onAddChip={(kind, id) => saveCorrection(withChip(correction ?? emptyCorrection(key ?? UNSAVED), kind, id, 'add', Date.now()))}
            onEditFields={(fields) => saveCorrection(withFieldEdits(correction ?? emptyCorrection(key ?? UNSAVED), detected, fields, Date.now()))}
            onResetCorrections={() => key && void db.corrections.delete(key)}
          />
        ) : (
          <ManualProspectForm initial={manual} onSubmit={(p) => setManual(p)} />
        )}
        {view && key && accountKey(view.prospect) && (detected?.source?.recordType === 'opportunity' || detected?.source?.recordType === 'deal') ? (
          <DealWon
            account={view.prospect.company ?? accountKey(view.prospect)!}
            won={isWonStage(view.prospect.stage)}
            onMarkWon={async (amount) => {
              // Credited once per deal: marking it won again (or the background having seen it won)
              // updates the credit and records no second 'won' event.
              const { outcome, firstCredit } = await creditWonDealOnce(db, {
                ...base(),
                dealKey: key,
                account: accountKey(view.prospect)!,
                ...(view.prospect.name ? { name: view.prospect.name } : {}),
                ...(amount !== undefined ? { amount } : {}),
                wonAt: Date.now(),
              });
              if (firstCredit) void sendMessage({ type: 'usage:recorded' });
              setToast(`Deal won: ${outcome.assetIds.length} shared asset${outcome.assetIds.length === 1 ? '' : 's'} credited.`);
            }}
          />
        ) : null}
        {record === undefined && manual ? (
          <button type="button" class="link" onClick={() => setManual(undefined)}>
            Describe someone else
          </button>
        ) : null}

        <div class="tabs" role="tablist" aria-label="Content">
          <button type="button" role="tab" id="tab-suggested" aria-controls="panel-suggested" aria-selected={tab === 'suggested'} onClick={() => setTab('suggested')}>
            Suggested
          </button>
          <button type="button" role="tab" id="tab-search" aria-controls="panel-search" aria-selected={tab === 'search'} onClick={() => setTab('search')}>
            Search
          </button>
        </div>

        <section id="panel-suggested" role="tabpanel" aria-labelledby="tab-suggested" hidden={tab !== 'suggested'}>
          {!view ? (
            <p class="muted">Suggestions appear here once Tailor knows who you are talking to.</p>
          ) : items.length === 0 ? (
            <p class="state">No content in the library can be shared right now (everything is expired or archived).</p>
          ) : (
            <>
              {view.general ? <p class="muted small-text">Nothing is known about this prospect yet: here is broadly useful content.</p> : null}
              {weak ? (
                <p class="weak-note" role="status">
                  Nothing fits this prospect well. These are the closest; ask marketing for what is missing.
                </p>
              ) : null}
              <SuggestionList label="Suggested content" items={items} selected={selected} onSelect={toggle} {...actions} />
            </>
          )}
        </section>
        {/* Kept while hidden, so a search survives a look at the suggestions. */}
        <section id="panel-search" role="tabpanel" aria-labelledby="tab-search" hidden={tab !== 'search'}>
          <SearchPanel index={index} taxonomy={taxonomy} today={today} toItem={toItem} selected={selected} onSelect={toggle} {...actions} />
        </section>

        {selected.size > 0 ? (
          <div class="selection-bar" role="region" aria-label="Selected content">
            <span>{selected.size} selected</span>
            <button type="button" class="primary small" onClick={() => copyForEmail(chosen)}>
              Copy {selected.size} for email
            </button>
            <button type="button" class="small" onClick={() => setSelected(new Set())}>
              Clear
            </button>
          </div>
        ) : null}

        <div class="ask">
          {asking ? (
            <RequestForm
              contextSummary={contextSummary}
              onCancel={() => setAsking(false)}
              onSubmit={async (note) => {
                await db.requests.add({
                  createdAt: Date.now(),
                  status: 'open',
                  note,
                  prospect: view?.prospect ?? {},
                  context: base().context,
                  ...(settings.value?.repId ? { rep: settings.value.repId } : {}),
                });
                record_([{ ...base(), type: 'request', reason: note.slice(0, 200) }]);
                setAsking(false);
                setToast('Request sent to marketing.');
              }}
            />
          ) : (
            <button type="button" class={weak ? 'primary' : ''} onClick={() => setAsking(true)}>
              Nothing fits? Ask marketing
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <div class="panel">
      <header class="panel-header">
        <div class="brand">
          <img src="/icon/icon.svg" alt="" />
          <h1>Tailor</h1>
        </div>
        <div class="header-actions">
          {!pinned && tabId !== undefined ? (
            <button
              type="button"
              class="small quiet"
              title="Open this panel in its own window, pinned to this tab"
              onClick={() => void browser.windows.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`), type: 'popup', width: 400, height: 760 })}
            >
              Pop out
            </button>
          ) : null}
          <a href="/options.html" onClick={openOptions} class="small-text">
            Library
          </a>
        </div>
      </header>
      <main>
        {storageShort ? (
          <p class="warning-banner" role="alert">
            {storageShort}
          </p>
        ) : null}
        {body}
      </main>
      {toast ? <Toast message={toast} onDismiss={() => setToast(undefined)} /> : null}
    </div>
  );
}

