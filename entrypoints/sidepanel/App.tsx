import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';

export function App() {
  const db = usePageDb();
  const count = useLiveQuery(() => db.assets.count(), []);
  return (
    <main class="panel">
      <header class="brand">
        <img src="/icon/icon.svg" alt="" />
        <h1 style={{ fontSize: '16px', margin: 0 }}>Tailor</h1>
      </header>
      <p data-testid="library-status">
        {count.loading
          ? 'Opening your library…'
          : count.error
            ? `The library could not be opened: ${count.error.message}`
            : `${count.value} assets in your library. Open a CRM record to see suggestions.`}
      </p>
    </main>
  );
}
