// The `tailor` command line: thin dispatch over lib/, the same code the extension runs.
import { EXIT, InputError, UsageError, printProblems, processIo, type Io } from './io';
import * as validateCmd from './commands/validate';
import * as importCmd from './commands/import';
import * as suggestCmd from './commands/suggest';
import * as searchCmd from './commands/search';
import * as extractCmd from './commands/extract';
import * as insightsCmd from './commands/insights';

type Command = { run: (argv: string[], io: Io) => number | Promise<number>; usage: string };

const COMMANDS: Record<string, Command> = {
  validate: { run: validateCmd.validate, usage: validateCmd.usage },
  import: { run: importCmd.importCsv, usage: importCmd.usage },
  suggest: { run: suggestCmd.suggest, usage: suggestCmd.usage },
  search: { run: searchCmd.search, usage: searchCmd.usage },
  extract: { run: extractCmd.extract, usage: extractCmd.usage },
  insights: { run: insightsCmd.insights, usage: insightsCmd.usage },
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
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\nusage: npm run --silent tailor -- ${command.usage}\n`);
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
