import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/theme.css';
import { QuickView } from './QuickView';

// The panel paints what the background prepared first, from a small script; the full panel (database,
// matcher, search) loads meanwhile and takes over.
function Boot() {
  const [App, setApp] = useState<ComponentType>();
  useEffect(() => {
    void import('./App').then((m) => setApp(() => m.App));
  }, []);
  return App ? <App /> : <QuickView />;
}

render(<Boot />, document.getElementById('app')!);
