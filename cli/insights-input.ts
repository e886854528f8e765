// Reading what collectors and their storage destinations keep: JSON Lines files, gzip or not, named
// one by one or in folders (walked in name order). Node only; the figures are lib/team-usage's.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { PassThrough, pipeline } from 'node:stream';
import { InputError, isMissing, readFailure, resolvePath, type Io } from './io';
import type { Problem } from '../lib/pack/problems';

export interface LineSink {
  addLine(line: string, file: string, lineNumber: number): void;
  skip(where: string, reason: string): void;
}

/**
 * About how much text the files hold once decompressed: a gzip file's own record of its content's
 * length (the last four bytes: the length modulo 2^32, of its last member), else its size. For sizing
 * memory ahead only: a file that cannot be read, or a record that cannot be right (shorter than the
 * compressed data), counts its size on disk.
 */
export function estimateTextBytes(files: readonly InputFile[]): number {
  let total = 0;
  const head = Buffer.alloc(2);
  const tail = Buffer.alloc(4);
  for (const file of files) {
    try {
      const fd = fs.openSync(file.full, 'r');
      try {
        const size = fs.fstatSync(fd).size;
        let bytes = size;
        if (size >= 18 && fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b && fs.readSync(fd, tail, 0, 4, size - 4) === 4) {
          const content = tail.readUInt32LE(0);
          if (content > size) bytes = content;
        }
        total += bytes;
      } finally {
        fs.closeSync(fd);
      }
    } catch {
      // Reading it properly will say what is wrong with it.
    }
  }
  return total;
}

/** A file to read: its full path, and the name the output uses for it. */
export interface InputFile {
  full: string;
  shown: string;
}

/** The files under the paths given, in order; a path that cannot be read stops with its name. */
export function listInputFiles(io: Io, paths: readonly string[], sink: LineSink): InputFile[] {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    const full = resolvePath(io, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (e) {
      problems.push({ file: p, where: 'file', message: isMissing(e) ? 'no such file or folder' : `cannot be read (${readFailure(e)})` });
      continue;
    }
    if (stat.isDirectory()) {
      try {
        walk(full, p, files, sink);
      } catch (e) {
        problems.push({ file: p, where: 'file', message: `this folder cannot be read (${readFailure(e)})` });
      }
      continue;
    }
    // A file named on the command line that cannot be opened is the user's mistake to hear about (exit 1),
    // not a line skipped among the figures, as a file found in a folder is.
    try {
      fs.closeSync(fs.openSync(full, 'r'));
    } catch (e) {
      problems.push({ file: p, where: 'file', message: `cannot be read (${readFailure(e)})` });
      continue;
    }
    files.push({ full, shown: p });
  }
  if (problems.length) throw new InputError(problems);
  return files;
}

function walk(dir: string, shown: string, out: InputFile[], sink: LineSink) {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    // Hidden files are the system's (.DS_Store) or the tools' (.gitkeep, .crc), not events.
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const name = path.join(shown, e.name);
    if (e.isDirectory()) {
      try {
        walk(full, name, out, sink);
      } catch (err) {
        sink.skip(name, `this folder cannot be read (${readFailure(err)})`);
      }
    } else if (e.isFile()) out.push({ full, shown: name });
  }
}

const READ_CHUNK = 1 << 16;
/** How far decompression may run ahead of the lines being read: zlib works on libuv's thread pool, so a
 * gzip file is inflated on another core while this thread parses what came before. */
const READ_AHEAD = 1 << 22;

/** Feeds every line of one file to the sink; what cannot be read is counted there, never thrown. */
export async function readJsonLinesFile(file: InputFile, sink: LineSink): Promise<void> {
  const head = Buffer.alloc(4);
  let headLength: number;
  try {
    const fd = fs.openSync(file.full, 'r');
    try {
      headLength = fs.readSync(fd, head, 0, 4, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    sink.skip(file.shown, `cannot be read (${readFailure(e)})`);
    return;
  }
  if (headLength === 0) return;
  if (headLength === 4 && head.toString('latin1') === 'PAR1') {
    sink.skip(file.shown, 'a Parquet file, not JSON Lines (run sql/team-insights on DuckDB over it)');
    return;
  }
  const gzip = headLength >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const raw = fs.createReadStream(file.full, { highWaterMark: READ_CHUNK });
  let stream: NodeJS.ReadableStream = raw;
  if (gzip) {
    // The lines are read from `ahead`; an error anywhere (a file cut short, damaged data) reaches it.
    const ahead = new PassThrough({ highWaterMark: READ_AHEAD });
    pipeline(raw, zlib.createGunzip({ chunkSize: READ_CHUNK }), ahead, () => {});
    stream = ahead;
  }
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNumber = 0;
  let checked = false;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.write(chunk);
      if (!checked) {
        const first = /[^\s\uFEFF]/.exec(text);
        if (first) {
          checked = true;
          if (first[0] !== '{') {
            sink.skip(file.shown, `not JSON Lines (it starts with ${JSON.stringify(text.slice(first.index, first.index + 12))})`);
            raw.destroy();
            return;
          }
          // A JSON document written over several lines (a library pack, what insights writes, a message
          // pretty-printed) is one file not read, not each of its thousands of lines.
          const nl = text.indexOf('\n', first.index);
          if (nl !== -1 && text.slice(first.index + 1, nl).trim() === '') {
            sink.skip(file.shown, 'not JSON Lines (one JSON object written over several lines; JSON Lines has one whole message a line)');
            raw.destroy();
            return;
          }
        }
      }
      let start = 0;
      let nl: number;
      while ((nl = text.indexOf('\n', start)) !== -1) {
        lineNumber++;
        const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        sink.addLine(text.slice(start, end), file.shown, lineNumber);
        start = nl + 1;
      }
      rest = start === 0 ? text : text.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') sink.addLine(rest, file.shown, ++lineNumber);
  } catch (e) {
    const reason = gzip
      ? `the gzip data ends early or is damaged (${(e as Error).message}); the ${lineNumber} lines before it count`
      : `cannot be read further (${(e as Error).message})`;
    sink.skip(`${file.shown}:${lineNumber + 1}`, reason);
  }
}
