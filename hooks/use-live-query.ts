// liveQuery into Preact state: re-renders when the rows a query read change, in this page or another.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  value: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): LiveResult<T> {
  const [state, setState] = useState<LiveResult<T>>({ value: undefined, error: undefined, loading: true });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined, loading: false }),
      error: (error: unknown) =>
        setState({ value: undefined, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
