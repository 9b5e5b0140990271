import { describe, expect, test } from 'vitest';

import { validateRuleList, type RuleListValidation } from '@/src/engine/validate-rule-list';

import { textIn, type Locale } from '../ui/use-locale-messages';

const list = (rules: unknown[], keywordSets: unknown[] = []) => ({ format: 'jingdu-rules', version: 1, keywordSets, rules });
const keyword = { kind: 'keyword', id: 'user:k', name: '关键词', terms: ['开挂'] };

/** Each problem's path and its reason as a user of `locale` reads it. */
function problemsIn(locale: Locale, validation: RuleListValidation): [path: string, reason: string][] {
  if (validation.ok) throw new Error('expected problems');
  return validation.problems.map((problem) => [problem.path, textIn(locale, problem.reason)]);
}

describe('validateRuleList', () => {
  test('accepts a valid list and fills in defaults', () => {
    const result = validateRuleList(list([keyword]));
    expect(result).toMatchObject({ ok: true, list: { rules: [{ ...keyword, enabled: true, hosts: [], sets: [], requireSets: [], weight: 1 }] } });
  });

  test('accepts a user rule that reuses a default keyword set', () => {
    expect(validateRuleList(list([{ ...keyword, terms: [], sets: ['default:set:games'] }])).ok).toBe(true);
  });

  test.each<[string, unknown, [string, string][]]>([
    ['not an object', 'rules', [['', '应为对象 { … }，实际是文本']]],
    ['a wrong format version', { ...list([]), version: 2 }, [['version', '应为 1']]],
    ['a missing field', { format: 'jingdu-rules', version: 1 }, [['rules', '缺少这个字段']]],
    ['a field of the wrong type', list([{ ...keyword, terms: '开挂' }]), [['rules[0].terms', '应为数组 [ … ]，实际是文本']]],
    ['a weight out of range', list([{ ...keyword, weight: 500 }]), [['rules[0].weight', '不能大于 100']]],
    [
      'a regex RE2 refuses',
      list([keyword, keyword, { kind: 'regex', id: 'user:r', name: '正则', pattern: 'a' }, { kind: 'regex', id: 'user:bad', name: '坏', pattern: '(abc' }].map((rule, index) => ({ ...rule, id: `user:${index}` }))),
      [['rules[3].pattern', '无效的正则表达式: missing closing )']],
    ],
    [
      'a backreference (RE2 has none: linear time)',
      list([{ kind: 'regex', id: 'user:r', name: '正则', pattern: '(a)\\1' }]),
      [['rules[0].pattern', '无效的正则表达式: invalid escape sequence']],
    ],
    ['an empty term', list([{ ...keyword, terms: ['  '] }]), [['rules[0].terms[0]', '词条不能为空']]],
    [
      'a term that normalises to nothing',
      list([{ ...keyword, terms: ['★☆'] }]),
      [['rules[0].terms[0]', '词条在规范化后为空（只有空白、标点或符号）']],
    ],
    ['an unknown field', list([{ ...keyword, colour: 'red' }]), [['rules[0].colour', '不认识的字段（拼错了，或是更新版本的净读才有的字段）']]],
    [
      'an unknown rule kind',
      list([{ ...keyword, kind: 'magic' }]),
      [['rules[0].kind', 'kind 应为以下之一：keyword、regex、allow、site']],
    ],
    [
      'a duplicate id',
      list([keyword, { ...keyword, name: '另一个' }]),
      [['rules[1].id', 'id “user:k” 重复（rules[0] 已使用）']],
    ],
    [
      'a missing keyword set',
      list([{ ...keyword, requireSets: ['user:set:none'] }]),
      [['rules[0].requireSets[0]', '词集 “user:set:none” 不存在']],
    ],
    [
      'a missing keyword set an allow rule would yield to',
      list([{ kind: 'allow', id: 'user:a', name: '提醒', terms: ['骗子'], unlessSets: ['user:set:none'] }]),
      [['rules[0].unlessSets[0]', '词集 “user:set:none” 不存在']],
    ],
    ['a rule with nothing to match', list([{ ...keyword, terms: [] }]), [['rules[0]', '规则至少需要一个词条或一个词集']]],
    [
      'a bad host pattern',
      list([{ ...keyword, hosts: ['http://example.com/'] }]),
      [['rules[0].hosts[0]', '站点应写成 example.com、*.example.com 或 *']],
    ],
    [
      'an empty selector',
      list([{ kind: 'site', id: 'user:s', name: '站点', hosts: ['example.com'], itemSelectors: [' '] }]),
      [['rules[0].itemSelectors[0]', '选择器不能为空']],
    ],
    [
      'a site rule with nothing to do',
      list([{ kind: 'site', id: 'user:s', name: '站点', hosts: ['example.com'] }]),
      [['rules[0]', '站点规则至少需要一个条目、隐藏或例外选择器']],
    ],
    [
      'a problem in a keyword set',
      list([], [{ id: 'user:set', name: '词集', terms: ['ok', '。'] }]),
      [['keywordSets[0].terms[1]', '词条在规范化后为空（只有空白、标点或符号）']],
    ],
  ])('rejects %s, naming the position', (_, input, problems) => {
    expect(problemsIn('zh_CN', validateRuleList(input))).toEqual(problems);
  });

  test.each<[string, unknown, [string, string][]]>([
    ['not an object', 'rules', [['', 'Should be an object { … }, but is text']]],
    ['a missing field', { format: 'jingdu-rules', version: 1 }, [['rules', 'This field is missing']]],
    ['a weight out of range', list([{ ...keyword, weight: 500 }]), [['rules[0].weight', 'Must be at most 100']]],
    ['a name too long', list([{ ...keyword, name: '名'.repeat(201) }]), [['rules[0].name', 'The name must be at most 200 characters long']]],
    ['a duplicate id', list([keyword, keyword]), [['rules[1].id', 'The id “user:k” is already used (by rules[0])']]],
    ['a missing keyword set', list([{ ...keyword, sets: ['nope'] }]), [['rules[0].sets[0]', 'There is no keyword set “nope”']]],
    ['an unknown rule kind', list([{ ...keyword, kind: 'magic' }]), [['rules[0].kind', 'kind should be one of: keyword, regex, allow, site']]],
  ])('says in English what is wrong with %s', (_, input, problems) => {
    expect(problemsIn('en', validateRuleList(input))).toEqual(problems);
  });
});
