/**
 * Reads one line of a uBlock Origin / AdGuard filter list into a `CosmeticFilter`, or says why it cannot be used.
 * Comments and headers are skipped silently; everything else that is not a cosmetic filter we can express is
 * rejected with a reason the import preview lists next to the line number.
 */
import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';
import { hostPatternSchema } from '@/src/engine/rule-schema';
import type { CosmeticFilter, FilterText } from '@/src/rules-io/cosmetic-filter';
import { findRegexProblem } from '@/src/rules-io/find-regex-problem';
import { findSelectorProblem } from '@/src/rules-io/find-selector-problem';

export type FilterLineParse =
  | { kind: 'skip' }
  | { kind: 'filter'; filter: CosmeticFilter }
  | { kind: 'rejected'; reason: LocalizableText };

/** `##`, `#@#`, and AdGuard's extended-CSS spellings `#?#`, `#@?#`; `$` (CSS injection) and `%` (scripts) too. */
const MARKER = /#(@?)([$?%]*)#/;
/** The text operators we map; `:-abp-contains` and `:contains` are the Adblock Plus and AdGuard names. */
const TEXT_OPERATOR = /:(has-text|-abp-contains|contains)\(/;
const REGEX_ARGUMENT = /^\/(.*)\/([a-z]*)$/;

const NETWORK_FILTER = localizable('problem_filterNetwork');

export function parseFilterLine(rawLine: string): FilterLineParse {
  const line = rawLine.trim();
  // `!` comments (and AdGuard `!#if` directives), `[Adblock Plus 2.0]` headers, `# ` comments of hosts files.
  if (line === '' || line.startsWith('!') || /^\[.*\]$/.test(line) || /^#(?!@?[$?%]*#)/.test(line)) {
    return { kind: 'skip' };
  }
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(line)) return rejected(localizable('problem_lineControlCharacters'));

  const marker = MARKER.exec(line);
  if (marker === null) {
    if (line.includes('$$') || line.includes('$@$')) return rejected(localizable('problem_filterHtml', 'AdGuard', '$$'));
    return rejected(NETWORK_FILTER);
  }
  const hostPart = line.slice(0, marker.index);
  const [, exceptionMark, modifiers] = marker;
  if (/[|^=&]/.test(hostPart)) return rejected(NETWORK_FILTER);
  if (modifiers!.includes('$')) return rejected(localizable('problem_filterCss', '#$#'));
  if (modifiers!.includes('%')) return rejected(localizable('problem_filterScript', '#%#'));

  const selector = line.slice(marker.index + marker[0].length).trim();
  if (selector.startsWith('+js(')) return rejected(localizable('problem_filterScript', '##+js'));
  if (selector.startsWith('^')) return rejected(localizable('problem_filterHtml', 'uBlock Origin', '##^'));
  if (selector === '') return rejected(localizable('problem_filterNoSelector'));

  const hosts = parseHosts(hostPart);
  if (!Array.isArray(hosts)) return rejected(hosts);
  const exception = exceptionMark === '@';

  const operator = TEXT_OPERATOR.exec(selector);
  if (operator === null) {
    const problem = findSelectorProblem(selector);
    return problem === undefined ? { kind: 'filter', filter: { hosts, exception, selector } } : rejected(problem);
  }
  if (exception) return rejected(localizable('problem_filterExceptionText'));
  if (!selector.endsWith(')')) return rejected(localizable('problem_filterTextAtEnd', operator[1]!));
  const itemSelector = selector.slice(0, operator.index).trim();
  if (itemSelector === '') return rejected(localizable('problem_filterTextNeedsItem', operator[1]!));
  // The argument first: when its parentheses do not balance, the operator is not at the end, which is the reason
  // to give rather than the unbalanced selector it leaves behind (`li:has(a:has-text(x))`).
  const text = parseTextArgument(selector.slice(operator.index + operator[0].length, -1), operator[1]!);
  if ('key' in text) return rejected(text);
  const selectorProblem = findSelectorProblem(itemSelector);
  if (selectorProblem !== undefined) return rejected(selectorProblem);
  return { kind: 'filter', filter: { hosts, exception, selector: itemSelector, text } };
}

function rejected(reason: LocalizableText): FilterLineParse {
  return { kind: 'rejected', reason };
}

/** The host list before `##`; `[]` for every site; or the reason the list cannot be used. */
function parseHosts(hostPart: string): string[] | LocalizableText {
  if (hostPart.trim() === '') return [];
  const hosts: string[] = [];
  for (const rawHost of hostPart.split(',')) {
    const host = rawHost.trim();
    if (host === '') return localizable('problem_hostsEmptyItem');
    if (host.startsWith('~')) return localizable('problem_hostsExcluded', host);
    if (host.startsWith('/')) return localizable('problem_hostsRegex');
    if (host.endsWith('.*')) return localizable('problem_hostsAnySuffix', host);
    const parsed = hostPatternSchema.safeParse(host);
    if (!parsed.success) return localizable('problem_hostInvalid', host, describeSchemaIssue(parsed.error.issues[0]!, host));
    hosts.push(parsed.data);
  }
  // `*##.ad` and `##.ad` mean the same; keep one spelling so both give one id.
  return hosts.length === 1 && hosts[0] === '*' ? [] : hosts;
}

/** The argument of `:has-text(…)`: `/pattern/i` is a regex (RE2-checked), anything else a literal term. */
function parseTextArgument(argument: string, operatorName: string): FilterText | LocalizableText {
  const regex = REGEX_ARGUMENT.exec(argument);
  if (regex !== null) {
    const [, pattern, flags] = regex;
    if (pattern === '') return localizable('problem_patternEmpty');
    if (flags !== '' && flags !== 'i') return localizable('problem_regexFlags', flags!);
    const problem = findRegexProblem(pattern!, flags === 'i');
    return problem ?? { kind: 'regex', pattern: pattern!, ignoreCase: flags === 'i' };
  }
  // Parentheses must balance, or `li:has-text(x):not(.y)` would be read as the term `x):not(.y`.
  let depth = 0;
  for (const char of argument) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) return localizable('problem_filterTextAtEnd', operatorName);
  }
  if (depth !== 0) return localizable('problem_filterTextUnbalanced', operatorName);
  const term = argument.trim();
  return term === '' ? localizable('problem_filterTextEmpty', operatorName) : { kind: 'keyword', term };
}
