// New prospects for the benchmarks: the records of the other development sets (never the held-out ones), each
// once, shuffled with a fixed seed: what a rep's first look at a record costs, before the resolver has read
// their words (bench/match.ts, bench/suggest-new-ab.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Prospect } from '../lib/model';
import { rng } from './generate';

/** The records of the checkout's development sets other than `dev`, each once, shuffled (seed 11). */
export function newProspects(root: string): Prospect[] {
  const evalDir = path.join(root, 'tests/fixtures/eval');
  const seen = new Set<string>();
  const all: Prospect[] = [];
  for (const dir of fs.readdirSync(evalDir).sort()) {
    if (dir === 'dev' || dir.startsWith('heldout-')) continue;
    const file = path.join(evalDir, dir, 'cases.jsonl');
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const prospect = (JSON.parse(line) as { prospect: Prospect }).prospect;
      const key = JSON.stringify(prospect);
      if (!seen.has(key)) (seen.add(key), all.push(prospect));
    }
  }
  const r = rng(11);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}
