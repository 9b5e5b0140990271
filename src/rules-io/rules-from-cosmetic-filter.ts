/**
 * The rules one cosmetic filter line becomes. Ids are a hash of the canonical line, so the same line always gives
 * the same ids (re-importing a file finds its rules as duplicates) and different lines practically never collide.
 * The name is the line itself: it is what the user wrote and will recognise.
 */
import type { CosmeticFilter } from '@/src/rules-io/cosmetic-filter';
import { hashText } from '@/src/rules-io/hash-text';

/**
 * Weight of the keyword or regex rule made from `:has-text(…)`: the most a rule may add. A filter list hides such
 * an item outright, whatever else it says, and the highest weight is how our scoring says "outright".
 */
export const FILTER_TEXT_WEIGHT = 100;

const MAX_NAME_LENGTH = 200;

/** Rule inputs (defaults left out) for `filter`, whose canonical line is `line`; validated by the caller. */
export function rulesFromCosmeticFilter(filter: CosmeticFilter, line: string): Record<string, unknown>[] {
  const id = `filter:${hashText(line)}`;
  const name = line.length > MAX_NAME_LENGTH ? `${line.slice(0, MAX_NAME_LENGTH - 1)}…` : line;
  const hosts = filter.hosts.length === 0 ? ['*'] : filter.hosts;
  const base = { id, name, hosts, kind: 'site' };
  if (filter.text === undefined) {
    return [filter.exception ? { ...base, exceptSelectors: [filter.selector] } : { ...base, hideSelectors: [filter.selector] }];
  }
  const textRule =
    filter.text.kind === 'keyword'
      ? { kind: 'keyword', terms: [filter.text.term] }
      : { kind: 'regex', pattern: filter.text.pattern, ignoreCase: filter.text.ignoreCase };
  return [
    { ...base, itemSelectors: [filter.selector] },
    { ...textRule, id: `${id}:text`, name, hosts, weight: FILTER_TEXT_WEIGHT },
  ];
}
