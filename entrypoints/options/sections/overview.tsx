import { usePageDb } from '@/hooks/use-db';
import { useLiveQuery } from '@/hooks/use-live-query';
import { loadLibrary } from '@/lib/db/library';

export function Overview() {
  const db = usePageDb();
  const library = useLiveQuery(() => loadLibrary(db), []);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">Library</h2>
      <p data-testid="library-summary">
        {library.value
          ? `${library.value.assets.length} assets, ${library.value.taxonomy.personas.length} personas, ${library.value.taxonomy.industries.length} industries, ${library.value.taxonomy.painPoints.length} pain points.`
          : 'Opening your library…'}
      </p>
    </section>
  );
}
