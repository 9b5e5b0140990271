/**
 * Finds the first JSON syntax error in `text` and says where it is and what is wrong (a catalogue message), before
 * `JSON.parse` ever runs.
 *
 * Why not just read `JSON.parse`'s error: its message differs between browsers and V8 often gives no position at
 * all ("Unexpected token '}'"), while the user needs "第 3 行第 7 列". Why a scanner of our own: it also bounds
 * nesting depth, so a hostile file of a million `[` is refused in one linear pass instead of being built into a
 * huge tree (or overflowing the stack in engines whose JSON parser recurses). It walks the text once with an
 * explicit stack and allocates nothing per token.
 */
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: LocalizableText;
}

interface ScanFailure {
  at: number;
  reason: LocalizableText;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

export function findJsonSyntaxError(text: string, maxDepth: number): JsonSyntaxError | undefined {
  const containers: number[] = []; // char codes of '{' and '['
  let expect: Expect = 'value';
  let index = 0;
  const fail = (at: number, reason: LocalizableText): JsonSyntaxError => ({ ...positionOf(text, at), reason });

  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      index++;
      continue;
    }
    const char = text[index]!;
    switch (expect) {
      case 'end':
        return fail(index, localizable('problem_jsonTrailingContent', excerpt(text, index)));
      case 'colon':
        if (char !== ':') return fail(index, localizable('problem_jsonExpectedColon', excerpt(text, index)));
        index++;
        expect = 'value';
        continue;
      case 'comma-or-close': {
        const open = containers.at(-1);
        const close = open === 0x7b ? '}' : ']';
        if (char === ',') {
          index++;
          expect = open === 0x7b ? 'key' : 'value';
          continue;
        }
        if (char !== close) return fail(index, localizable('problem_jsonExpectedCommaOrClose', close, excerpt(text, index)));
        containers.pop();
        index++;
        expect = containers.length === 0 ? 'end' : 'comma-or-close';
        continue;
      }
      case 'key':
      case 'key-or-close':
        if (char === '}' && expect === 'key-or-close') {
          containers.pop();
          index++;
          expect = containers.length === 0 ? 'end' : 'comma-or-close';
          continue;
        }
        if (char !== '"') {
          return fail(index, localizable(char === '}' ? 'problem_jsonExpectedKeyTrailingComma' : 'problem_jsonExpectedQuotedKey'));
        }
        {
          const end = scanString(text, index);
          if (typeof end !== 'number') return fail(end.at, end.reason);
          index = end;
        }
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-close': {
        if (char === ']' && expect === 'value-or-close') {
          containers.pop();
          index++;
          expect = containers.length === 0 ? 'end' : 'comma-or-close';
          continue;
        }
        if (char === '{' || char === '[') {
          if (containers.length >= maxDepth) return fail(index, localizable('problem_jsonTooDeep', String(maxDepth)));
          containers.push(code);
          index++;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        let end: number | ScanFailure;
        if (char === '"') end = scanString(text, index);
        else if (char === '-' || (char >= '0' && char <= '9')) end = scanPattern(NUMBER, text, index, localizable('problem_jsonNumber'));
        else if (char === 't' || char === 'f' || char === 'n') end = scanPattern(LITERAL, text, index, localizable('problem_jsonValueHere'));
        else {
          const isTrailingComma = char === ']' || char === '}';
          return fail(index, localizable(isTrailingComma ? 'problem_jsonExpectedValueTrailingComma' : 'problem_jsonExpectedValue', excerpt(text, index)));
        }
        if (typeof end !== 'number') return fail(end.at, end.reason);
        index = end;
        expect = containers.length === 0 ? 'end' : 'comma-or-close';
        continue;
      }
    }
  }
  if (expect === 'end') return undefined;
  if (containers.length === 0) return fail(index, localizable('problem_fileEmpty'));
  return fail(index, localizable('problem_jsonUnclosed', String(containers.length)));
}

/** Returns the index after the closing quote, or where and why the string is broken. */
function scanString(text: string, start: number): number | ScanFailure {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return { at: index, reason: localizable('problem_jsonControlCharacter') };
    if (code === 0x5c) {
      const next = text[index + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          return { at: index, reason: localizable('problem_jsonUnicodeEscape') };
        }
        index += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) return { at: index, reason: localizable('problem_jsonBadEscape') };
      index += 2;
      continue;
    }
    index++;
  }
  return { at: start, reason: localizable('problem_jsonUnclosedString') };
}

function scanPattern(pattern: RegExp, text: string, start: number, reason: LocalizableText): number | ScanFailure {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  if (match === null) return { at: start, reason };
  const end = start + match[0].length;
  // `truex` or `12abc`: a literal or number must end at a delimiter.
  if (end < text.length && /[\w.+-]/.test(text[end]!)) return { at: start, reason };
  return end;
}

/** A few characters at `index`, printable, to quote what stands where something else should. */
function excerpt(text: string, index: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are shown as a space, not echoed
  return text.slice(index, index + 12).replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/** 1-based line and column of `index`; counts `\n` (a `\r\n` file gives the same numbers as an editor). */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}
