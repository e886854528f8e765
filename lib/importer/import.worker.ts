// The import runs here, off the page's main thread: reading the file, parsing and checking every row,
// planning, and on confirmation the one transaction that writes it. The page stays responsive.
import { TailorDB } from '../db/db';
import { importPackIntoDb, loadLibrary, type ImportSummary } from '../db/library';
import type { ImportMode } from '../pack/plan';
import { decodeText } from '../pack/decode';
import { fileSizeProblem, prepareImport, REPLACEABLE_ORIGINS, type ImportPreview } from '../pack/import-preview';

export type ImportWorkerRequest =
  | { type: 'prepare'; file: File; addTaxonomy: boolean }
  | { type: 'commit'; mode: ImportMode };

export type ImportWorkerReply =
  | { type: 'progress'; phase: 'reading' | 'checking' | 'writing'; done: number; total: number }
  | { type: 'preview'; preview: Omit<ImportPreview, 'pack'>; importable: number }
  | { type: 'committed'; summary: ImportSummary }
  | { type: 'failed'; message: string };

const db = new TailorDB();
let prepared: ImportPreview | undefined;
const post = (reply: ImportWorkerReply) => (self as unknown as Worker).postMessage(reply);

async function prepare(file: File, addTaxonomy: boolean) {
  prepared = undefined;
  const tooBig = fileSizeProblem(file.name, file.size);
  if (tooBig) {
    const empty: Omit<ImportPreview, 'pack'> = {
      fileName: file.name, kind: 'pack', fileErrors: [tooBig], rejected: [], warnings: [], added: [], updated: [],
      unchanged: 0, removedOnReplace: [], newTaxonomy: { personas: [], industries: [], painPoints: [] },
      newAliases: { personas: [], industries: [], painPoints: [] }, renamed: { personas: [], industries: [], painPoints: [] },
    };
    post({ type: 'preview', preview: empty, importable: 0 });
    return;
  }
  post({ type: 'progress', phase: 'reading', done: 0, total: file.size });
  // Not file.text(), which reads UTF-8 only: the same decoding as the command line (UTF-16, Windows-1252).
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  const { taxonomy, assets } = await loadLibrary(db);
  const preview = prepareImport({
    fileName: file.name,
    text,
    encoding,
    taxonomy,
    existing: assets,
    addTaxonomy,
    onProgress: (done, total) => post({ type: 'progress', phase: 'checking', done, total }),
  });
  prepared = preview;
  const { pack, ...rest } = preview;
  post({ type: 'preview', preview: rest, importable: pack?.assets.length ?? 0 });
}

async function commit(mode: ImportMode) {
  const pack = prepared?.pack;
  if (!pack) throw new Error('there is nothing to import: choose a file first');
  post({ type: 'progress', phase: 'writing', done: 0, total: pack.assets.length });
  const summary = await importPackIntoDb(db, pack, { mode, origin: 'pack', replaceOrigins: [...REPLACEABLE_ORIGINS], ...(prepared?.keep ? { keep: prepared.keep } : {}) });
  prepared = undefined;
  post({ type: 'committed', summary });
}

self.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const msg = event.data;
  const run = msg.type === 'prepare' ? prepare(msg.file, msg.addTaxonomy) : commit(msg.mode);
  run.catch((e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
};
