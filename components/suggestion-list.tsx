import { reasonLines, type PanelItem } from '@/lib/panel/view';
import { SuggestionItem } from './suggestion-item';

export interface SuggestionActions {
  onOpen: (item: PanelItem) => void;
  onCopyLink: (item: PanelItem) => void;
  onCopyEmail: (item: PanelItem) => void;
  onNotRelevant: (item: PanelItem, reason: string) => void;
  onFlag: (item: PanelItem, reason: string) => void;
  /** Set while the rep writes an email Tailor follows. */
  onInsert?: (item: PanelItem) => void;
}

export interface SuggestionListProps extends SuggestionActions {
  label: string;
  items: readonly PanelItem[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, on: boolean) => void;
  /** The panel's first paint: items shown, actions not ready yet. */
  waiting?: boolean;
}

/** A list of content items with their actions; its accessible name says what the list is. */
export function SuggestionList({ label, items, selected, onSelect, waiting = false, ...actions }: SuggestionListProps) {
  const lines = reasonLines(items);
  return (
    <ul class="suggestions" aria-label={label} aria-busy={waiting || undefined}>
      {items.map((item, i) => (
        <SuggestionItem
          key={item.id}
          item={item}
          reasonLine={lines[i]!}
          selected={selected.has(item.id)}
          onSelect={(on) => onSelect(item.id, on)}
          onOpen={() => actions.onOpen(item)}
          onCopyLink={() => actions.onCopyLink(item)}
          onCopyEmail={() => actions.onCopyEmail(item)}
          onNotRelevant={(reason) => actions.onNotRelevant(item, reason)}
          onFlag={(reason) => actions.onFlag(item, reason)}
          {...(actions.onInsert ? { onInsert: () => actions.onInsert!(item) } : {})}
          waiting={waiting}
        />
      ))}
    </ul>
  );
}
