import { useEffect, useState } from 'preact/hooks';
import { storageWarning } from '@/lib/usage/storage';

const EVERY_MS = 5 * 60_000;

/** The storage warning to show, checked when the page opens and every few minutes after. */
export function useStorageWarning(): string | undefined {
  const [warning, setWarning] = useState<string>();
  useEffect(() => {
    const check = () =>
      navigator.storage?.estimate?.().then(
        (e) => setWarning(storageWarning(e)),
        () => setWarning(undefined),
      );
    void check();
    const timer = setInterval(() => void check(), EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return warning;
}
