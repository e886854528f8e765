// What the side panel shows for a prospect: the rep's corrections applied, the prospect read into the
// library's taxonomy, the library ranked, and the chips that say where each reading came from.
import { compileTaxonomy, rankAssets, resolveProspect, type CompiledTaxonomy, type NotRelevantFeedback, type Ranking, type Resolution } from '../match';
import { TAXONOMY_KINDS, type Asset, type Prospect, type ProspectCorrection, type TaxonomyKind, type Taxonomy } from '../model';
import { correctProspect, correctResolution } from './corrections';

export interface PanelLibrary {
  assets: Asset[];
  taxonomy: Taxonomy;
  compiled: CompiledTaxonomy;
}

export const panelLibrary = (assets: Asset[], taxonomy: Taxonomy): PanelLibrary => ({ assets, taxonomy, compiled: compileTaxonomy(taxonomy, assets) });

export interface Chip {
  kind: TaxonomyKind;
  id: string;
  label: string;
  /** Where it came from: 'from "Chief Financial Officer"', 'added by you'. */
  source: string;
}

export interface PanelSuggestions {
  prospect: Prospect;
  resolution: Resolution;
  ranking: Ranking<Asset>;
  chips: Chip[];
}

export function chipsOf(resolution: Resolution): Chip[] {
  return TAXONOMY_KINDS.flatMap((kind) =>
    resolution[kind].map((r) => ({
      kind,
      id: r.id,
      label: r.label,
      source: r.evidence.field === 'rep' ? 'added by you' : kind === 'painPoints' ? `“${r.evidence.quote}”` : `from “${r.evidence.quote}”`,
    })),
  );
}

export function panelSuggestions(
  library: PanelLibrary,
  detected: Prospect,
  correction: ProspectCorrection | undefined,
  feedback: readonly NotRelevantFeedback[],
  today: string,
  limit = 5,
): PanelSuggestions {
  const prospect = correctProspect(detected, correction);
  const resolution = correctResolution(resolveProspect(prospect, library.compiled), correction, library.compiled.labels);
  const ranking = rankAssets(library.assets, resolution, { today, limit, feedback, company: prospect.company });
  return { prospect, resolution, ranking, chips: chipsOf(resolution) };
}
