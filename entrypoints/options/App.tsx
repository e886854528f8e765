import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { pageDraft } from '@/lib/state/session';
import { InsightsSection } from './sections/insights';
import { LibrarySection } from './sections/library';
import { RequestsSection } from './sections/requests';
import { ReviewSection } from './sections/review';
import { SettingsSection } from './sections/settings';
import { TaxonomySection } from './sections/taxonomy';

// The options page's sections, in navigation order. The URL hash names the open one (#library).
const SECTIONS: { id: string; label: string; component: ComponentType }[] = [
  { id: 'library', label: 'Library', component: LibrarySection },
  { id: 'taxonomy', label: 'Taxonomy', component: TaxonomySection },
  { id: 'review', label: 'Review', component: ReviewSection },
  { id: 'requests', label: 'Requests', component: RequestsSection },
  { id: 'insights', label: 'Insights', component: InsightsSection },
  { id: 'settings', label: 'Settings', component: SettingsSection },
];

const sectionFromHash = () => SECTIONS.find((s) => `#${s.id}` === location.hash.split('?')[0]) ?? SECTIONS[0]!;

export function App() {
  const [section, setSection] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // "Add this page to Tailor" while this page is already open on another section: the library's editor
  // takes the page, so go there.
  useEffect(
    () =>
      pageDraft.subscribe((page) => {
        if (page && !location.hash.startsWith('#library')) location.hash = '#library';
      }),
    [],
  );
  // On a narrow window the sections scroll in one row: keep the open one in view, also when the window
  // narrows with the page open.
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const reveal = () => nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    reveal();
    window.addEventListener('resize', reveal);
    return () => window.removeEventListener('resize', reveal);
  }, [section]);
  const Section = section.component;
  return (
    <div class="options">
      <header class="options-header">
        <div class="brand">
          <img src="/icon/icon.svg" alt="" />
          <h1>Tailor</h1>
        </div>
        <nav aria-label="Sections" ref={nav}>
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} aria-current={s.id === section.id ? 'page' : undefined}>
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <Section />
      </main>
    </div>
  );
}
