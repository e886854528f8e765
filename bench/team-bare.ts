// The baseline `npm run bench:team` compares `tailor insights` with: the least any reader of these
// files must do, nothing else. It reads the same gzip files the same way the command does (64 KB reads,
// gunzip on the thread pool up to 4 MB ahead), splits the text into lines, JSON.parses every line and
// counts the lines by event.
// `--readline` splits the lines with node:readline instead, the first thing many would write: a
// promise and an event per line make it slower, so it is shown beside, not used as the baseline.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { PassThrough, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

const args = process.argv.slice(2);
const useReadline = args.includes('--readline');
const dir = args.find((a) => !a.startsWith('--'))!;
const counts: Record<string, number> = {};
let lines = 0;
const count = (line: string) => {
  const m = JSON.parse(line) as { event?: string };
  lines++;
  counts[m.event ?? ''] = (counts[m.event ?? ''] ?? 0) + 1;
};
for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
  const input = new PassThrough({ highWaterMark: 1 << 22 });
  pipeline(fs.createReadStream(path.join(dir, name), { highWaterMark: 1 << 16 }), zlib.createGunzip({ chunkSize: 1 << 16 }), input, () => {});
  if (useReadline) {
    for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) count(line);
    continue;
  }
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    let start = 0;
    let nl: number;
    while ((nl = text.indexOf('\n', start)) !== -1) {
      count(text.slice(start, nl));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== '') count(rest);
}
process.stdout.write(`${JSON.stringify({ lines, counts })}\n`);
