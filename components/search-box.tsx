import { ASSET_TYPES, ASSET_TYPE_LABELS, STAGES, STAGE_LABELS, TAXONOMY_KINDS, TAXONOMY_KIND_LABELS, type AssetType, type Stage, type Taxonomy } from '@/lib/model';
import type { SearchFacets } from '@/lib/search';

export interface SearchBoxProps {
  query: string;
  facets: SearchFacets;
  taxonomy: Taxonomy;
  onQuery: (q: string) => void;
  onFacets: (f: SearchFacets) => void;
}

/** The library search: words (typos forgiven) and filters, as compact selects for a narrow panel. */
export function SearchBox({ query, facets, taxonomy, onQuery, onFacets }: SearchBoxProps) {
  const one = <T extends string>(values: readonly T[] | undefined) => values?.[0] ?? '';
  return (
    <div class="search-box" role="search">
      <input
        type="search"
        aria-label="Search library"
        placeholder="Search library (typos are fine)"
        value={query}
        onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
      />
      <div class="facets">
        <label>
          <span class="visually-hidden">Type</span>
          <select value={one(facets.types)} onChange={(e) => { const v = (e.target as HTMLSelectElement).value as AssetType | ''; onFacets({ ...facets, types: v ? [v] : [] }); }}>
            <option value="">Any type</option>
            {ASSET_TYPES.map((t) => <option key={t} value={t}>{ASSET_TYPE_LABELS[t]}</option>)}
          </select>
        </label>
        <label>
          <span class="visually-hidden">Stage</span>
          <select value={one(facets.stages)} onChange={(e) => { const v = (e.target as HTMLSelectElement).value as Stage | ''; onFacets({ ...facets, stages: v ? [v] : [] }); }}>
            <option value="">Any stage</option>
            {STAGES.map((s) => <option key={s} value={s}>{STAGE_LABELS[s]}</option>)}
          </select>
        </label>
        {TAXONOMY_KINDS.map((kind) => (
          <label key={kind}>
            <span class="visually-hidden">{TAXONOMY_KIND_LABELS[kind].one}</span>
            <select value={one(facets[kind])} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; onFacets({ ...facets, [kind]: v ? [v] : [] }); }}>
              <option value="">Any {TAXONOMY_KIND_LABELS[kind].one.toLowerCase()}</option>
              {taxonomy[kind].map((entry) => <option key={entry.id} value={entry.id}>{entry.label}</option>)}
            </select>
          </label>
        ))}
      </div>
    </div>
  );
}
