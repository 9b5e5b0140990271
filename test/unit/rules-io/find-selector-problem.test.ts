import { describe, expect, it } from 'vitest';

import { findSelectorProblem } from '@/src/rules-io/find-selector-problem';

import { textIn } from '../ui/use-locale-messages';

describe('findSelectorProblem: what can be told without a DOM', () => {
  it.each([
    '.hot-news li',
    'ul#list > li.news-item:nth-child(2n+1)',
    'a[href*="(x"], a[title=\'a,b\']',
    'li:not(.ad):has(> a[href^="http"])',
    'div::before',
    '.a\\{b',
    'p:is(.x, .y):where(.z)',
  ])('accepts %s', (selector) => {
    expect(findSelectorProblem(selector)).toBeUndefined();
  });

  it.each([
    ['', '不能为空'],
    ['   ', '不能为空'],
    ['div[title="x"', '缺少 ]'],
    ['div:not(.x', '缺少 )'],
    ['div)', '括号不配对'],
    ['div[x)', '括号不配对'],
    ['a[title="x]', '引号 " 没有闭合'],
    ['.a,', '空项'],
    [', .a', '空项'],
    ['.a,,.b', '空项'],
    ['body { display: none }', '{ 或 }'],
    ['li\u0000', '控制字符'],
    ['li:has-text(开挂)', ':has-text(…) 是过滤列表的扩展语法'],
    ['li:-abp-contains(x)', '过滤列表'],
    ['div:xpath(//a)', '过滤列表'],
    ['div:matches-css(color: red)', '过滤列表'],
    ['div:frobnicate(1)', '不是标准 CSS'],
  ])('refuses %j (%s)', (selector, reason) => {
    expect(textIn('zh_CN', findSelectorProblem(selector)!)).toContain(reason);
  });

  it.each([
    ['div)', 'The selector’s brackets do not match: character 4, “)”, has no opening bracket before it'],
    ['div:not(.x', 'The selector’s brackets are not closed: ) is missing'],
    ['.a,,.b', 'The selector list has an empty item (one comma too many)'],
    ['li:has-text(开挂)', ':has-text(…) is filter-list syntax, not CSS, and is not supported here'],
  ])('says why %j is refused in English too', (selector, reason) => {
    expect(textIn('en', findSelectorProblem(selector)!)).toBe(reason);
  });
});
