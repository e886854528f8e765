// Where and why JSON.parse failed, for a person to find it: the first syntax error's line and column.
// JSON.parse says only "unexpected token"; jsonc-parser's tokenizer finds the exact place. Its own
// `parse` descends one call per nesting level, so "[[[[..." a few thousand deep overflowed the call
// stack; the nesting here is a counted stack in a byte array, so no input controls the call depth.
import { createScanner } from 'jsonc-parser';

// jsonc-parser's SyntaxKind and ScanError values (declared as const enums, which isolated modules
// cannot import as values).
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  nullKeyword: 7,
  trueKeyword: 8,
  falseKeyword: 9,
  string: 10,
  number: 11,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  unknown: 16,
  eof: 17,
} as const;

const SCAN_ERRORS: Record<number, SyntaxCode> = {
  1: 'UnexpectedEndOfComment',
  2: 'UnexpectedEndOfString',
  3: 'UnexpectedEndOfNumber',
  4: 'InvalidUnicode',
  5: 'InvalidEscapeCharacter',
  6: 'InvalidCharacter',
};

export type SyntaxCode =
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'PropertyNameExpected'
  | 'EndOfFileExpected'
  | 'InvalidSymbol'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter'
  | 'UnexpectedEndOfNumber';

const SYNTAX_MESSAGES: Record<SyntaxCode, string> = {
  ValueExpected: 'a value is missing here',
  ColonExpected: 'a ":" is missing after the property name',
  CommaExpected: 'a "," is missing between two values',
  CloseBraceExpected: 'a "}" is missing',
  CloseBracketExpected: 'a "]" is missing',
  PropertyNameExpected: 'a property name in double quotes is expected (is there a trailing comma?)',
  EndOfFileExpected: 'there is more text after the end of the JSON',
  InvalidSymbol: 'this is not valid JSON here',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape character',
  InvalidCharacter: 'an invalid character (a line break inside a string?)',
  UnexpectedEndOfNumber: 'an incomplete number',
};

/** The first syntax error of strict JSON (no comments, no trailing commas), or undefined when there is none. */
export function firstJsonSyntaxError(text: string): { offset: number; code: SyntaxCode } | undefined {
  const scanner = createScanner(text, false);
  // One byte a level: 1 an object, 2 an array. Grows by doubling; never recursion.
  let stack = new Uint8Array(64);
  let depth = 0;
  const push = (kind: 1 | 2) => {
    if (depth === stack.length) {
      const bigger = new Uint8Array(stack.length * 2);
      bigger.set(stack);
      stack = bigger;
    }
    stack[depth++] = kind;
  };
  type Mode = 'value' | 'key' | 'colon' | 'after';
  let mode: Mode = 'value';
  let justOpened = false;
  for (;;) {
    const token = scanner.scan();
    if (token === TOKEN.trivia || token === TOKEN.lineBreak) continue;
    const offset = scanner.getTokenOffset();
    const fail = (code: SyntaxCode) => ({ offset, code });
    const scanError = SCAN_ERRORS[scanner.getTokenError()];
    if (scanError) return fail(scanError);
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) return fail('InvalidCommentToken');
    if (token === TOKEN.unknown) return fail('InvalidSymbol');
    const top = depth > 0 ? stack[depth - 1] : 0;
    switch (mode) {
      case 'value':
        if (token === TOKEN.openBrace) {
          push(1);
          mode = 'key';
          justOpened = true;
        } else if (token === TOKEN.openBracket) {
          push(2);
          justOpened = true;
        } else if (token === TOKEN.closeBracket && justOpened && top === 2) {
          depth--;
          mode = 'after';
        } else if (
          token === TOKEN.string ||
          token === TOKEN.number ||
          token === TOKEN.trueKeyword ||
          token === TOKEN.falseKeyword ||
          token === TOKEN.nullKeyword
        ) {
          mode = 'after';
        } else return fail('ValueExpected');
        break;
      case 'key':
        if (token === TOKEN.string) mode = 'colon';
        else if (token === TOKEN.closeBrace && justOpened) {
          depth--;
          mode = 'after';
        } else return fail('PropertyNameExpected');
        break;
      case 'colon':
        if (token !== TOKEN.colon) return fail('ColonExpected');
        mode = 'value';
        justOpened = false;
        break;
      case 'after':
        justOpened = false;
        if (depth === 0) {
          if (token === TOKEN.eof) return undefined;
          return fail('EndOfFileExpected');
        }
        if (token === TOKEN.comma) mode = top === 1 ? 'key' : 'value';
        else if ((token === TOKEN.closeBrace && top === 1) || (token === TOKEN.closeBracket && top === 2)) depth--;
        else if (token === TOKEN.eof) return fail(top === 1 ? 'CloseBraceExpected' : 'CloseBracketExpected');
        else return fail('CommaExpected');
        break;
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface JsonSyntaxProblem {
  /** "line 3, column 13", or "file" when the whole file is the problem (empty). */
  where: string;
  line?: number;
  column?: number;
  message: string;
}

/** Why text that JSON.parse refused is not JSON, and where; never throws, whatever the nesting. */
export function describeJsonSyntax(text: string, firstLine = 1): JsonSyntaxProblem {
  if (text.trim() === '') return { where: 'file', message: 'the file is empty' };
  const first = firstJsonSyntaxError(text);
  if (!first) return { where: 'file', message: 'the file is not valid JSON' };
  const at = lineAndColumn(text, first.offset);
  const line = at.line + firstLine - 1;
  const atEnd = text.slice(first.offset).trim() === '';
  const message = atEnd
    ? 'the file ends before the JSON does: it looks truncated (an incomplete download or copy?)'
    : `not valid JSON: ${SYNTAX_MESSAGES[first.code]}`;
  return { where: `line ${line}, column ${at.column}`, line, column: at.column, message };
}

/** A library pack nests five levels deep at most (pack, taxonomy, personas, entry, aliases); past this, refused unread. */
export const MAX_JSON_DEPTH = 64;

/**
 * Where text opens its (max + 1)th nested level, or undefined. One pass over the characters, strings
 * skipped: 40 MB of "[" is refused in milliseconds instead of being parsed (JSON.parse and the locator
 * take tens of seconds on it).
 */
export function tooDeepOffset(text: string, max = MAX_JSON_DEPTH): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/** The problem with JSON nested past MAX_JSON_DEPTH, located, or undefined. */
export function describeTooDeep(text: string, firstLine = 1): JsonSyntaxProblem | undefined {
  const offset = tooDeepOffset(text);
  if (offset === undefined) return undefined;
  const at = lineAndColumn(text, offset);
  const line = at.line + firstLine - 1;
  return {
    where: `line ${line}, column ${at.column}`,
    line,
    column: at.column,
    message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep here (Tailor's files need no more than 5)`,
  };
}
