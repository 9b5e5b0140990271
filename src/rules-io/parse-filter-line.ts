/**
 * Reads one line of a uBlock Origin / AdGuard filter list into a `CosmeticFilter`, or says why it cannot be used.
 * Comments and headers are skipped silently; everything else that is not a cosmetic filter we can express is
 * rejected with a reason the import preview lists next to the line number.
 */
import { hostPatternSchema } from '@/src/engine/rule-schema';
import type { CosmeticFilter, FilterText } from '@/src/rules-io/cosmetic-filter';
import { findRegexProblem } from '@/src/rules-io/find-regex-problem';
import { findSelectorProblem } from '@/src/rules-io/find-selector-problem';

export type FilterLineParse =
  | { kind: 'skip' }
  | { kind: 'filter'; filter: CosmeticFilter }
  | { kind: 'rejected'; reason: string };

/** `##`, `#@#`, and AdGuard's extended-CSS spellings `#?#`, `#@?#`; `$` (CSS injection) and `%` (scripts) too. */
const MARKER = /#(@?)([$?%]*)#/;
/** The text operators we map; `:-abp-contains` and `:contains` are the Adblock Plus and AdGuard names. */
const TEXT_OPERATOR = /:(has-text|-abp-contains|contains)\(/;
const REGEX_ARGUMENT = /^\/(.*)\/([a-z]*)$/;

export function parseFilterLine(rawLine: string): FilterLineParse {
  const line = rawLine.trim();
  // `!` comments (and AdGuard `!#if` directives), `[Adblock Plus 2.0]` headers, `# ` comments of hosts files.
  if (line === '' || line.startsWith('!') || /^\[.*\]$/.test(line) || /^#(?!@?[$?%]*#)/.test(line)) {
    return { kind: 'skip' };
  }
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  if (/[\u0000-\u001f\u007f]/.test(line)) return rejected('这一行含有控制字符');

  const marker = MARKER.exec(line);
  if (marker === null) {
    if (line.includes('$$') || line.includes('$@$')) return rejected('AdGuard 的 HTML 过滤规则（$$）不支持');
    return rejected('网络过滤规则（拦截请求）不适用：净读只折叠页面上的内容');
  }
  const hostPart = line.slice(0, marker.index);
  const [, exceptionMark, modifiers] = marker;
  if (/[|^=&]/.test(hostPart)) return rejected('网络过滤规则（拦截请求）不适用：净读只折叠页面上的内容');
  if (modifiers!.includes('$')) return rejected('注入 CSS 样式的规则（#$#）不支持');
  if (modifiers!.includes('%')) return rejected('运行脚本的规则（#%#）不支持');

  const selector = line.slice(marker.index + marker[0].length).trim();
  if (selector.startsWith('+js(')) return rejected('运行脚本的规则（##+js）不支持');
  if (selector.startsWith('^')) return rejected('uBlock Origin 的 HTML 过滤规则（##^）不支持');
  if (selector === '') return rejected('## 后面没有选择器');

  const hosts = parseHosts(hostPart);
  if (typeof hosts === 'string') return rejected(hosts);
  const exception = exceptionMark === '@';

  const operator = TEXT_OPERATOR.exec(selector);
  if (operator === null) {
    const problem = findSelectorProblem(selector);
    return problem === undefined ? { kind: 'filter', filter: { hosts, exception, selector } } : rejected(problem);
  }
  if (exception) return rejected('例外规则（#@#）不能带 :has-text(…)');
  if (!selector.endsWith(')')) return rejected(`:${operator[1]}(…) 只支持放在选择器末尾`);
  const itemSelector = selector.slice(0, operator.index).trim();
  if (itemSelector === '') return rejected(`:${operator[1]}(…) 前面需要条目的选择器，例如 li:has-text(…)`);
  // The argument first: when its parentheses do not balance, the operator is not at the end, which is the reason
  // to give rather than the unbalanced selector it leaves behind (`li:has(a:has-text(x))`).
  const text = parseTextArgument(selector.slice(operator.index + operator[0].length, -1), operator[1]!);
  if (typeof text === 'string') return rejected(text);
  const selectorProblem = findSelectorProblem(itemSelector);
  if (selectorProblem !== undefined) return rejected(selectorProblem);
  return { kind: 'filter', filter: { hosts, exception, selector: itemSelector, text } };
}

function rejected(reason: string): FilterLineParse {
  return { kind: 'rejected', reason };
}

/** The host list before `##`; `[]` for every site. A string is the reason the list cannot be used. */
function parseHosts(hostPart: string): string[] | string {
  if (hostPart.trim() === '') return [];
  const hosts: string[] = [];
  for (const rawHost of hostPart.split(',')) {
    const host = rawHost.trim();
    if (host === '') return '站点列表里有空项（多了一个逗号）';
    if (host.startsWith('~')) return `不支持排除站点（${host}）`;
    if (host.startsWith('/')) return '不支持用正则表达式写站点';
    if (host.endsWith('.*')) return `不支持 ${host} 这种匹配所有后缀的站点写法`;
    const parsed = hostPatternSchema.safeParse(host);
    if (!parsed.success) return `站点「${host}」写法不对：${parsed.error.issues[0]?.message ?? ''}`;
    hosts.push(parsed.data);
  }
  // `*##.ad` and `##.ad` mean the same; keep one spelling so both give one id.
  return hosts.length === 1 && hosts[0] === '*' ? [] : hosts;
}

/** The argument of `:has-text(…)`: `/pattern/i` is a regex (RE2-checked), anything else a literal term. */
function parseTextArgument(argument: string, operatorName: string): FilterText | string {
  const regex = REGEX_ARGUMENT.exec(argument);
  if (regex !== null) {
    const [, pattern, flags] = regex;
    if (pattern === '') return '正则表达式不能为空';
    if (flags !== '' && flags !== 'i') return `正则表达式的标志 ${flags} 不支持（只支持 i）`;
    const problem = findRegexProblem(pattern!, flags === 'i');
    return problem ?? { kind: 'regex', pattern: pattern!, ignoreCase: flags === 'i' };
  }
  // Parentheses must balance, or `li:has-text(x):not(.y)` would be read as the term `x):not(.y`.
  let depth = 0;
  for (const char of argument) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) return `:${operatorName}(…) 只支持放在选择器末尾`;
  }
  if (depth !== 0) return `:${operatorName}(…) 的括号不配对`;
  const term = argument.trim();
  return term === '' ? `:${operatorName}() 里没有要找的文字` : { kind: 'keyword', term };
}
