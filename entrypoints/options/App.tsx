import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { loadLibrary } from '@/lib/db/library';

export function App() {
  const db = usePageDb();
  const library = useLiveQuery(() => loadLibrary(db), []);
  return (
    <main style={{ maxWidth: '960px', margin: '0 auto', padding: '16px' }}>
      <header class="brand">
        <img src="/icon/icon.svg" alt="" />
        <h1 style={{ fontSize: '18px', margin: 0 }}>Tailor library</h1>
      </header>
      <p data-testid="library-summary">
        {library.value
          ? `${library.value.assets.length} assets, ${library.value.taxonomy.personas.length} personas, ${library.value.taxonomy.industries.length} industries, ${library.value.taxonomy.painPoints.length} pain points.`
          : 'Opening your library…'}
      </p>
    </main>
  );
}
