// A short message after an action, announced to screen readers: what happened, or what went wrong.
export interface Notice {
  tone: 'ok' | 'info' | 'error';
  text: string;
}

export function NoticeLine({ notice, testId }: { notice?: Notice; testId?: string }) {
  return (
    <p class={`st-notice${notice ? ` ${notice.tone}` : ''}`} role="status" data-testid={testId}>
      {notice?.text ?? ''}
    </p>
  );
}
