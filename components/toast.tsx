export interface ToastProps {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
}

/** A short confirmation at the bottom of the page, read out by screen readers, with an optional action. */
export function Toast({ message, actionLabel, onAction, onDismiss }: ToastProps) {
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
