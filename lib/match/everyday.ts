// English's everyday words, as WordNet counts them (lib/match/everyday-table.generated.ts, scripts/build-everyday-table.ts).
import { EVERYDAY_TABLE } from './everyday-table.generated';

const EVERYDAY = new Set(EVERYDAY_TABLE.split(' '));

/** Whether a word stem (Porter, as `stem` makes it) is one of English's commonest words ("year", "time", "not"). */
export const isEverydayStem = (s: string): boolean => EVERYDAY.has(s);
