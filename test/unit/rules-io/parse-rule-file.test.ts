import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseRuleFile, type ParsedRuleFile } from '@/src/rules-io/parse-rule-file';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function problemsOf(result: ParsedRuleFile) {
  if (result.ok) throw new Error(`expected problems, got ${result.list.rules.length} rules`);
  return result.problems;
}

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
    expect(result.rejected.at(-1)!.reason).toBe('与第 4 行相同，已跳过');
  });

  it('broken.json is refused with the line and column of the syntax error', () => {
    const [problem] = problemsOf(parseRuleFile(fixture('broken.json')));
    expect(problem).toMatchObject({ line: 5 });
    expect(problem!.message).toMatch(/^第 5 行第 \d+ 列：这里应是逗号 , 或 }/);
  });

  it('wrong-schema.json is refused with every problem at its path', () => {
    const problems = problemsOf(parseRuleFile(fixture('wrong-schema.json')));
    expect(problems.map((problem) => problem.path)).toEqual(['rules[2].hosts', 'rules[4].kind']);
    expect(problems[0]!.message).toBe('rules[2].hosts：站点规则至少需要一个站点');
    expect(problems[1]!.message).toBe('rules[4].kind：kind 应为以下之一：keyword、regex、allow、site');
  });

  it('wrong-version.json says a newer Jingdu is needed', () => {
    expect(problemsOf(parseRuleFile(fixture('wrong-version.json')))).toEqual([
      { path: 'version', message: 'version：这是第 2 版格式的规则文件，需要更新的净读才能读取（这个版本读取第 1 版）' },
    ]);
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
    const problems = problemsOf(parseRuleFile(text, { fileName: 'x.json' }));
    expect(problems.map((problem) => problem.message).join('\n')).toContain(expected);
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
    const problems = problemsOf(parseRuleFile(text));
    expect(problems.some((problem) => problem.message.startsWith(expected)), JSON.stringify(problems)).toBe(true);
    for (const problem of problems) expect(problem.message.startsWith(problem.path ?? '')).toBe(true);
  });

  it('keeps HTML in names as plain text', () => {
    const result = parseRuleFile(list([keyword('a', '<img src=x onerror="alert(1)"><b>粗体</b>')]));
    expect(result.ok && result.list.rules[0]!.name).toBe('<img src=x onerror="alert(1)"><b>粗体</b>');
  });

  it('refuses deep nesting in one linear pass instead of building it', () => {
    const deep = `{"format":"jingdu-rules","version":1,"rules":[${'['.repeat(1_000_000)}`;
    const [problem] = problemsOf(parseRuleFile(deep));
    expect(problem!.message).toContain('嵌套超过 16 层');
  });

  it('refuses more than 10 MB without reading it', () => {
    const huge = `##.ad\n${' '.repeat(10 * 1024 * 1024)}`;
    expect(problemsOf(parseRuleFile(huge))).toEqual([{ message: '文件太大：超过 10 MB，不像是规则文件' }]);
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
    const problems = problemsOf(parseRuleFile(list([...rules, keyword('one-more')])));
    expect(problems).toEqual([{ path: 'rules', message: 'rules：不能超过 100,000 项' }]);
  });

  it('lists at most 100 problems, the last one counting the rest', () => {
    const rules = Array.from({ length: 500 }, (_, index) => ({ kind: 'keyword', id: `k${index}` }));
    const problems = problemsOf(parseRuleFile(list(rules)));
    expect(problems).toHaveLength(100);
    expect(problems.at(-1)!.message).toBe('另有 401 个问题未列出。');
  });

  it('accepts (a+)+$: RE2 matches it in linear time, so 10,000 a’s cannot hang anything', async () => {
    const result = parseRuleFile(list([{ kind: 'regex', id: 'r', name: 'r', pattern: '(a+)+$' }]));
    expect(result.ok).toBe(true);
    const { RE2JS } = await import('re2js');
    // A backtracking engine takes exponential time on this input; the test's timeout is the bound on a hang.
    expect(RE2JS.compile('(a+)+$').matcher(`${'a'.repeat(10_000)}!`).find()).toBe(false);
  }, 5_000);
});
