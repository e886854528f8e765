// English's everyday words, as WordNet counts them (lib/match/everyday-table.generated.ts, scripts/build-everyday-table.ts).
import { EVERYDAY_TABLE } from './everyday-table.generated';

const EVERYDAY = new Set(EVERYDAY_TABLE.split(' '));

/** Whether a word, lower-cased as the notes write it, is one of English's commonest words ("year", "times", "take"):
 * counted per word, so "hearing" (of hearing aids) and "developers" are not, though "hear" and
 * "develop" are. */
export const isEverydayWord = (w: string): boolean => EVERYDAY.has(w);
