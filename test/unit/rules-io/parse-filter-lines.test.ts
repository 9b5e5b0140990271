import { describe, expect, it } from 'vitest';

import { parseFilterLines } from '@/src/rules-io/parse-filter-lines';
import { FILTER_TEXT_WEIGHT } from '@/src/rules-io/rules-from-cosmetic-filter';

import { textIn } from '../ui/use-locale-messages';

/** The rules one line becomes, without the generated ids and names. */
function rulesOf(line: string) {
  const { list, rejected } = parseFilterLines(line);
  expect(rejected).toEqual([]);
  return list.rules.map((rule) => {
    const { id, name, ...content } = rule;
    expect(name).toBe(list.rules[0]!.name);
    expect(id).toMatch(/^filter:[0-9a-f]{16}(:text)?$/);
    return content;
  });
}

const site = { kind: 'site', enabled: true, itemSelectors: [], hideSelectors: [], exceptSelectors: [], judgeItems: true };

describe('filter lines that map onto rules', () => {
  it.each([
    ['example.com##.selector', [{ ...site, hosts: ['example.com'], hideSelectors: ['.selector'] }]],
    ['##.selector', [{ ...site, hosts: ['*'], hideSelectors: ['.selector'] }]],
    ['*##.selector', [{ ...site, hosts: ['*'], hideSelectors: ['.selector'] }]],
    ['example.com#@#.selector', [{ ...site, hosts: ['example.com'], exceptSelectors: ['.selector'] }]],
    ['a.com,b.com##.ad', [{ ...site, hosts: ['a.com', 'b.com'], hideSelectors: ['.ad'] }]],
    ['Example.COM##.ad', [{ ...site, hosts: ['example.com'], hideSelectors: ['.ad'] }]],
    ['example.com#?#.ad', [{ ...site, hosts: ['example.com'], hideSelectors: ['.ad'] }]],
    ['example.com##div[title="a,b"] > a:not(.x)', [{ ...site, hosts: ['example.com'], hideSelectors: ['div[title="a,b"] > a:not(.x)'] }]],
    [
      'example.com##li:has-text(开挂)',
      [
        { ...site, hosts: ['example.com'], itemSelectors: ['li'] },
        { kind: 'keyword', enabled: true, hosts: ['example.com'], terms: ['开挂'], sets: [], requireSets: [], weight: FILTER_TEXT_WEIGHT },
      ],
    ],
    [
      'example.com##li:-abp-contains(开挂)',
      [
        { ...site, hosts: ['example.com'], itemSelectors: ['li'] },
        { kind: 'keyword', enabled: true, hosts: ['example.com'], terms: ['开挂'], sets: [], requireSets: [], weight: FILTER_TEXT_WEIGHT },
      ],
    ],
    [
      'example.com##.item:has-text(/开挂|透视/)',
      [
        { ...site, hosts: ['example.com'], itemSelectors: ['.item'] },
        { kind: 'regex', enabled: true, hosts: ['example.com'], pattern: '开挂|透视', ignoreCase: false, matchNormalized: true, weight: FILTER_TEXT_WEIGHT },
      ],
    ],
    [
      '##.item:has-text(/cheat/i)',
      [
        { ...site, hosts: ['*'], itemSelectors: ['.item'] },
        { kind: 'regex', enabled: true, hosts: ['*'], pattern: 'cheat', ignoreCase: true, matchNormalized: true, weight: FILTER_TEXT_WEIGHT },
      ],
    ],
  ])('%s', (line, expected) => {
    expect(rulesOf(line)).toEqual(expected);
  });

  it('names the rules after the canonical line', () => {
    expect(parseFilterLines(' Example.com#?#li:-abp-contains(开挂) ').list.rules.map((rule) => rule.name)).toEqual([
      'example.com##li:has-text(开挂)',
      'example.com##li:has-text(开挂)',
    ]);
    expect(parseFilterLines('*##.ad').list.rules[0]!.name).toBe('##.ad');
  });

  it('gives the same ids for the same filter however it is spelled, and other ids for other filters', () => {
    const ids = (text: string) => parseFilterLines(text).list.rules.map((rule) => rule.id);
    expect(ids('  Example.com##li:contains(开挂)  ')).toEqual(ids('example.com##li:has-text(开挂)'));
    expect(ids('example.com##li:has-text(开挂)')).not.toEqual(ids('example.com##li:has-text(透视)'));
    expect(ids('example.com##li:has-text(开挂)')[1]).toBe(`${ids('example.com##li:has-text(开挂)')[0]}:text`);
  });

  it('keeps HTML in a line as text: the name is the line, nothing is interpreted', () => {
    const { list } = parseFilterLines('example.com##li:has-text(<img src=x onerror=alert(1)>)');
    expect(list.rules[1]).toMatchObject({ name: 'example.com##li:has-text(<img src=x onerror=alert(1)>)', terms: ['<img src=x onerror=alert(1)>'] });
  });
});

