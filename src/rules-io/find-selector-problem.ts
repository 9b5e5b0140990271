/**
 * What can be said about a CSS selector without a DOM: quotes and brackets that do not close, `{ }` (which would
 * turn a selector into a style sheet), control characters, empty items in a selector list, and functional
 * pseudo-classes that are not CSS at all but filter-list extensions (`:has-text()`, `:xpath()`, `:style()`).
 * The options page still runs `querySelector` on every selector: only the browser knows every CSS rule.
 */

/** Functional pseudo-classes and pseudo-elements of standard CSS that take an argument. */
const STANDARD_FUNCTIONAL_PSEUDOS = new Set([
  'not', 'is', 'where', 'has', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'lang', 'dir',
  'host', 'host-context', 'state', 'part', 'slotted', 'cue', 'highlight',
]);

/** Extensions of uBlock Origin and AdGuard that a rule cannot express, so the reason names the tool. */
const FILTER_LIST_OPERATORS = new Set([
  'has-text', '-abp-contains', 'contains', '-abp-has', 'xpath', 'style', 'remove', 'remove-attr', 'remove-class',
  'upward', 'nth-ancestor', 'matches-css', 'matches-css-before', 'matches-css-after', 'matches-attr', 'matches-path',
  'matches-prop', 'matches-media', 'min-text-length', 'watch-attr', 'watch-attrs', 'others', 'if', 'if-not',
  '-abp-properties', 'properties',
]);

export function findSelectorProblem(selector: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(selector)) return '选择器含有控制字符';
  const closers: string[] = [];
  let quote: string | undefined;
  let itemHasContent = false;
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index]!;
    if (char === '\\') {
      index++;
      itemHasContent = true;
      continue;
    }
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    switch (char) {
      case '"':
      case "'":
        quote = char;
        break;
      case '(':
        closers.push(')');
        break;
      case '[':
        closers.push(']');
        break;
      case ')':
      case ']':
        if (closers.pop() !== char) return `选择器的括号不配对：第 ${index + 1} 个字符「${char}」前没有对应的左括号`;
        break;
      case '{':
      case '}':
        return '选择器里不能有 { 或 }';
      case ',':
        if (closers.length === 0) {
          if (!itemHasContent) return '选择器列表里有空项（多了一个逗号）';
          itemHasContent = false;
          continue;
        }
        break;
      case ':': {
        const pseudo = /^::?(-?[a-zA-Z][\w-]*)\(/.exec(selector.slice(index));
        if (pseudo !== null) {
          const name = pseudo[1]!.toLowerCase();
          if (FILTER_LIST_OPERATORS.has(name)) return `:${name}(…) 是过滤列表的扩展语法，不是 CSS，这里不支持`;
          if (!STANDARD_FUNCTIONAL_PSEUDOS.has(name)) return `:${name}(…) 不是标准 CSS 伪类`;
        }
        break;
      }
    }
    if (!/\s/.test(char)) itemHasContent = true;
  }
  if (quote !== undefined) return `选择器的引号 ${quote} 没有闭合`;
  if (closers.length > 0) return `选择器的括号没有闭合：缺少 ${closers.reverse().join('')}`;
  if (!itemHasContent) return selector.trim() === '' ? '选择器不能为空' : '选择器列表里有空项（多了一个逗号）';
  return undefined;
}
