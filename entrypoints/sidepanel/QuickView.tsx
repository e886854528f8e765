import { ProspectCard } from '@/components/prospect-card';
import { SuggestionList } from '@/components/suggestion-list';
import { useFollowedTab } from '@/hooks/use-followed-tab';
import { useTabView } from '@/hooks/use-tab-view';
import { emptyTaxonomy } from '@/lib/model';

const nothing = () => undefined;

/**
 * The first paint, while the rest of the panel (database, matcher, search) loads: what the background
 * prepared for the record on screen, in the same components the full panel uses.
 */
export function QuickView() {
  const { tabId } = useFollowedTab();
  const { view } = useTabView(tabId);
  return (
    <div class="panel">
      <header class="panel-header">
        <div class="brand">
          <img src="/icon/icon.svg" alt="" />
          <h1>Tailor</h1>
        </div>
      </header>
      <main>
        {view ? (
          <>
            <ProspectCard
              prospect={view.prospect}
              chips={view.chips}
              stageLabel={view.stageLabel}
              taxonomy={emptyTaxonomy()}
              corrected={false}
              onRemoveChip={nothing}
              onAddChip={nothing}
              onEditFields={nothing}
              onResetCorrections={nothing}
              waiting
            />
            <SuggestionList
              label="Suggested content"
              items={view.items}
              selected={new Set()}
              onSelect={nothing}
              onOpen={nothing}
              onCopyLink={nothing}
              onCopyEmail={nothing}
              onNotRelevant={nothing}
              onFlag={nothing}
              waiting
            />
          </>
        ) : (
          <p class="state" role="status">
            Loading suggestions…
          </p>
        )}
      </main>
    </div>
  );
}
