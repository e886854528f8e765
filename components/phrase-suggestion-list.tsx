import { useEffect, useRef } from 'preact/hooks';
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
          said mostly where they added that pain. Suggestions come from the corrections made in this browser (
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
