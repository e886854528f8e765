// The reps' corrections lever, measured: does a library that takes reps' suggested phrases as aliases read
// the next prospects better? Each evaluation set is split in two halves (odd and even cases). On one half,
// the reps correct the pain points as the set expects them (they add the pains the matcher missed and
// remove the ones it should not have read); `suggestPainPhrases` turns those corrections into phrases, and
// the marketer adds every one ("Add as phrase", the same edit as the options page). The other half, which
// the corrections never saw, is scored with the library as it was and as it is after; then the halves swap.
//
//   npm run eval:corrections -- [--min-prospects=N] [--multiword] [--verbose]
//
// --min-prospects: fewest corrected prospects a phrase needs (the options page's default is 3);
// --multiword: only phrases of two words or more are added; --verbose: the phrases (development sets only).
//
// Held-out sets (heldout-*) print their totals only, never a phrase (a phrase is their notes' wording).
import fs from 'node:fs';
import path from 'node:path';
import { compileTaxonomy, contextOf, resolveProspect, suggestPainPhrases, type PainCorrection } from '../../lib/match';
import { addPhraseAlias } from '../../lib/library/phrase-suggestions';
import type { LibraryPack } from '../../lib/model';
import { loadEvalSet, scoreSet, type EvalCase } from './score';

const root = path.resolve(import.meta.dirname, '../fixtures/eval');
const minProspects = Number(process.argv.find((a) => a.startsWith('--min-prospects='))?.split('=')[1] ?? 3);
const multiword = process.argv.includes('--multiword');
const TODAY = '2026-11-22';

/** The reps' corrections of one half: every case whose pain points the matcher read otherwise. */
function correctionsOf(pack: LibraryPack, cases: readonly EvalCase[]): PainCorrection[] {
  const compiled = compileTaxonomy(pack.taxonomy, pack.assets);
  const out: PainCorrection[] = [];
  for (const c of cases) {
    const got = new Set(contextOf(resolveProspect(c.prospect, compiled)).painPoints);
    const want = c.expect.painPoints;
    if (want.length === got.size && want.every((p) => got.has(p))) continue;
    out.push({ ...(c.prospect.notes ? { notes: c.prospect.notes } : {}), added: want.filter((p) => !got.has(p)) });
  }
  return out;
}

/** The library after the marketer added every suggested phrase. */
function learned(pack: LibraryPack, corrections: readonly PainCorrection[]): { pack: LibraryPack; phrases: string[] } {
  let taxonomy = pack.taxonomy;
  const phrases: string[] = [];
  for (const s of suggestPainPhrases(taxonomy, corrections, { minProspects })) {
    if (multiword && !s.phrase.includes(' ')) continue;
    const r = addPhraseAlias(taxonomy, s.painPoint, s.phrase);
    if (!r.ok) continue;
    taxonomy = r.change.taxonomy;
    phrases.push(`${s.painPoint} += "${s.phrase}" (${s.prospects})`);
  }
  return { pack: { ...pack, taxonomy }, phrases };
}

console.log(`Reps' corrections on one half of each set, scored on the other half (min ${minProspects} prospects a phrase).`);
console.log('| set | phrases added | nDCG@5 before | after | pain points F1 before | after |');
console.log('|---|---|---|---|---|---|');
const f = (x: number) => x.toFixed(3);
const totals = { dev: [0, 0, 0], heldout: [0, 0, 0] } as Record<'dev' | 'heldout', number[]>;
for (const name of fs.readdirSync(root).sort()) {
  if (!fs.existsSync(path.join(root, name, 'cases.jsonl'))) continue;
  const heldOut = name.startsWith('heldout-');
  const { pack, cases } = loadEvalSet(path.join(root, name));
  const halves = [cases.filter((_, i) => i % 2 === 0), cases.filter((_, i) => i % 2 === 1)];
  let before = { ndcg: 0, pain: 0 };
  let after = { ndcg: 0, pain: 0 };
  const phrases: string[] = [];
  for (const [k, taught] of halves.entries()) {
    const scored = halves[1 - k]!;
    const next = learned(pack, correctionsOf(pack, taught));
    phrases.push(...next.phrases);
    const b = scoreSet(pack, scored, TODAY);
    const a = scoreSet(next.pack, scored, TODAY);
    const w = scored.length / cases.length;
    before = { ndcg: before.ndcg + w * b.ndcg, pain: before.pain + w * b.f1.painPoints.f1 };
    after = { ndcg: after.ndcg + w * a.ndcg, pain: after.pain + w * a.f1.painPoints.f1 };
  }
  const t = totals[heldOut ? 'heldout' : 'dev'];
  t[0]! += 1;
  t[1]! += after.ndcg - before.ndcg;
  t[2]! += after.pain - before.pain;
  console.log(`| ${name} | ${phrases.length} | ${f(before.ndcg)} | ${f(after.ndcg)} | ${f(before.pain)} | ${f(after.pain)} |`);
  if (!heldOut && process.argv.includes('--verbose')) for (const p of phrases) console.log(`    ${p}`);
}
for (const [kind, [n, dn, dp]] of Object.entries(totals)) {
  if (n) console.log(`\n${kind === 'dev' ? 'development' : 'held-out'} sets (${n}): mean change nDCG@5 ${dn! / n! >= 0 ? '+' : ''}${(dn! / n!).toFixed(4)}, pain points F1 ${dp! / n! >= 0 ? '+' : ''}${(dp! / n!).toFixed(4)}`);
}
