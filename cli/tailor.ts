// The `tailor` command line: thin dispatch over lib/, the same code the extension runs.
import { EXIT, InputError, UsageError, printProblems, processIo, type Io } from './io';
type Run = (argv: string[], io: Io) => number | Promise<number>;
interface Command {
  /** The command's synopsis: its line in `tailor --help`, and the first line of its own help. */
  usage: string;
  /** Each argument and option, one line each: [as written, what it is]. */
  args: [string, string][];
  /** One command that works as written from the project root (given the files it names). */
  example: string;
  load: () => Promise<Run>;
}

const PREFIX = 'npm run --silent tailor --';

// Each command's module is loaded only when that command runs: the command line starts as fast as the
// one module it needs allows (linkedom, Fuse.js and the matcher are not read for `tailor insights`).
// This table is the one source of every command's usage: `tailor --help`, `tailor <command> --help`,
// `tailor help <command>` and the usage line after a usage error all print from it.
const COMMANDS: Record<string, Command> = {
  validate: {
    usage: 'validate <pack.json or assets.csv> [--base <pack.json> | --taxonomy <pack.json>]',
    args: [
      ['<pack.json or assets.csv>', 'the file to check: a library pack, a CSV of assets, or a team figures file (what insights writes)'],
      ['--taxonomy <pack.json>', "a CSV only: check its persona, industry and pain-point names against this pack's taxonomy"],
      ['--base <pack.json>', 'a CSV only: the same check, against the taxonomy of the pack the rows will be added to'],
    ],
    example: 'validate assets.csv --taxonomy public/sample-library.json',
    load: async () => (await import('./commands/validate')).validate,
  },
  import: {
    usage: 'import <assets.csv> [--base <pack.json> | --taxonomy <pack.json>] [--add-taxonomy] [--name <text>] [--out <library.json>]',
    args: [
      ['<assets.csv>', 'the sheet of assets (CSV UTF-8): a header row (title,url,...), then one asset a row'],
      ['--taxonomy <pack.json>', "a new library in this pack's taxonomy (none of its assets)"],
      ['--base <pack.json>', 'add the rows to this pack or update its assets (all its assets are kept)'],
      ['--add-taxonomy', 'create the personas, industries and pain points the sheet names that the taxonomy lacks'],
      ['--name <text>', "the pack's name, which reps see in Settings (at most 200 characters)"],
      ['--out <library.json>', 'write the pack to this file, only if the import succeeds (default: standard output)'],
    ],
    example: 'import assets.csv --taxonomy public/sample-library.json --name "Acme sales content" --out library.json',
    load: async () => (await import('./commands/import')).importCsv,
  },
  suggest: {
    usage: 'suggest --library <pack.json> (--prospect <prospect.json> | --prospects <prospects.jsonl>) [--limit N] [--today YYYY-MM-DD]',
    args: [
      ['--library <pack.json>', 'the library pack to suggest from'],
      ['--prospect <prospect.json>', 'one prospect (a JSON object): one answer'],
      ['--prospects <prospects.jsonl>', 'one prospect a line (JSON Lines): one answer a line, in order'],
      ['--limit N', 'at most N suggestions a prospect (default 5)'],
      ['--today YYYY-MM-DD', 'the day expiry is judged against (default: today)'],
    ],
    example: 'suggest --library public/sample-library.json --prospect prospect.json --today 2026-11-22',
    load: async () => (await import('./commands/suggest')).suggest,
  },
  search: {
    usage: 'search --library <pack.json> (--query "text" | --queries <queries.txt>) [--limit N]',
    args: [
      ['--library <pack.json>', 'the library pack to search'],
      ['--query "text"', 'one search: one answer'],
      ['--queries <queries.txt>', 'one search a line: one answer a line, in order'],
      ['--limit N', 'at most N results a search (default 10)'],
    ],
    example: 'search --library public/sample-library.json --query "onbording checklist"',
    load: async () => (await import('./commands/search')).search,
  },
  extract: {
    usage: 'extract <page.html> --url <page url>',
    args: [
      ['<page.html>', 'a CRM record page saved from the browser'],
      ['--url <page url>', 'the address the page was saved from (required: it says which CRM and record)'],
    ],
    example: 'extract page.html --url "https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAB/view"',
    load: async () => (await import('./commands/extract')).extract,
  },
  insights: {
    usage: 'insights <files or folders...> [--library <pack.json>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out <team-insights.json>]',
    args: [
      ['<files or folders...>', "the collector's messages: JSON Lines or batch bodies, plain or gzip, files or folders"],
      ['--library <pack.json>', 'the library pack: adds wasteShare and the assets of each coverage pair'],
      ['--from YYYY-MM-DD', 'the first UTC day counted (default: everything)'],
      ['--to YYYY-MM-DD', 'the last UTC day counted, inclusive (default: everything)'],
      ['--out <team-insights.json>', 'write the figures to this file, only if the command succeeds (default: standard output)'],
    ],
    example: 'insights exports/ --library library.json --from 2026-11-01 --to 2026-11-30 --out team-insights.json',
    load: async () => (await import('./commands/insights')).insights,
  },
};

/** The commands and their options as their help lists them (the tests check each against its parser). */
export const COMMAND_HELP: Readonly<Record<string, Omit<Command, 'load'>>> = COMMANDS;

function usageText(): string {
  return [
    `usage: ${PREFIX} <command> [options]`,
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    `A command's options, one line each, and an example: ${PREFIX} <command> --help`,
    'JSON goes to standard output, diagnostics to standard error.',
    'Exit codes: 0 done, 1 invalid input, 2 usage error, 3 nothing found.',
    '',
  ].join('\n');
}

/** One command's help: its usage, each argument and option on a line, and an example. */
function commandHelp(command: Command): string {
  const width = Math.max(...command.args.map(([arg]) => arg.length));
  return [
    `usage: ${PREFIX} ${command.usage}`,
    '',
    ...command.args.map(([arg, meaning]) => `  ${arg.padEnd(width)}  ${meaning}`),
    '',
    'example:',
    `  ${PREFIX} ${command.example}`,
    '',
  ].join('\n');
}

/** `--help` or `-h` among a command's arguments (before a `--`, after which everything is an argument). */
function asksForHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

const commandNamed = (name: string): Command | undefined => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(usageText());
    return EXIT.usage;
  }
  // `tailor help import` and `tailor --help import` are `tailor import --help`; alone, the list of commands.
  if (name === '--help' || name === '-h' || name === 'help') {
    const [topic] = rest;
    if (topic === undefined || topic === '--help' || topic === '-h') {
      io.stdout(usageText());
      return EXIT.ok;
    }
    const command = commandNamed(topic);
    if (!command) {
      io.stderr(`unknown command "${topic}"\n\n${usageText()}`);
      return EXIT.usage;
    }
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  const command = commandNamed(name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${usageText()}`);
    return EXIT.usage;
  }
  if (asksForHelp(rest)) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const message = e.unknownOption
        ? `unknown option ${e.unknownOption} for ${name}; see its options with: ${PREFIX} ${name} --help`
        : e.message;
      io.stderr(`${message}\nusage: ${PREFIX} ${command.usage}\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      printProblems(io, e.problems, 'error');
      return EXIT.invalid;
    }
    throw e;
  }
}

const isEntry = process.argv[1] && /tailor\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`tailor: unexpected failure: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
