import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DealWon } from '@/components/deal-won';
import { EmailOffHint } from '@/components/email-off-hint';
import { ManualProspectForm } from '@/components/manual-prospect-form';
import { ProspectCard } from '@/components/prospect-card';
import { RequestForm } from '@/components/request-form';
import { SearchPanel } from '@/components/search-panel';
import { SuggestionList } from '@/components/suggestion-list';
import { Toast } from '@/components/toast';
import { WritingTo } from '@/components/writing-to';
import { usePanel, type PanelModel } from '@/hooks/use-panel';
import { emptyTaxonomy } from '@/lib/model';
import { contextSummary, panelItemOf } from '@/lib/panel/model';
import { PICK_HINT } from '@/lib/panel/first-paint';
import { isWonStage } from '@/lib/usage/outcomes';
import { openEmailSettings, openOptions, popOut, showFullPanel } from './shell';

/** The rep's side panel: the prospect on screen, suggestions for them, search, and a request to marketing. */
export function App() {
  const p = usePanel();
  const main = useRef<HTMLElement>(null);
  // The first paint stays until this panel has more to show than "Loading": no blank or loading frame between.
  const ready = !p.loading || p.libraryError !== undefined;
  useLayoutEffect(() => {
    if (ready) showFullPanel();
  }, [ready]);
  return (
    <div class="panel">
      <header class="panel-header">
        <div class="brand">
          <img src="/icon/48.png" alt="" />
          <h1>Tailor</h1>
        </div>
        <div class="header-actions">
          {!p.pinned && p.tabId !== undefined ? (
            <button
              type="button"
              class="small quiet"
              title="Open this panel in its own window, pinned to this tab"
              onClick={() => popOut(p.tabId!)}
            >
              Pop out
            </button>
          ) : null}
          <a href="/options.html" onClick={openOptions} class="small-text">
            Library
          </a>
        </div>
      </header>
      <main tabIndex={-1} ref={main}>
        {p.storageShort ? (
          <p class="warning-banner" role="alert">
            {p.storageShort}
          </p>
        ) : null}
        <PanelBody p={p} focusMain={() => main.current?.focus()} />
      </main>
      <div class="panel-footer">
        {p.selected.size > 0 ? (
          <div class="selection-bar" role="region" aria-label="Selected content">
            <span>{p.selected.size} selected</span>
            {p.mail?.open ? (
              <button type="button" class="primary small" onClick={() => p.insertIntoEmail(p.chosen())}>
                Insert {p.selected.size} into email
              </button>
            ) : null}
            <button type="button" class={p.mail?.open ? 'small' : 'primary small'} onClick={() => p.copyForEmail(p.chosen())}>
              Copy {p.selected.size} for email
            </button>
            <button type="button" class="small" onClick={p.clearSelection}>
              Clear
            </button>
          </div>
        ) : null}
        {p.toast ? <Toast message={p.toast} onDismiss={p.dismissToast} /> : null}
      </div>
    </div>
  );
}

function PanelBody({ p, focusMain }: { p: PanelModel; focusMain(): void }) {
  const [tab, setTab] = useState<'suggested' | 'search'>('suggested');
  const [asking, setAsking] = useState(false);
  // Another record on screen brings its suggestions forward, even from the Search tab (whose query stays
  // there for when the rep goes back to it).
  const [shownFor, setShownFor] = useState(p.recordKey);
  if (p.recordKey !== shownFor) {
    setShownFor(p.recordKey);
    if (tab !== 'suggested') setTab('suggested');
  }
  if (p.libraryError)
    return (
      <div class="state" role="alert">
        <p>Tailor could not open your library: {p.libraryError.message}</p>
        <button type="button" class="primary small" onClick={p.retry}>
          Try again
        </button>
      </div>
    );
  if (p.loading)
    return (
      <p class="state" role="status">
        Loading suggestions…
      </p>
    );
  if (p.library && p.library.assets.length === 0)
    return (
      <div class="state" role="status">
        <p>Your content library is empty, so there is nothing to suggest yet.</p>
        <a href="/options.html#library" onClick={openOptions}>
          Set up your library
        </a>
      </div>
    );

  const { view, selected } = p;
  const items = view?.items ?? [];
  const weak = view?.weak ?? false;
  const taxonomy = p.library?.taxonomy ?? emptyTaxonomy();
  return (
    <>
      {!p.mail && p.emailOffHint ? (
        <EmailOffHint
          hint={p.emailOffHint}
          onTurnOn={openEmailSettings}
          onDismiss={() => {
            // The focused button goes with the hint: the focus goes to the panel's content, not to the page's start.
            focusMain();
            void p.dismissEmailHint();
          }}
        />
      ) : null}
      {p.mail ? <WritingTo mail={p.mail} {...(p.mail.match && view ? { prospect: view.prospect } : {})} now={Date.now()} recent={p.recentRecords} onPick={p.pickRecord} /> : null}
      {view && p.detected ? (
        <ProspectCard
          key={p.recordKey ?? 'manual'}
          prospect={view.prospect}
          chips={view.chips}
          stageLabel={view.stageLabel}
          taxonomy={taxonomy}
          corrected={p.corrected}
          onRemoveChip={p.correct.removeChip}
          onAddChip={p.correct.addChip}
          onEditFields={p.correct.editFields}
          onResetCorrections={p.correct.reset}
        />
      ) : (
        <>
          {/* Writing to someone never seen: the banner above already says why the form is there. */}
          <ManualProspectForm
            initial={p.manual}
            {...(p.mail ? { intro: p.mail.open && !p.mail.match && p.mail.recipients.length > 0 ? '' : 'Describe who you are writing to:' } : {})}
            onSubmit={(m) => p.setManual(m)}
          />
        </>
      )}
      {p.deal ? <DealWon account={p.deal.account} won={isWonStage(p.deal.stage)} onMarkWon={p.deal.markWon} /> : null}
      {!p.isRecord && p.manual ? (
        <button type="button" class="link" onClick={() => p.setManual(undefined)}>
          Describe someone else
        </button>
      ) : null}

      <div class="tabs">
        <div class="tab-list" role="tablist" aria-label="Content">
          <button type="button" role="tab" id="tab-suggested" aria-controls="panel-suggested" aria-selected={tab === 'suggested'} onClick={() => setTab('suggested')}>
            Suggested
          </button>
          <button type="button" role="tab" id="tab-search" aria-controls="panel-search" aria-selected={tab === 'search'} onClick={() => setTab('search')}>
            Search
          </button>
        </div>
        {/* What the box before each suggestion is for, in the room beside the tabs, until the rep ticks one
            (then the selection bar says what it does). */}
        {tab === 'suggested' && items.length > 0 && selected.size === 0 ? <span class="pick-hint">{PICK_HINT}</span> : null}
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
            <SuggestionList label="Suggested content" items={items} selected={selected} onSelect={p.toggle} {...p.itemActions} />
          </>
        )}
      </section>
      {/* Kept while hidden, so a search survives a look at the suggestions. */}
      <section id="panel-search" role="tabpanel" aria-labelledby="tab-search" hidden={tab !== 'search'}>
        <SearchPanel index={p.index} taxonomy={taxonomy} today={p.today} toItem={panelItemOf} selected={selected} onSelect={p.toggle} {...p.itemActions} />
      </section>

      <div class="ask">
        {asking ? (
          <RequestForm
            contextSummary={contextSummary(view)}
            onCancel={() => setAsking(false)}
            onSubmit={async (note) => {
              await p.request(note);
              setAsking(false);
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
