import { useEffect, useRef } from 'preact/hooks';
import { NoticeLine, type Notice } from './notice';
import type { PhraseSuggestionItem } from '@/lib/library/phrase-suggestions';

export interface PhraseSuggestionListProps {
  items: readonly PhraseSuggestionItem[];
  /** Corrections in this browser that added a pain point: what the empty state reports. */
  painCorrections: number;
  /** The key of the suggestion whose action is being written. */
  busy?: string;
  onAdd: (item: PhraseSuggestionItem) => void;
  onDismiss: (item: PhraseSuggestionItem) => void;
}

/** Reps' corrections as phrases proposed for the taxonomy's pain points, each to add or dismiss. */
export function PhraseSuggestionList({ items, painCorrections, busy, onAdd, onDismiss }: PhraseSuggestionListProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After Add or Dismiss the suggestion leaves the list: the keyboard goes on to the one that took its
  // place (or the heading when none is left), not back to the top of the page.
  const refocus = useRef<{ at: number; key: string } | undefined>(undefined);
  useEffect(() => {
    const pending = refocus.current;
    if (!pending || items.some((s) => s.key === pending.key)) return;
    refocus.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.ps-add');
    const next = buttons?.[Math.min(pending.at, buttons.length - 1)];
    (next ?? heading.current)?.focus();
  }, [items]);
  const act = (at: number, item: PhraseSuggestionItem, action: (item: PhraseSuggestionItem) => void) => {
    refocus.current = { at, key: item.key };
    action(item);
  };

  return (
    <section class="phrase-suggestions" aria-labelledby="ps-title">
      <h3 id="ps-title" tabIndex={-1} ref={heading}>
        Suggested phrases from reps' corrections{items.length ? ` (${items.length})` : ''}
      </h3>
      <p class="muted">
        When reps add the same pain point by hand to several prospects whose notes share words the taxonomy does not know, those words
        are proposed here. Added as a phrase, they are read as that pain point from then on, and reach every rep with the next library you
        publish.
      </p>
      {items.length === 0 ? (
        <p class="ps-empty" data-testid="phrase-suggestions-empty">
          No suggestions yet. A phrase appears here once reps have added a pain point to at least 3 prospects whose notes say it, and it is
          said mostly where they added that pain. Suggestions come from the corrections made in this browser and those added from reps'
          files below (
          {painCorrections === 1 ? '1 prospect' : `${painCorrections} prospects`} with a pain point added by hand so far).
        </p>
      ) : (
        <ul class="ps-list" ref={list} aria-labelledby="ps-title">
          {items.map((s, i) => (
            <li key={s.key} class="ps-item" aria-labelledby={`ps-${i}-phrase`} aria-busy={busy === s.key ? true : undefined}>
              <div class="ps-text">
                <p class="ps-head">
                  <span class="ps-phrase" id={`ps-${i}-phrase`}>
                    “{s.phrase}”
                  </span>{' '}
                  <span class="muted">for</span> <strong class="ps-pain">{s.label}</strong>
                </p>
                <p class="ps-support">
                  Reps added {s.label} to {s.prospects} prospect{s.prospects === 1 ? '' : 's'} whose notes said it
                  {s.precision < 1 ? ` (${Math.round(s.precision * 100)}% of the corrected prospects whose notes say it)` : ''}, as in:
                </p>
                <blockquote class="ps-example">
                  {s.example.before}
                  <mark>{s.example.match}</mark>
                  {s.example.after}
                </blockquote>
              </div>
              <div class="ps-actions">
                <button
                  type="button"
                  class="primary ps-add"
                  aria-label={`Add as phrase “${s.phrase}” to ${s.label}`}
                  onClick={() => act(i, s, onAdd)}
                >
                  Add as phrase
                </button>
                <button
                  type="button"
                  aria-label={`Dismiss “${s.phrase}” for ${s.label}`}
                  onClick={() => act(i, s, onDismiss)}
                >
                  Dismiss
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface CorrectionsFilesProps {
  /** Records corrected in this browser that a file would hold (their notes are known). */
  own: number;
  /** Records whose corrections were added from reps' files. */
  fromFiles: number;
  notice?: Notice;
  onDownload: () => void;
  onFiles: (files: File[]) => void;
  onForget: () => void;
}

/** Gathering reps' corrections: each browser has only its own, and none of a prospect's words is sent to
 * the team's collector, so reps hand theirs over as files. */
export function CorrectionsFiles({ own, fromFiles, notice, onDownload, onFiles, onForget }: CorrectionsFilesProps) {
  return (
    <div class="ps-files" role="group" aria-labelledby="ps-files-title">
      <h4 id="ps-files-title">Gather reps' corrections</h4>
      <p class="muted">
        Each browser keeps only its own rep's corrections, and Tailor sends no prospect's words to the team's collector. A rep downloads
        their corrections here (the notes of the records they corrected and the pain points they added, nothing else) and sends the file to
        you; add reps' files below and their corrections count here too.
      </p>
      <div class="ps-files-actions">
        <button type="button" onClick={onDownload} disabled={own === 0}>
          Download this browser's corrections ({own})
        </button>
        <label class="button-like">
          Add reps' corrections files…
          <input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              if (files.length) onFiles(files);
            }}
          />
        </label>
        {fromFiles > 0 ? (
          <button type="button" class="danger" onClick={onForget}>
            Forget the {fromFiles} record{fromFiles === 1 ? '' : 's'} from files
          </button>
        ) : null}
      </div>
      <NoticeLine notice={notice} testId="ps-files-notice" />
    </div>
  );
}
