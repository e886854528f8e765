// The baseline `npm run bench:team` compares `tailor insights` with: the least any reader of these
// files must do (readline over gunzip, JSON.parse each line, count by event), nothing else.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

const dir = process.argv[2]!;
const counts: Record<string, number> = {};
let lines = 0;
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
  const input = fs.createReadStream(path.join(dir, name)).pipe(zlib.createGunzip());
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    const m = JSON.parse(line) as { event?: string };
    lines++;
    counts[m.event ?? ''] = (counts[m.event ?? ''] ?? 0) + 1;
  }
}
process.stdout.write(`${JSON.stringify({ lines, counts })}\n`);
