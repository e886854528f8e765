// Suggested phrases are worked out here, off the options page's main thread: every corrected record's
// notes are read into word sequences, which for thousands of reps' corrections takes seconds.
import type { PainCorrection } from '../match';
import type { Taxonomy } from '../model';
import { phraseSuggestionItems, type PhraseSuggestionItem } from './phrase-suggestions';

export interface PhraseWorkerRequest {
  id: number;
  taxonomy: Taxonomy;
  corrections: PainCorrection[];
  dismissed: string[];
}

export type PhraseWorkerReply = { id: number; items: PhraseSuggestionItem[] } | { id: number; failed: string };

const post = (reply: PhraseWorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (e: MessageEvent<PhraseWorkerRequest>) => {
  const { id, taxonomy, corrections, dismissed } = e.data;
  try {
    post({ id, items: phraseSuggestionItems(taxonomy, corrections, dismissed) });
  } catch (err) {
    post({ id, failed: err instanceof Error ? err.message : String(err) });
  }
};
