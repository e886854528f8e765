import { useMemo, useState } from 'preact/hooks';
import { PhraseSuggestionList } from '@/components/phrase-suggestion-list';
import { Toast } from '@/components/toast';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import {
  addSuggestedPhrase,
  dismissPhraseSuggestion,
  loadPhraseSuggestionInputs,
  removeSuggestedPhrase,
  restorePhraseSuggestion,
} from '@/lib/db/phrase-suggestions';
import { phraseSuggestionItems, type PhraseSuggestionItem } from '@/lib/library/phrase-suggestions';
import type { Taxonomy } from '@/lib/model';

interface Done {
  message: string;
  undo: () => Promise<unknown>;
}

/** The taxonomy's "Suggested phrases from reps' corrections": this browser's corrections, live. */
export function PhraseSuggestionsSection({ taxonomy }: { taxonomy: Taxonomy }) {
  const db = usePageDb();
  const inputs = useLiveQuery(() => loadPhraseSuggestionInputs(db), []);
  const items = useMemo(
    () => (inputs.value ? phraseSuggestionItems(taxonomy, inputs.value.corrections, inputs.value.dismissed) : []),
    [taxonomy, inputs.value],
  );
  const [busy, setBusy] = useState<string>();
  const [done, setDone] = useState<Done>();
  const [error, setError] = useState<string>();

  if (inputs.error) return <p class="error" role="alert">Reps' corrections could not be read: {inputs.error.message}</p>;
  if (!inputs.value) return <p role="status">Reading reps' corrections…</p>;

  const run = async (item: PhraseSuggestionItem, action: () => Promise<Done | string>) => {
    if (busy) return;
    setBusy(item.key);
    setError(undefined);
    try {
      const outcome = await action();
      if (typeof outcome === 'string') setError(outcome);
      else setDone(outcome);
    } catch (e) {
      setError(`“${item.phrase}” could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(undefined);
    }
  };
  const add = (s: PhraseSuggestionItem) =>
    run(s, async () => {
      const r = await addSuggestedPhrase(db, s.painPoint, s.phrase);
      if (!r.ok) return `“${s.phrase}” was not added to ${s.label}: ${r.message}.`;
      return {
        message: `Added “${s.phrase}” to the phrases of ${s.label}. Publish the library for reps to get it.`,
        undo: () => removeSuggestedPhrase(db, s.painPoint, s.phrase),
      };
    });
  const dismiss = (s: PhraseSuggestionItem) =>
    run(s, async () => {
      await dismissPhraseSuggestion(db, s.key);
      return { message: `Dismissed “${s.phrase}” for ${s.label}: it will not be suggested again.`, undo: () => restorePhraseSuggestion(db, s.key) };
    });
  const painCorrections = inputs.value.corrections.filter((c) => c.added.length > 0).length;

  return (
    <>
      <PhraseSuggestionList items={items} painCorrections={painCorrections} busy={busy} onAdd={(s) => void add(s)} onDismiss={(s) => void dismiss(s)} />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <Toast
          message={done.message}
          actionLabel="Undo"
          onAction={() => {
            const { undo } = done;
            setDone(undefined);
            void undo().catch((e: unknown) => setError(`The undo failed: ${e instanceof Error ? e.message : String(e)}`));
          }}
          onDismiss={() => setDone(undefined)}
        />
      ) : null}
    </>
  );
}
