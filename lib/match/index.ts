// The matcher: a prospect read into the library's taxonomy, and the library ranked for it.
//
//   const compiled = compileTaxonomy(taxonomy);            // once per library (or taxonomy change)
//   const resolution = resolveProspect(prospect, compiled); // ids per kind + evidence for each
//   const { suggestions, general } = rankAssets(assets, resolution, { today, limit, feedback });
//   contextOf(resolution)                                  // { personas, industries, painPoints, stage }
//
// Everything is pure and synchronous: the same code runs in the side panel, the options page and the
// `tailor suggest` command. Nothing here is keyed to any particular taxonomy: general knowledge of job
// titles, industries and buyers' problems (./knowledge) reaches a taxonomy through its labels and aliases.
export { compileTaxonomy, type CompiledTaxonomy } from './compile';
export { resolveProspect, contextOf, describeResolved, isEmptyResolution, type Resolution, type Resolved, type Evidence } from './resolve';
export { rankAssets, contextSimilarity, type NotRelevantFeedback, type RankOptions, type Ranking, type Suggestion } from './rank';
export { funnelStage } from './knowledge/stages';
export { suggestPainPhrases, type PainCorrection, type PhraseSuggestion, type PhraseSuggestionOptions } from './phrase-suggestions';
