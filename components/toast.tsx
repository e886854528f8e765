import { useEffect } from 'preact/hooks';

export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
  /** Goes away by itself after this long (longer when it offers an action such as Undo). */
  timeoutMs?: number;
}

/** A short confirmation at the bottom of the page, read out by screen readers, with an optional action. */
export function Toast({ message, actionLabel, onAction, onDismiss, timeoutMs }: ToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, timeoutMs ?? (onAction ? 10_000 : 5_000));
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      {actionLabel && onAction ? (
        <button type="button" onClick={onAction}>
          {actionLabel}
        </button>
      ) : null}
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
