import { useRef, useState } from 'preact/hooks';
import { ASSET_TYPE_LABELS } from '@/lib/model';
import { reasonLines, type PanelItem } from '@/lib/panel/view';
import { SafeLink } from './safe-link';


export interface SuggestionItemProps {
  item: PanelItem;
  /** Its reasons in one line, what sets it apart from the list's other suggestions first (reasonLines);
   * alone, its reasons' own line. */
  reasonLine?: string;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
  onCopyLink: () => void;
  onCopyEmail: () => void;
  onNotRelevant: (reason: string) => void;
  onFlag: (reason: string) => void;
  /** Offered while the rep is writing an email Tailor follows: the snippet goes in at the cursor. */
  onInsert?: () => void;
  /** Shown before the panel can act (its first paint): the actions wait, visibly. */
  waiting?: boolean;
}

const NOT_RELEVANT_REASONS = ['Wrong persona', 'Wrong industry', 'Wrong stage of the deal', 'Too generic', 'Other'];

/** One piece of content: what it is, why it was suggested, and what the rep can do with it. */
export function SuggestionItem({ item, reasonLine = reasonLines([item])[0]!, selected, onSelect, onOpen, onCopyLink, onCopyEmail, onNotRelevant, onFlag, onInsert, waiting = false }: SuggestionItemProps) {
  const [asking, setAsking] = useState<'not-relevant' | 'flag' | null>(null);
  const [reason, setReason] = useState('');
  const [more, setMore] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const titleId = `s-${item.id}-title`;
  const menuId = `s-${item.id}-more`;
  const copyEmail = (
    <button type="button" class="small" disabled={waiting} onClick={onCopyEmail}>
      Copy for email
    </button>
  );

  return (
    <li class="suggestion" aria-labelledby={titleId}>
      <div class="s-top">
        {/* Waiting, the box is inert rather than disabled: it looks as it will once it works (a disabled box is
            drawn greyed, and would change on screen when the panel is ready), but takes no click or focus. */}
        <input type="checkbox" checked={selected} inert={waiting || undefined} aria-label={`Select ${item.title}`} onChange={(e) => onSelect((e.target as HTMLInputElement).checked)} />
        <div class="s-body">
          <h3 id={titleId} class="s-title">
            {/* An open: a click, or a middle click (a new tab); a right click is not one. */}
            <span onClick={onOpen} onAuxClick={(e) => e.button === 1 && onOpen()}>
              <SafeLink href={item.url}>{item.title}</SafeLink>
            </span>
          </h3>
          <p class="s-meta">
            <span class="type-badge">{ASSET_TYPE_LABELS[item.type]}</span>
            {item.summary ? <span class="s-summary">{item.summary}</span> : null}
          </p>
          {item.reasons.length ? (
            // Why, in one line; the full explanation a click away.
            <details class="s-why">
              <summary>
                <span class="s-why-line">{reasonLine}</span>
              </summary>
              <ul class="s-reasons" aria-label="Why">
                {item.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      </div>
      <div class="s-actions">
        {/* One filled button a row. Writing an email (the only time Insert into email is offered), inserting is
            what the rep came to the panel for: it is the filled one, and Copy link is outlined, as in the
            selection bar's "Insert N into email" and "Copy N for email". Otherwise Copy link is. */}
        {onInsert ? (
          <button type="button" class="primary small" disabled={waiting} onClick={onInsert}>
            Insert into email
          </button>
        ) : null}
        <button type="button" class={onInsert ? 'small' : 'primary small'} disabled={waiting} onClick={onCopyLink}>
          Copy link
        </button>
        {/* Writing an email, Insert into email does what Copy for email is for: it waits under "More", so the
            row keeps to one line at the width of a side panel (four buttons do not fit in 360 px). */}
        {onInsert ? null : copyEmail}
        {/* Feedback for marketing, one click further: the list stays a glance. */}
        <button
          type="button"
          ref={moreButton}
          class="small quiet s-more"
          disabled={waiting}
          aria-expanded={more}
          aria-controls={more ? menuId : undefined}
          aria-label="More actions"
          onClick={() => setMore(!more)}
        >
          More<span aria-hidden="true"> ▾</span>
        </button>
        {more ? (
          // A menu of actions under the row (it pushes the next suggestion down rather than covering it);
          // Escape closes it and gives the focus back to "More".
          <div
            id={menuId}
            class="s-menu"
            role="group"
            aria-label={`More actions for ${item.title}`}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.stopPropagation();
              setMore(false);
              setAsking(null);
              moreButton.current?.focus();
            }}
          >
            {onInsert ? (
              <button type="button" class="s-menu-item" onClick={onCopyEmail}>
                Copy for email
              </button>
            ) : null}
            <button type="button" class="s-menu-item" aria-expanded={asking === 'not-relevant'} onClick={() => setAsking(asking === 'not-relevant' ? null : 'not-relevant')}>
              Not relevant
            </button>
            <button type="button" class="s-menu-item" aria-expanded={asking === 'flag'} onClick={() => setAsking(asking === 'flag' ? null : 'flag')}>
              Flag as outdated
            </button>
          </div>
        ) : null}
      </div>
      {asking ? (
        <form
          class="s-ask"
          onSubmit={(e) => {
            e.preventDefault();
            if (asking === 'not-relevant') onNotRelevant(reason);
            else onFlag(reason);
            setAsking(null);
            setReason('');
            setMore(false);
          }}
        >
          {asking === 'not-relevant' ? (
            <label>
              Why not? (optional)
              <select value={reason} onChange={(e) => setReason((e.target as HTMLSelectElement).value)}>
                <option value="">No reason</option>
                {NOT_RELEVANT_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label>
              What is out of date? (optional)
              <input value={reason} maxLength={500} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
            </label>
          )}
          <div class="form-actions">
            <button type="submit" class="small primary">
              {asking === 'not-relevant' ? 'Hide for prospects like this' : 'Send flag to marketing'}
            </button>
            <button type="button" class="small" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}
