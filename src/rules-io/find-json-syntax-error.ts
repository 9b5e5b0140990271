/**
 * Finds the first JSON syntax error in `text` and says where it is, in Chinese, before `JSON.parse` ever runs.
 *
 * Why not just read `JSON.parse`'s error: its message differs between browsers and V8 often gives no position at
 * all ("Unexpected token '}'"), while the user needs "第 3 行第 7 列". Why a scanner of our own: it also bounds
 * nesting depth, so a hostile file of a million `[` is refused in one linear pass instead of being built into a
 * huge tree (or overflowing the stack in engines whose JSON parser recurses). It walks the text once with an
 * explicit stack and allocates nothing per token.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

export function findJsonSyntaxError(text: string, maxDepth: number): JsonSyntaxError | undefined {
  const containers: number[] = []; // char codes of '{' and '['
  let expect: Expect = 'value';
  let index = 0;
  const fail = (at: number, message: string): JsonSyntaxError => ({ ...positionOf(text, at), message });

  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
      index++;
      continue;
    }
    const char = text[index]!;
    switch (expect) {
      case 'end':
        return fail(index, `JSON 已经结束，后面还有多余的内容「${excerpt(text, index)}」`);
      case 'colon':
        if (char !== ':') return fail(index, `键后面应是冒号 :，这里是「${excerpt(text, index)}」`);
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
        if (char !== close) return fail(index, `这里应是逗号 , 或 ${close}，却是「${excerpt(text, index)}」`);
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
          const hint = char === '}' ? '（最后一项后面不能有逗号）' : '（键要用双引号括起来）';
          return fail(index, `这里应是用双引号括起来的键${hint}`);
        }
        {
          const end = scanString(text, index);
          if (typeof end !== 'number') return fail(end.at, end.message);
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
          if (containers.length >= maxDepth) return fail(index, `嵌套超过 ${maxDepth} 层，这不是规则文件的结构`);
          containers.push(code);
          index++;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        let end: number | { at: number; message: string };
        if (char === '"') end = scanString(text, index);
        else if (char === '-' || (char >= '0' && char <= '9')) end = scanPattern(NUMBER, text, index, '数字的写法不对');
        else if (char === 't' || char === 'f' || char === 'n') end = scanPattern(LITERAL, text, index, '这里应是一个值');
        else {
          const hint = char === ']' || char === '}' ? '（最后一项后面不能有逗号）' : '';
          return fail(index, `这里应是一个值，却是「${excerpt(text, index)}」${hint}`);
        }
        if (typeof end !== 'number') return fail(end.at, end.message);
        index = end;
        expect = containers.length === 0 ? 'end' : 'comma-or-close';
        continue;
      }
    }
  }
  if (expect === 'end') return undefined;
  if (containers.length === 0) return fail(index, '文件是空的，没有内容');
  return fail(index, `文件在这里意外结束：还有 ${containers.length} 个括号没有闭合`);
}

/** Returns the index after the closing quote, or where and why the string is broken. */
function scanString(text: string, start: number): number | { at: number; message: string } {
  let index = start + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) return { at: index, message: '字符串里不能直接有换行或其他控制字符（请写成 \\n 等转义）' };
    if (code === 0x5c) {
      const next = text[index + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          return { at: index, message: '\\u 后面应是 4 位十六进制数字' };
        }
        index += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) return { at: index, message: '字符串里有无效的转义 \\' };
      index += 2;
      continue;
    }
    index++;
  }
  return { at: start, message: '字符串没有结束：缺少右双引号 "' };
}

function scanPattern(pattern: RegExp, text: string, start: number, message: string): number | { at: number; message: string } {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  if (match === null) return { at: start, message };
  const end = start + match[0].length;
  // `truex` or `12abc`: a literal or number must end at a delimiter.
  if (end < text.length && /[\w.+-]/.test(text[end]!)) return { at: start, message };
  return end;
}

/** A few characters at `index`, printable, for "却是「…」". */
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
