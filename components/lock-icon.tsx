// The sign before a setting the organisation's policy sets. Drawn, not an emoji: a browser without an emoji
// font (headless Chromium, some Linux desktops) shows an emoji as an empty box.
export function LockIcon() {
  return (
    <svg class="lock-icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12">
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.6" />
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
    </svg>
  );
}
