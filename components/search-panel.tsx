import { useMemo, useState } from 'preact/hooks';
import type { Asset, Taxonomy } from '@/lib/model';
import { searchAssets, type SearchFacets, type SearchIndex } from '@/lib/search';
import { SearchBox } from './search-box';
import type { PanelItem } from '@/lib/panel/view';
import { SuggestionList, type SuggestionActions } from './suggestion-list';

export interface SearchPanelProps extends SuggestionActions {
  /** Undefined while the index is being built. */
  index: SearchIndex<Asset> | undefined;
  taxonomy: Taxonomy;
  /** Only what reps may share on this day is found. */
  today: string;
  toItem: (asset: Asset) => PanelItem;
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
}

/** Results shown at first (about two screens of the panel), and how many more each "Show more" adds:
 * a keystroke renders ten items, not a hundred. */
const PAGE = 10;
const MOST = 100;

/** The library search tab. It keeps the query itself, so a keystroke renders the search and its
 * results, not the whole panel. */
export function SearchPanel({ index, taxonomy, today, toItem, selected, onSelect, ...actions }: SearchPanelProps) {
  const [query, setQuery] = useState('');
  const [facets, setFacets] = useState<SearchFacets>({});
  const [shown, setShown] = useState(PAGE);
  const filtering = query.trim() !== '' || Object.values(facets).some((f) => f?.length);
  const found = useMemo(
    () => (index && filtering ? searchAssets(index, query, { facets, limit: MOST, shareableOn: today }) : []),
    [index, query, facets, today],
  );
  const items = useMemo(() => found.slice(0, shown).map((r) => toItem(r.asset)), [found, shown]);
  const search = (q: string) => {
    setQuery(q);
    setShown(PAGE);
  };
  const filter = (f: SearchFacets) => {
    setFacets(f);
    setShown(PAGE);
  };
  return (
    <>
      <SearchBox query={query} facets={facets} taxonomy={taxonomy} onQuery={search} onFacets={filter} />
      {!index ? (
        <p class="muted" role="status">Preparing search…</p>
      ) : filtering ? (
        items.length ? (
          <>
            <SuggestionList label="Search results" items={items} selected={selected} onSelect={onSelect} {...actions} />
            {found.length > items.length ? (
              <button type="button" class="small" onClick={() => setShown((n) => n + PAGE)}>
                Show more results ({found.length === MOST ? `${MOST - items.length}+` : found.length - items.length} more)
              </button>
            ) : null}
          </>
        ) : (
          <p class="muted" role="status">No content matches. Try fewer words or other filters.</p>
        )
      ) : (
        <p class="muted">Type to search titles, descriptions and tags; typos are fine.</p>
      )}
    </>
  );
}
