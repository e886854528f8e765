// Drives the suggested-phrases worker: the latest inputs in, their suggestions out; a reply to inputs
// that have changed since is dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PhraseSuggestionItem } from '@/lib/library/phrase-suggestions';
import type { PhraseWorkerReply, PhraseWorkerRequest } from '@/lib/library/phrase-suggestions.worker';

export interface PhraseSuggestionsState {
  items: PhraseSuggestionItem[] | undefined;
  /** The suggestions shown are for older inputs: new ones are being worked out. */
  computing: boolean;
  error: string | undefined;
}

export function usePhraseSuggestions(request: Omit<PhraseWorkerRequest, 'id'> | undefined): PhraseSuggestionsState {
  const worker = useRef<Worker | undefined>(undefined);
  const latest = useRef(0);
  const [state, setState] = useState<PhraseSuggestionsState>({ items: undefined, computing: true, error: undefined });
  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    if (!request) return;
    if (!worker.current) {
      worker.current = new Worker(new URL('../lib/library/phrase-suggestions.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<PhraseWorkerReply>) => {
        if (e.data.id !== latest.current) return;
        const reply = e.data;
        setState('items' in reply ? { items: reply.items, computing: false, error: undefined } : { items: undefined, computing: false, error: reply.failed });
      };
      worker.current.onerror = (e) => setState({ items: undefined, computing: false, error: e.message || 'the suggestions could not be worked out' });
    }
    const id = ++latest.current;
    setState((s) => ({ ...s, computing: true }));
    worker.current.postMessage({ id, ...request } satisfies PhraseWorkerRequest);
  }, [request]);
  return state;
}
