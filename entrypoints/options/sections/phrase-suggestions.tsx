import { useMemo, useState } from 'preact/hooks';
import type { Notice } from '@/components/notice';
import { CorrectionsFiles, PhraseSuggestionList } from '@/components/phrase-suggestion-list';
import { Toast } from '@/components/toast';
import { downloadText } from '@/hooks/download';
import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { usePhraseSuggestions } from '@/hooks/use-phrase-suggestions';
import {
  addSharedCorrections,
  addSuggestedPhrase,
  dismissPhraseSuggestion,
  exportCorrectionsFile,
  forgetSharedCorrections,
  loadPhraseSuggestionInputs,
  removeSuggestedPhrase,
  restorePhraseSuggestion,
} from '@/lib/db/phrase-suggestions';
import { readCorrectionsFile, type SharedCorrection } from '@/lib/library/corrections-file';
import type { PhraseSuggestionItem } from '@/lib/library/phrase-suggestions';
import { describeProblem, type Problem } from '@/lib/pack/problems';
import type { Taxonomy } from '@/lib/model';

interface Done {
  message: string;
  undo: () => Promise<unknown>;
}

/** The taxonomy's "Suggested phrases from reps' corrections": this browser's corrections, live. */
export function PhraseSuggestionsSection({ taxonomy }: { taxonomy: Taxonomy }) {
  const db = usePageDb();
  const inputs = useLiveQuery(() => loadPhraseSuggestionInputs(db), []);
  // Worked out in a worker: thousands of corrections' notes take seconds to read.
  const request = useMemo(
    () => (inputs.value ? { taxonomy, corrections: inputs.value.corrections, dismissed: inputs.value.dismissed } : undefined),
    [taxonomy, inputs.value],
  );
  const suggested = usePhraseSuggestions(request);
  const [busy, setBusy] = useState<string>();
  const [done, setDone] = useState<Done>();
  const [error, setError] = useState<string>();
  const [filesNotice, setFilesNotice] = useState<Notice>();
  const own = useLiveQuery(() => db.corrections.count(), []);

  if (inputs.error) return <p class="error" role="alert">Reps' corrections could not be read: {inputs.error.message}</p>;
  if (suggested.error) return <p class="error" role="alert">The suggested phrases could not be worked out: {suggested.error}</p>;
  if (!inputs.value || !suggested.items) return <p role="status">Finding phrases in reps' corrections…</p>;
  const items = suggested.items;

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

  const download = async () => {
    const file = await exportCorrectionsFile(db);
    downloadText(`tailor-corrections-${file.exportedAt.slice(0, 10)}.json`, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    setFilesNotice({ tone: 'ok', text: `Downloaded the corrections of ${file.corrections.length} record${file.corrections.length === 1 ? '' : 's'}: send the file to marketing.` });
  };
  // Every file is read and checked first; nothing is added unless all of them are good.
  const addFiles = async (files: File[]) => {
    const read: SharedCorrection[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const checked = readCorrectionsFile(await f.text(), f.name);
      if (checked.ok) read.push(...checked.value);
      else problems.push(...checked.errors);
    }
    if (problems.length) {
      const shown = problems.slice(0, 3).map(describeProblem).join('; ');
      setFilesNotice({ tone: 'error', text: `Nothing was added: ${shown}${problems.length > 3 ? ` (and ${problems.length - 3} more problems)` : ''}.` });
      return;
    }
    try {
      const { added, updated } = await addSharedCorrections(db, read);
      setFilesNotice({
        tone: 'ok',
        text: `Added the corrections of ${added} record${added === 1 ? '' : 's'} from ${files.length} file${files.length === 1 ? '' : 's'}${updated ? `; ${updated} updated` : ''}${read.length - added - updated ? `; ${read.length - added - updated} already here` : ''}.`,
      });
    } catch (e) {
      setFilesNotice({ tone: 'error', text: `Nothing was added: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  const forget = async () => {
    await forgetSharedCorrections(db);
    setFilesNotice({ tone: 'ok', text: 'Forgot the corrections added from files. This browser’s own corrections stay.' });
  };

  return (
    <div class="ps-area">
      <PhraseSuggestionList items={items} painCorrections={painCorrections} busy={busy} onAdd={(s) => void add(s)} onDismiss={(s) => void dismiss(s)} />
      <CorrectionsFiles
        own={own.value ?? 0}
        fromFiles={inputs.value.fromFiles}
        notice={filesNotice}
        onDownload={() => void download()}
        onFiles={(files) => void addFiles(files)}
        onForget={() => void forget()}
      />
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
    </div>
  );
}