describe('lines that are skipped or rejected', () => {
  it('skips comments, headers and blank lines silently', () => {
    expect(parseFilterLines('[Adblock Plus 2.0]\n! comment\n!#if env_firefox\n# hosts comment\n\n   \n')).toMatchObject({
      list: { rules: [] },
      rejected: [],
      rejectedCount: 0,
    });
  });

  it.each([
    ['||ads.example.com^', '网络过滤规则'],
    ['/banner/*/img^', '网络过滤规则'],
    ['@@||example.com^$document', '网络过滤规则'],
    ['example.com##+js(nowebrtc)', '运行脚本'],
    ['example.com#%#window.x=1', '运行脚本'],
    ['example.com#$#.ad { display: none }', '注入 CSS'],
    ['example.com##^script:has-text(ad)', 'HTML 过滤'],
    ['example.com$$script[tag-content="ad"]', 'HTML 过滤'],
    ['example.com##div:xpath(//a)', ':xpath(…)'],
    ['example.com##.ad:style(color: red)', ':style(…)'],
    ['example.com##.ad:upward(2)', ':upward(…)'],
    ['example.com##.ad:remove()', ':remove(…)'],
    ['example.com##li:has-text(x):not(.y)', '末尾'],
    ['example.com##li:has(a:has-text(x))', '末尾'],
    ['example.com##:has-text(开挂)', '条目的选择器'],
    ['example.com#@#li:has-text(开挂)', '例外规则'],
    ['example.com##li:has-text()', '没有要找的文字'],
    ['example.com##li:has-text(/a/g)', '标志 g'],
    ['example.com##li:has-text(/(?=a)b/)', 'RE2'],
    ['example.com##li:has-text(/(a)\\1/)', 'RE2'],
    ['~example.com##.ad', '排除站点'],
    ['a.com,~b.a.com##.ad', '排除站点'],
    ['example.*##.ad', 'example.*'],
    ['a.com,,b.com##.ad', '空项'],
    ['exa mple.com##.ad', '站点「exa mple.com」'],
    ['example.com##', '没有选择器'],
    ['example.com##div[title="x', '引号'],
    ['example.com##div[title=x', '括号'],
    ['example.com##.a, , .b', '空项'],
    ['example.com##.a { color: red }', '{ 或 }'],
    ['example.com##.a\u0007', '控制字符'],
    [`example.com##li:has-text(${'长'.repeat(201)})`, '200'],
    ['example.com##li:has-text(!!!)', '词条在规范化后为空'],
    [`example.com##${'.a'.repeat(501)}`, '1000'],
  ])('%s', (line, reason) => {
    const { list, rejected, rejectedCount } = parseFilterLines(`! first line\n${line}`);
    expect(list.rules).toEqual([]);
    expect(rejectedCount).toBe(1);
    expect(rejected[0]).toMatchObject({ line: 2 });
    expect(textIn('zh_CN', rejected[0]!.reason)).toContain(reason);
  });

  it.each([
    ['||ads.example.com^', 'Network filters (which block requests) do not apply: Jingdu only collapses what a page shows'],
    ['example.com#$#.ad { display: none }', 'Rules that inject CSS (#$#) are not supported'],
    ['example.com$$script[tag-content="ad"]', 'AdGuard HTML filters ($$) are not supported'],
    ['example.com##li:has-text(x):not(.y)', ':has-text(…) is only supported at the end of the selector'],
    ['exa mple.com##.ad', 'The site “exa mple.com” is not written correctly: Write a site as example.com, *.example.com or *'],
    ['example.com##li:has-text(!!!)', 'The term is empty once normalised (it has only spaces, punctuation or symbols)'],
  ])('%s, in English', (line, reason) => {
    expect(textIn('en', parseFilterLines(line).rejected[0]!.reason)).toBe(reason);
  });

  it('reports a repeated line against the first one and keeps only the first', () => {
    const { list, rejected } = parseFilterLines('a.com##.x\r\nb.com##.y\r\nA.com##.x');
    expect(list.rules.map((rule) => rule.name)).toEqual(['a.com##.x', 'b.com##.y']);
    expect(rejected).toEqual([{ line: 3, text: 'A.com##.x', reason: { key: 'problem_lineDuplicate', substitutions: ['1'] } }]);
    expect(textIn('zh_CN', rejected[0]!.reason)).toBe('与第 1 行相同，已跳过');
    expect(textIn('en', rejected[0]!.reason)).toBe('The same as line 1; skipped');
  });

  it('counts every rejected line but lists the first 1,000', () => {
    const text = Array.from({ length: 1_500 }, (_, index) => `||ads${index}.example.com^`).join('\n');
    const { rejected, rejectedCount } = parseFilterLines(text);
    expect(rejectedCount).toBe(1_500);
    expect(rejected).toHaveLength(1_000);
    expect(rejected.at(-1)!.line).toBe(1_000);
  });

  it('stops at 100,000 rules and says so for the lines after', () => {
    const text = Array.from({ length: 100_002 }, (_, index) => `##.ad-${index}`).join('\n');
    const { list, rejected, rejectedCount } = parseFilterLines(text);
    expect(list.rules).toHaveLength(100_000);
    expect(rejectedCount).toBe(2);
    expect(rejected[0]).toMatchObject({ line: 100_001 });
    expect(textIn('en', rejected[0]!.reason)).toBe('Over the limit of 100,000 rules; not imported');
  });
});
