// What every command shares: reading files the user named, writing JSON, and the exit codes of FORMATS.md.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_LIBRARY_BYTES, describeProblem, tooBigProblem, type Problem } from '../lib/pack/problems';
import { readPack } from '../lib/pack/pack';
import { decodeText, type DecodedText } from '../lib/pack/decode';
import type { LibraryPack } from '../lib/model';

export const EXIT = { ok: 0, invalid: 1, usage: 2, nothingFound: 3 } as const;

/** A mistake in how the command was called: exit 2 with the usage. */
export class UsageError extends Error {
  /** The option the command does not have, when that is the mistake. */
  constructor(
    message: string,
    readonly unknownOption?: string,
  ) {
    super(message);
  }
}

/** Input that cannot be used: exit 1, problems to standard error. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(describeProblem).join('\n'));
  }
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The directory relative paths are taken from (npm runs scripts from the project root). */
  cwd: string;
}

export const processIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});

export const printJson = (io: Io, value: unknown) => io.stdout(`${JSON.stringify(value)}\n`);

export function resolvePath(io: Io, file: string): string {
  return path.resolve(io.cwd, file);
}

/** Reads a text file the user named, refusing what is missing, a directory, or too big to be a library. */
export function readTextFile(io: Io, file: string, maxBytes = MAX_LIBRARY_BYTES): string {
  return readDecodedFile(io, file, maxBytes).text;
}

/** The same, saying how the bytes were decoded (UTF-8, UTF-16 by its byte-order mark, else Windows-1252). */
export function readDecodedFile(io: Io, file: string, maxBytes = MAX_LIBRARY_BYTES): DecodedText {
  const full = resolvePath(io, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch (e) {
    throw new InputError([{ file, where: 'file', message: isMissing(e) ? 'no such file' : `cannot be read (${readFailure(e)})` }]);
  }
  if (stat.isDirectory()) throw new InputError([{ file, where: 'file', message: 'this is a folder, not a file' }]);
  if (stat.size > maxBytes) throw new InputError([tooBigProblem(stat.size, file)]);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(full);
  } catch (e) {
    // No permission, a socket or a device: said of the file, not a stack trace.
    throw new InputError([{ file, where: 'file', message: `cannot be read (${readFailure(e)})` }]);
  }
  // The same decoding as the browser's import; a byte-order mark (Windows editors write one) is taken off.
  return decodeText(bytes);
}

/** A path that names nothing: missing, or under something that is not a folder. */
export const isMissing = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

/**
 * Why a file system call failed, without the absolute path node adds ("EACCES: permission denied, open
 * '/home/...'"): the message names the file as the user gave it.
 */
export function readFailure(e: unknown): string {
  const { code, message } = e as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return message.replace(/, \w+ '.*$/, '');
}

/**
 * A file name as it can be pasted into a command a hint prints: as it is when a shell leaves it alone, else
 * in single quotes. Placeholders in such commands are words a shell leaves alone too (`PACK.json`), never
 * `<pack.json>`, which a shell reads as redirections.
 */
export function shellArg(arg: string): string {
  return /^[\w./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/** Reads the library pack an option names (`--library`, `--base`, `--taxonomy`). */
export function loadPack(io: Io, file: string, option = '--library'): { pack: LibraryPack; warnings: Problem[] } {
  const { text, encoding } = readDecodedFile(io, file);
  // A spreadsheet of assets is the commonest wrong file here: say what is wanted and how to make it,
  // not that the CSV is broken JSON.
  const firstLine = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  if (/\.(csv|tsv)$/i.test(file) || (!/^[{[]/.test(firstLine) && /[,;\t]/.test(firstLine)))
    throw new InputError([
      {
        file,
        where: 'file',
        message: `${option} wants a library pack (JSON), not a CSV of assets; make a pack from it with: npm run --silent tailor -- import ${shellArg(file)} --taxonomy PACK.json --out library.json`,
      },
    ]);
  const checked = readPack(text, { file, encoding });
  if (!checked.ok) {
    // How the file was read (as Windows-1252, say) is said even when it cannot be used: it may be why.
    printProblems(io, checked.warnings.filter((w) => w.where === 'file'), 'warning');
    throw new InputError(checked.errors);
  }
  return { pack: checked.value, warnings: checked.warnings };
}

export function printProblems(io: Io, problems: readonly Problem[], kind: 'error' | 'warning') {
  for (const p of problems) io.stderr(`${kind}: ${describeProblem(p)}\n`);
}

/**
 * Writes a file the user named only whole: a temporary file beside it, renamed over it once written. A
 * failed import leaves the old file as it was, never an empty or cut one (as `> library.json` does).
 */
export function writeFileAtomically(io: Io, file: string, text: string) {
  const full = resolvePath(io, file);
  if (fs.statSync(full, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError([{ file, where: 'file', message: 'cannot be written: this is a folder; --out wants a file name' }]);
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, full);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new InputError([{ file, where: 'file', message: `cannot be written: ${isMissing(e) && !fs.existsSync(path.dirname(full)) ? 'its folder does not exist' : readFailure(e)}` }]);
  }
}
