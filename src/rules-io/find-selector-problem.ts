/**
 * What can be said about a CSS selector without a DOM: quotes and brackets that do not close, `{ }` (which would
 * turn a selector into a style sheet), control characters, empty items in a selector list, and functional
 * pseudo-classes that are not CSS at all but filter-list extensions (`:has-text()`, `:xpath()`, `:style()`).
 * The options page still runs `querySelector` on every selector: only the browser knows every CSS rule.
 */
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';

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

const EMPTY_ITEM = localizable('problem_selectorEmptyItem');

export function findSelectorProblem(selector: string): LocalizableText | undefined {
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(selector)) return localizable('problem_selectorControlCharacters');
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
        if (closers.pop() !== char) return localizable('problem_selectorUnbalanced', String(index + 1), char);
        break;
      case '{':
      case '}':
        return localizable('problem_selectorBraces');
      case ',':
        if (closers.length === 0) {
          if (!itemHasContent) return EMPTY_ITEM;
          itemHasContent = false;
          continue;
        }
        break;
      case ':': {
        const pseudo = /^::?(-?[a-zA-Z][\w-]*)\(/.exec(selector.slice(index));
        if (pseudo !== null) {
          const name = pseudo[1]!.toLowerCase();
          if (FILTER_LIST_OPERATORS.has(name)) return localizable('problem_selectorFilterOperator', name);
          if (!STANDARD_FUNCTIONAL_PSEUDOS.has(name)) return localizable('problem_selectorNotStandard', name);
        }
        break;
      }
    }
    if (!/\s/.test(char)) itemHasContent = true;
  }
  if (quote !== undefined) return localizable('problem_selectorUnclosedQuote', quote);
  if (closers.length > 0) return localizable('problem_selectorUnclosed', closers.reverse().join(''));
  if (!itemHasContent) return selector.trim() === '' ? localizable('problem_selectorEmpty') : EMPTY_ITEM;
  return undefined;
}
