// Option parsing for the commands, with node's own parseArgs; unknown options are usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../lib/pack/rules';
import { UsageError } from './io';

export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own messages ("To specify a positional argument starting with a '-'...") are for programmers:
    // an unknown option or a missing value is said in Tailor's words (the command is named by main).
    const { code, message } = e as Error & { code?: string };
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option ${option}`, option);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument missing/.test(message))
      throw new UsageError(`${option} needs a value`);
    throw new UsageError(message);
  }
}

export function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number of 1 or more, not "${value}"`);
  return n;
}

export function isoDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date written YYYY-MM-DD, not "${value}"`);
  return value;
}
