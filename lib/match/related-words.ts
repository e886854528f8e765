// Words related to a word in general English (WordNet: synonyms of its most frequent sense, and the
// broader words that sense is a kind of), as word stems, so a prospect's own wording reaches content
// and pain points worded otherwise. The table is generated at build time (wordnet-table.generated.ts,
// scripts/build-wordnet-table.ts) and read once, on first use.
import { WORDNET_TABLE } from './wordnet-table.generated';

export interface RelatedStems {
  synonyms: readonly string[];
  broader: readonly string[];
}
/** Related stems of a stem: what the matcher takes (`compileTaxonomy` and `rankAssets` options). */
export type RelatedWords = (stem: string) => RelatedStems;

let table: Map<string, RelatedStems> | undefined;
const NONE: RelatedStems = { synonyms: [], broader: [] };

/** The stems related to a word stem ("repair": fix, mend...; broader: improv...), or none. */
export function relatedStems(stem: string): RelatedStems {
  if (!table) {
    table = new Map();
    for (const line of WORDNET_TABLE.split('\n')) {
      const space = line.indexOf(' ');
      const [synonyms = '', broader = ''] = line.slice(space + 1).split('|');
      table.set(line.slice(0, space), { synonyms: synonyms ? synonyms.split(',') : [], broader: broader ? broader.split(',') : [] });
    }
  }
  return table.get(stem) ?? NONE;
}
