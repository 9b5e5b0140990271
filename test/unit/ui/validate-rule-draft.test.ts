import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { KeywordSet } from '@/src/engine/rule-schema';
import { readLines } from '@/src/ui/options/form-fields';
import { validateRuleDraft } from '@/src/ui/options/validate-rule-draft';

import { useLocaleMessages } from './use-locale-messages';

const SETS: KeywordSet[] = [{ id: 'set:games', name: '棋牌游戏名', enabled: true, terms: ['斗地主', '麻将'] }];

/** A draft as the editor reads it: textarea fields as text, so line numbers are real. */
function draft(values: Record<string, unknown>) {
  const lineNumbers: Record<string, number[]> = {};
  const read: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' && value.includes('\n')) {
      const lines = readLines(value);
      read[key] = lines.entries;
      lineNumbers[key] = lines.lineNumbers;
    } else read[key] = value;
  }
  return { values: read, lineNumbers };
}

const keyword = { kind: 'keyword', id: 'user:k', name: '外挂', enabled: true, hosts: [], terms: ['开挂'], sets: [], requireSets: [], weight: 5 };
const regex = { kind: 'regex', id: 'user:r', name: '正则', enabled: true, hosts: [], pattern: '开挂.{0,4}辅助', ignoreCase: true, matchNormalized: true, weight: 5 };
const site = { kind: 'site', id: 'user:s', name: '网站', enabled: true, hosts: ['news.example.com'], itemSelectors: ['.hot li'], hideSelectors: [], exceptSelectors: [], judgeItems: true };

describe('validateRuleDraft', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useLocaleMessages();
  });

  it.each([
    ['a keyword rule', keyword],
    ['a keyword rule using a set only', { ...keyword, terms: [], sets: ['set:games'] }],
    ['a regex rule', regex],
    ['a site rule', site],
    ['an allow rule', { kind: 'allow', id: 'user:a', name: '允许', enabled: true, hosts: ['*.gov.cn'], terms: ['外挂电梯'], sets: [], weight: 3, alwaysShow: false }],
  ])('accepts %s', (_, values) => {
    const result = validateRuleDraft(draft(values), SETS);
    expect([...result.errors]).toEqual([]);
    expect(result.rule).toMatchObject(values);
  });

  it.each([
    ['name', { ...keyword, name: '  ' }, /名称不能为空/],
    ['pattern', { ...regex, pattern: '(开挂' }, /正则表达式/],
    ['pattern', { ...regex, pattern: '(?=辅助)开挂' }, /正则/],
    ['pattern', { ...regex, name: '', pattern: 'a\\1' }, /正则/], // reported even while the name is still missing
    ['hosts', { ...keyword, hosts: 'example.com\n\nhttp://bad/' }, /^第 3 行：.*example\.com/],
    ['hosts', { ...site, hosts: [] }, /至少需要一个站点/],
    ['itemSelectors', { ...site, itemSelectors: '.hot li\ndiv[' }, /^第 2 行：不是有效的 CSS 选择器/],
    ['titleSelector', { ...site, titleSelector: 'a:::b' }, /不是有效的 CSS 选择器/],
    ['itemSelectors', { ...site, itemSelectors: [] }, /至少填写一个条目选择器或隐藏选择器/],
    ['terms', { ...keyword, terms: [] }, /至少填写一个词条/],
    ['terms', { ...keyword, terms: 'a\n' + 'x'.repeat(201) }, /^第 2 行：.*200/],
    ['weight', { ...keyword, weight: Number.NaN }, /.+/],
    ['weight', { ...keyword, weight: 101 }, /100/],
    ['sets', { ...keyword, sets: ['set:missing'] }, /set:missing/],
  ])('refuses a bad %s, saying why at the field', (field, values, reason) => {
    const result = validateRuleDraft(draft(values), SETS);
    expect(result.rule).toBeUndefined();
    expect(result.errors.get(field)).toMatch(reason);
  });
});
