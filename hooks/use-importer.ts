// Drives the import worker: one file at a time, its progress, its preview, and the confirmed write.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportWorkerReply, ImportWorkerRequest } from '@/lib/importer/import.worker';
import { sendMessage } from '@/lib/messaging';
import { taxonomyChanges, type TaxonomyChanges } from '@/lib/pack/import-preview';
import type { ImportMode } from '@/lib/pack/plan';

export type ImporterState =
  | { step: 'idle' }
  | { step: 'working'; phase: 'reading' | 'checking' | 'writing'; done: number; total: number; fileName?: string }
  | { step: 'preview'; preview: Extract<ImportWorkerReply, { type: 'preview' }>['preview']; importable: number }
  | { step: 'committed'; summary: Extract<ImportWorkerReply, { type: 'committed' }>['summary']; fileName: string; taxonomyAdded: number; aliasesAdded: number; renamed: number }
  | { step: 'failed'; message: string };

export function useImporter() {
  const worker = useRef<Worker | undefined>(undefined);
  const fileName = useRef('');
  /** What the confirmed preview said it does to the taxonomy (the worker's summary counts all entries after). */
  const changes = useRef<TaxonomyChanges>({ added: 0, aliases: 0, aliasEntries: 0, renamed: 0 });
  const [state, setState] = useState<ImporterState>({ step: 'idle' });

  useEffect(() => () => worker.current?.terminate(), []);

  const ensureWorker = () => {
    if (!worker.current) {
      worker.current = new Worker(new URL('../lib/importer/import.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<ImportWorkerReply>) => {
        const msg = e.data;
        if (msg.type === 'progress') setState({ step: 'working', phase: msg.phase, done: msg.done, total: msg.total, fileName: fileName.current });
        else if (msg.type === 'preview') {
          changes.current = taxonomyChanges(msg.preview);
          setState({ step: 'preview', preview: msg.preview, importable: msg.importable });
        } else if (msg.type === 'committed') {
          setState({ step: 'committed', summary: msg.summary, fileName: fileName.current, taxonomyAdded: changes.current.added, aliasesAdded: changes.current.aliases, renamed: changes.current.renamed });
          // The worker's writes are not this page's (hooks/use-db.ts tells the background of those): the
          // background, if asleep, is woken to prepare the panel's first paint from the new library.
          sendMessage({ type: 'views:stale' }).catch((e: unknown) => console.warn('Tailor could not tell the background the library changed', e));
        }
        else setState({ step: 'failed', message: msg.message });
      };
      worker.current.onerror = (e) => setState({ step: 'failed', message: e.message || 'the import stopped unexpectedly' });
    }
    return worker.current;
  };
  const send = (msg: ImportWorkerRequest) => ensureWorker().postMessage(msg);

  return {
    state,
    choose(file: File, addTaxonomy: boolean) {
      fileName.current = file.name;
      setState({ step: 'working', phase: 'reading', done: 0, total: file.size, fileName: file.name });
      send({ type: 'prepare', file, addTaxonomy });
    },
    confirm(mode: ImportMode) {
      send({ type: 'commit', mode });
    },
    reset() {
      setState({ step: 'idle' });
    },
  };
}
