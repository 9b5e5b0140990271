import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseRuleFile, type ParsedRuleFile } from '@/src/rules-io/parse-rule-file';
import { describeRuleFileProblem, type RuleFileProblem } from '@/src/rules-io/rule-file-problem';

import { textIn, type Locale } from '../ui/use-locale-messages';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function problemsOf(result: ParsedRuleFile) {
  if (result.ok) throw new Error(`expected problems, got ${result.list.rules.length} rules`);
  return result.problems;
}

/** Each problem as the import preview shows it, position first, in `locale`. */
const messagesOf = (result: ParsedRuleFile, locale: Locale = 'zh_CN') =>
  problemsOf(result).map((problem: RuleFileProblem) => textIn(locale, describeRuleFileProblem(problem)));

const list = (rules: unknown[], extra: object = {}) => JSON.stringify({ format: 'jingdu-rules', version: 1, rules, ...extra });
const keyword = (id: string, name = id, extra: object = {}) => ({ kind: 'keyword', id, name, terms: ['开挂'], ...extra });

describe('the sample import files (the options page e2e tests upload these)', () => {
  it('valid-rules.json gives its four rules and its keyword set, with defaults filled in', () => {
    const result = parseRuleFile(fixture('valid-rules.json'), { fileName: 'valid-rules.json' });
    expect(result).toMatchObject({ ok: true, format: 'json', rejected: [], rejectedCount: 0 });
    if (!result.ok) return;
    expect(result.list.rules.map((rule) => rule.kind)).toEqual(['keyword', 'regex', 'allow', 'site']);
    expect(result.list.keywordSets.map((set) => set.id)).toEqual(['set:card-games']);
    expect(result.list.rules[1]).toMatchObject({ ignoreCase: true, matchNormalized: true, enabled: true, hosts: [] });
  });

  it('filter-lines.txt gives the supported lines and lists the others with line numbers', () => {
    const result = parseRuleFile(fixture('filter-lines.txt'), { fileName: 'filter-lines.txt' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('filter-lines');
    expect(result.list.rules.map((rule) => rule.name)).toEqual([
      'news.example.com##.ad-banner',
      '##.gambling-float',
      'a.example.com,b.example.com##li:has-text(开挂)',
      'a.example.com,b.example.com##li:has-text(开挂)',
      'news.example.com##.hot-news li:has-text(/开挂|透视|辅助器/i)',
      'news.example.com##.hot-news li:has-text(/开挂|透视|辅助器/i)',
      'news.example.com#@#.ad-banner.keep',
    ]);
    expect(result.rejected.map(({ line }) => line)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(textIn('zh_CN', result.rejected.at(-1)!.reason)).toBe('与第 4 行相同，已跳过');
  });

  it('broken.json is refused with the line and column of the syntax error', () => {
    const result = parseRuleFile(fixture('broken.json'));
    expect(problemsOf(result)).toMatchObject([{ line: 5 }]);
    expect(messagesOf(result)[0]).toMatch(/^第 5 行第 \d+ 列：这里应是逗号 , 或 }/);
    expect(messagesOf(result, 'en')[0]).toMatch(/^Line 5, column \d+: Expected a comma , or } here, not “/);
  });

  it('wrong-schema.json is refused with every problem at its path', () => {
    const result = parseRuleFile(fixture('wrong-schema.json'));
    expect(problemsOf(result).map((problem) => problem.path)).toEqual(['rules[2].hosts', 'rules[4].kind']);
    expect(messagesOf(result)).toEqual(['rules[2].hosts：站点规则至少需要一个站点', 'rules[4].kind：kind 应为以下之一：keyword、regex、allow、site']);
    expect(messagesOf(result, 'en')).toEqual([
      'rules[2].hosts: A site rule needs at least one site',
      'rules[4].kind: kind should be one of: keyword, regex, allow, site',
    ]);
  });

  it('wrong-version.json says a newer Jingdu is needed', () => {
    const result = parseRuleFile(fixture('wrong-version.json'));
    expect(problemsOf(result)).toEqual([{ path: 'version', reason: { key: 'problem_versionNewer', substitutions: ['2', '1'] } }]);
    expect(messagesOf(result)).toEqual(['version：这是第 2 版格式的规则文件，需要更新的净读才能读取（这个版本读取第 1 版）']);
    expect(messagesOf(result, 'en')).toEqual(['version: This rule file is in format version 2, which needs a newer Jingdu (this one reads version 1)']);
  });
});

describe('telling the formats apart', () => {
  it.each([
    ['{"format":"jingdu-rules","version":1,"rules":[]}', undefined, 'json'],
    ['\uFEFF  {"format":"jingdu-rules","version":1,"rules":[]}', undefined, 'json'],
    ['[Adblock Plus 2.0]\n##.ad', undefined, 'filter-lines'],
    ['##.ad', undefined, 'filter-lines'],
    ['##.ad', 'rules.json', 'json'],
    ['[1, 2]', undefined, 'json'],
  ])('%j (file %s) is read as %s', (text, fileName, format) => {
    const result = parseRuleFile(text, fileName === undefined ? {} : { fileName });
    if (result.ok) expect(result.format).toBe(format);
    else expect(format).toBe('json');
  });
});

describe('hostile and broken files: refused with a position, never thrown', () => {
  it.each([
    ['an empty file', '', '文件是空的'],
    ['whitespace only', ' \n\t', '文件是空的'],
    ['a truncated file', '{"format": "jingdu-rules", "rules": [', '意外结束'],
    ['a trailing comma', '{"format": "jingdu-rules",}', '第 1 行第 27 列'],
    ['single quotes', "{'format': 1}", '双引号'],
    ['a raw newline in a string', '{"format": "jingdu\n-rules"}', '第 1 行第 19 列'],
    ['a bad escape', '{"a": "\\x"}', '转义'],
    ['text after the JSON', '{"a": 1} {"b": 2}', '多余的内容'],
    ['a number that is not JSON', '{"a": 01}', '数字'],
    ['a top-level array', '[{"format": "jingdu-rules"}]', '最外层应是 { … } 对象'],
    ['another JSON file', '{"name": "package", "version": "1.0.0"}', 'format：不是净读规则文件'],
    ['a version that is not a number', '{"format": "jingdu-rules", "version": "1", "rules": []}', 'version：不支持的版本 "1"'],
    ['a missing version', '{"format": "jingdu-rules", "rules": []}', 'version：不支持的版本 （缺少）'],
  ])('%s', (_name, text, expected) => {
    expect(messagesOf(parseRuleFile(text, { fileName: 'x.json' })).join('\n')).toContain(expected);
  });

  it.each([
    ['a missing field', list([{ kind: 'keyword', id: 'a', terms: [] }]), 'rules[0].name：缺少这个字段'],
    ['a wrong type', list([keyword('a', 'a', { weight: '5' })]), 'rules[0].weight：应为数字，实际是文本'],
    ['an unknown field', list([keyword('a', 'a', { colour: 'red' })]), 'rules[0].colour：不认识的字段'],
    ['a weight out of range', list([keyword('a', 'a', { weight: 1000 })]), 'rules[0].weight：不能大于 100'],
    ['duplicate ids', list([keyword('a'), keyword('b'), keyword('a')]), 'rules[2].id：id “a” 重复（rules[0] 已使用）'],
    ['a missing keyword set', list([keyword('a', 'a', { sets: ['nope'] })]), 'rules[0].sets[0]：词集 “nope” 不存在'],
    ['a lookahead', list([{ kind: 'regex', id: 'r', name: 'r', pattern: '开(?=挂)' }]), 'rules[0].pattern：无效的正则表达式'],
    ['a control character in a name', list([keyword('a', '开挂\u0000推广')]), 'rules[0].name：名称含有控制字符'],
    ['a newline in a name', list([keyword('a', '第一行\n第二行')]), 'rules[0].name：名称含有控制字符'],
    [
      'an unclosed selector',
      list([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], hideSelectors: ['div[class="x"'] }]),
      'rules[0].hideSelectors[0]：选择器的括号没有闭合：缺少 ]',
    ],
    [
      'a filter-list operator in a JSON selector',
      list([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], itemSelectors: ['li:has-text(开挂)'] }]),
      'rules[0].itemSelectors[0]：:has-text(…) 是过滤列表的扩展语法',
    ],
    [
      'a style block in a selector',
      list([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], hideSelectors: ['body { display: none }'] }]),
      'rules[0].hideSelectors[0]：选择器里不能有 { 或 }',
    ],
  ])('%s', (_name, text, expected) => {
    const result = parseRuleFile(text);
    const messages = messagesOf(result);
    expect(messages.some((message) => message.startsWith(expected)), JSON.stringify(messages)).toBe(true);
    problemsOf(result).forEach((problem, index) => expect(messages[index]!.startsWith(problem.path ?? '')).toBe(true));
  });

  it.each([
    ['a trailing comma', '{"format": "jingdu-rules",}', 'Line 1, column 27: Expected a key in double quotes here (there must be no comma after the last item)'],
    ['a top-level array', '[{"format": "jingdu-rules"}]', 'Not a Jingdu rule file: the outermost value should be an object { … }'],
    ['another JSON file', '{"name": "package"}', 'format: Not a Jingdu rule file (it should be "jingdu-rules")'],
    ['a missing version', '{"format": "jingdu-rules", "rules": []}', 'version: Unsupported version (missing); it should be 1'],
    ['a wrong type', list([keyword('a', 'a', { weight: '5' })]), 'rules[0].weight: Should be a number, but is text'],
    ['an unknown field', list([keyword('a', 'a', { colour: 'red' })]), 'rules[0].colour: Unknown field (a typo, or a field only a newer Jingdu knows)'],
    ['duplicate ids', list([keyword('a'), keyword('a')]), 'rules[1].id: The id “a” is already used (by rules[0])'],
    ['a lookahead', list([{ kind: 'regex', id: 'r', name: 'r', pattern: '开(?=挂)' }]), 'rules[0].pattern: Invalid regular expression: '],
    [
      'a filter-list operator in a JSON selector',
      list([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], itemSelectors: ['li:has-text(开挂)'] }]),
      'rules[0].itemSelectors[0]: :has-text(…) is filter-list syntax, not CSS, and is not supported here',
    ],
  ])('words %s in English too', (_name, text, expected) => {
    expect(messagesOf(parseRuleFile(text, { fileName: 'x.json' }), 'en')[0]).toContain(expected);
  });

  it('keeps HTML in names as plain text', () => {
    const result = parseRuleFile(list([keyword('a', '<img src=x onerror="alert(1)"><b>粗体</b>')]));
    expect(result.ok && result.list.rules[0]!.name).toBe('<img src=x onerror="alert(1)"><b>粗体</b>');
  });

  it('refuses deep nesting in one linear pass instead of building it', () => {
    const deep = `{"format":"jingdu-rules","version":1,"rules":[${'['.repeat(1_000_000)}`;
    expect(messagesOf(parseRuleFile(deep))[0]).toContain('嵌套超过 16 层');
  });

  it('refuses more than 10 MB without reading it', () => {
    const huge = `##.ad\n${' '.repeat(10 * 1024 * 1024)}`;
    expect(messagesOf(parseRuleFile(huge))).toEqual(['文件太大：超过 10 MB，不像是规则文件']);
    expect(messagesOf(parseRuleFile(huge), 'en')).toEqual(['The file is too large: over 10 MB is not what a rule file looks like']);
  });

  it('reads a file just under 10 MB', () => {
    const rules = Array.from({ length: 60_000 }, (_, index) => keyword(`k${index}`, `规则 ${index}`, { terms: ['开挂'.repeat(50)] }));
    const text = list(rules);
    expect(text.length).toBeGreaterThan(9 * 1024 * 1024);
    expect(text.length).toBeLessThan(10 * 1024 * 1024);
    const result = parseRuleFile(text);
    expect(result.ok && result.list.rules.length).toBe(60_000);
  });

  it('reads 100,000 rules, and refuses 100,001 with the limit named', () => {
    const rules = Array.from({ length: 100_000 }, (_, index) => keyword(`k${index}`));
    expect(parseRuleFile(list(rules)).ok).toBe(true);
    const result = parseRuleFile(list([...rules, keyword('one-more')]));
    expect(problemsOf(result)).toEqual([{ path: 'rules', reason: { key: 'problem_maxItems', substitutions: ['100,000'] } }]);
    expect(messagesOf(result)).toEqual(['rules：不能超过 100,000 项']);
    expect(messagesOf(result, 'en')).toEqual(['rules: Must have at most 100,000 items']);
  });

  it('lists at most 100 problems, the last one counting the rest', () => {
    const rules = Array.from({ length: 500 }, (_, index) => ({ kind: 'keyword', id: `k${index}` }));
    const messages = messagesOf(parseRuleFile(list(rules)));
    expect(messages).toHaveLength(100);
    expect(messages.at(-1)).toBe('另有 401 个问题未列出。');
  });

  it('accepts (a+)+$: RE2 matches it in linear time, so 10,000 a’s cannot hang anything', async () => {
    const result = parseRuleFile(list([{ kind: 'regex', id: 'r', name: 'r', pattern: '(a+)+$' }]));
    expect(result.ok).toBe(true);
    const { RE2JS } = await import('re2js');
    // A backtracking engine takes exponential time on this input; the test's timeout is the bound on a hang.
    expect(RE2JS.compile('(a+)+$').matcher(`${'a'.repeat(10_000)}!`).find()).toBe(false);
  }, 5_000);
});
