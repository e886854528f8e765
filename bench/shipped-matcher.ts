// The matcher and the search as the extension ships them, for the benchmarks: an entry the side panel imports
// (lib/match through lib/panel/suggest, lib/search through hooks/use-panel) built into one ES module by Vite,
// the bundler `wxt build` drives, with the options `wxt build` leaves at Vite's defaults for the extension's
// pages (production mode, Oxc minification, the 'baseline-widely-available' browser target), into a temporary
// folder, and imported from there. Run under tsx, the source would be timed as tsx compiles it, with every
// closure named at run time (`__name`), which the extension's code never does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Shipped<T> {
  module: T;
  /** What was timed, for the benchmark's heading: 'lib/match/index.ts, 277 KB minified'. */
  description: string;
}

/** `<root>/<entry>` built as the extension's build builds it, and imported. */
export async function loadShipped<T>(root: string, entry: string): Promise<Shipped<T>> {
  const { build } = await import('vite');
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tailor-bench-'));
  try {
    await build({
      root,
      configFile: false,
      // 'warn' would say on every run that the temporary folder is outside the project, as it is meant to be.
      logLevel: 'error',
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      resolve: { alias: { '@': root } },
      build: {
        outDir,
        emptyOutDir: false,
        copyPublicDir: false,
        rolldownOptions: {
          input: { entry: path.join(root, entry) },
          // The entry's exports are what the benchmark calls.
          preserveEntrySignatures: 'strict',
          output: { format: 'es', entryFileNames: '[name].mjs', codeSplitting: false },
        },
      },
    });
    const file = path.join(outDir, 'entry.mjs');
    const module = (await import(pathToFileURL(file).href)) as T;
    return { module, description: `${entry}, ${Math.round(fs.statSync(file).size / 1024)} KB minified` };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** The bundler's name and version, for the benchmark's heading. */
export const bundlerName = async () => `Vite ${(await import('vite')).version}`;
