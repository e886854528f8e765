// The `tailor` command line: thin dispatch over lib/, the same code the extension runs.
import { EXIT, InputError, UsageError, printProblems, processIo, type Io } from './io';
type Run = (argv: string[], io: Io) => number | Promise<number>;
type Command = { usage: string; load: () => Promise<Run> };

// Each command's module is loaded only when that command runs: the command line starts as fast as the
// one module it needs allows (linkedom, Fuse.js and the matcher are not read for `tailor insights`).
const COMMANDS: Record<string, Command> = {
  validate: { usage: 'validate <pack.json or assets.csv> [--base <pack.json> | --taxonomy <pack.json>]', load: async () => (await import('./commands/validate')).validate },
  import: { usage: 'import <assets.csv> [--base <pack.json> | --taxonomy <pack.json>] [--add-taxonomy] [--name <text>] [--out <library.json>]', load: async () => (await import('./commands/import')).importCsv },
  suggest: {
    usage: 'suggest --library <pack.json> (--prospect <prospect.json> | --prospects <prospects.jsonl>) [--limit N] [--today YYYY-MM-DD]',
    load: async () => (await import('./commands/suggest')).suggest,
  },
  search: {
    usage: 'search --library <pack.json> (--query "text" | --queries <queries.txt>) [--limit N]',
    load: async () => (await import('./commands/search')).search,
  },
  extract: { usage: 'extract <page.html> --url <page url>', load: async () => (await import('./commands/extract')).extract },
  insights: {
    usage: 'insights <files or folders...> [--library <pack.json>] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out <team-insights.json>]',
    load: async () => (await import('./commands/insights')).insights,
  },
};

function usageText(): string {
  return [
    'usage: npm run --silent tailor -- <command> [options]',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '',
    'JSON goes to standard output, diagnostics to standard error.',
    'Exit codes: 0 done, 1 invalid input, 2 usage error, 3 nothing found.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(usageText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${usageText()}`);
    return EXIT.usage;
  }
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const message = e.unknownOption
        ? `unknown option ${e.unknownOption} for ${name}; see the options with: npm run --silent tailor -- --help`
        : e.message;
      io.stderr(`${message}\nusage: npm run --silent tailor -- ${command.usage}\n`);
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
