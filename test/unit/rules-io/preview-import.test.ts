import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';
import { localizeText } from '@/src/messages';
import { parseRuleFile } from '@/src/rules-io/parse-rule-file';
import { describeOverLimit, previewImport } from '@/src/rules-io/preview-import';
import { MAX_KEYWORD_SETS, MAX_RULES } from '@/src/engine/rule-schema';

import { useLocaleMessages } from '../ui/use-locale-messages';

const listOf = (rules: object[], keywordSets: object[] = []): RuleList =>
  ruleListSchema.parse({ format: 'jingdu-rules', version: 1, keywordSets, rules });
const keyword = (id: string, terms: string[], name = id) => ({ kind: 'keyword', id, name, terms });
const set = (id: string, terms: string[]) => ({ id, name: id, terms });
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('previewImport', () => {
  const current = listOf([keyword('a', ['开挂']), keyword('b', ['透视']), keyword('c', ['辅助器'])], [set('s1', ['麻将'])]);

  it('merge: adds new items, replaces changed ones in place, and does not add duplicates', () => {
    const incoming = listOf(
      [
        keyword('a', ['开挂']), // same id, same content
        keyword('b', ['透视', '有挂']), // same id, other content
        keyword('x', ['辅助器'], '另一个名字'), // other id, same content as c
        keyword('new', ['外挂']),
      ],
      [set('s1', ['麻将', '斗地主']), set('s2', ['牛牛'])],
    );
    const preview = previewImport(current, incoming, 'merge');
    expect(ids(preview.added)).toEqual(['new']);
    expect(preview.changed.map(({ before, after }) => [before.id, after.id])).toEqual([['b', 'b']]);
    expect(ids(preview.duplicated)).toEqual(['a', 'x']);
    expect(preview.removed).toEqual([]);
    expect(ids(preview.result.rules)).toEqual(['a', 'b', 'c', 'new']);
    expect(preview.result.rules[1]).toMatchObject({ terms: ['透视', '有挂'] });
    expect(ids(preview.keywordSets.added)).toEqual(['s2']);
    expect(ids(preview.keywordSets.changed.map(({ after }) => after))).toEqual(['s1']);
    expect(ids(preview.result.keywordSets)).toEqual(['s1', 's2']);
  });

  it('merge: two incoming items with the same content are added once', () => {
    const preview = previewImport(current, listOf([keyword('n1', ['外挂']), keyword('n2', ['外挂'])]), 'merge');
    expect(ids(preview.added)).toEqual(['n1']);
    expect(ids(preview.duplicated)).toEqual(['n2']);
  });

  it('replace: the result is the incoming list; what it drops is listed as removed', () => {
    const incoming = listOf([keyword('a', ['开挂']), keyword('b', ['有挂']), keyword('x', ['辅助器'])]);
    const preview = previewImport(current, incoming, 'replace');
    expect(preview.result).toEqual(incoming);
    expect(ids(preview.duplicated)).toEqual(['a', 'x']);
    expect(ids(preview.changed.map(({ after }) => after))).toEqual(['b']);
    expect(preview.removed).toEqual([]);
    expect(ids(preview.keywordSets.removed)).toEqual(['s1']);

    expect(ids(previewImport(current, listOf([keyword('a', ['开挂'])]), 'replace').removed)).toEqual(['b', 'c']);
  });

  it('re-importing an exported filter-line file finds only duplicates', () => {
    const parsed = parseRuleFile('a.com##.ad\nb.com##li:has-text(开挂)');
    if (!parsed.ok) throw new Error('fixture must parse');
    const once = previewImport(current, parsed.list, 'merge').result;
    const again = previewImport(once, parsed.list, 'merge');
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.duplicated).toHaveLength(3);
    expect(again.result).toEqual(once);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify(current);
    previewImport(current, listOf([keyword('a', ['x'])]), 'merge');
    expect(JSON.stringify(current)).toBe(before);
  });
});

describe('the limits of a merged list', () => {
  // One parsed rule, copied under other ids and terms: 100,000 schema runs would dominate the test, and
  // previewImport takes lists that are already checked.
  const parsedRule = listOf([keyword('a', ['开挂'])]).rules[0]!;
  const rules = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => ({ ...parsedRule, id: `${prefix}${index}`, terms: [`${prefix}词${index}`] }));
  const sets = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => set(`${prefix}${index}`, [`${prefix}${index}`]));
  const raw = (ruleItems: RuleList['rules'], setItems: object[] = []) =>
    ({ format: 'jingdu-rules', version: 1, rules: ruleItems, keywordSets: setItems }) as RuleList;

  it('are the schema’s', () => {
    const overRules = ruleListSchema.safeParse(raw(rules(MAX_RULES + 1, 'r')));
    expect(overRules.success).toBe(false);
    expect(overRules.error?.issues).toContainEqual(expect.objectContaining({ code: 'too_big', maximum: MAX_RULES, path: ['rules'] }));
    const overSets = ruleListSchema.safeParse(raw([], sets(MAX_KEYWORD_SETS + 1, 's')));
    expect(overSets.error?.issues).toContainEqual(expect.objectContaining({ code: 'too_big', maximum: MAX_KEYWORD_SETS, path: ['keywordSets'] }));
  });

  it('refuses a merge that would pass 100,000 rules, and lets replace through', () => {
    const current = raw(rules(2, 'mine'));
    const incoming = raw(rules(MAX_RULES, 'k'));
    const merged = previewImport(current, incoming, 'merge');
    expect(merged.overLimit).toEqual({ part: 'rules', count: 100_002, limit: 100_000 });
    expect(merged.added).toHaveLength(100_000);
    expect(previewImport(current, incoming, 'replace').overLimit).toBeUndefined();
    // Exactly at the limit is fine.
    expect(previewImport(raw(rules(1, 'mine')), raw(rules(MAX_RULES - 1, 'k')), 'merge').overLimit).toBeUndefined();
  });

  it('refuses a merge that would pass 10,000 keyword sets', () => {
    const merged = previewImport(raw([], sets(1, 'mine')), raw([], sets(MAX_KEYWORD_SETS, 'k')), 'merge');
    expect(merged.overLimit).toEqual({ part: 'keywordSets', count: 10_001, limit: 10_000 });
  });

  it('words the refusal in both catalogues', () => {
    fakeBrowser.reset();
    useLocaleMessages('zh_CN');
    const message = describeOverLimit({ part: 'rules', count: 100_002, limit: 100_000 });
    expect(message).toEqual({ key: 'error_tooManyRules', substitutions: ['100,002', '100,000'] });
    expect(localizeText(message)).toBe('导入后共有 100,002 条规则，超过 100,000 条的上限，没有导入。可以改用“替换”，或先删除一些规则。');
    useLocaleMessages('en');
    expect(localizeText(describeOverLimit({ part: 'keywordSets', count: 10_001, limit: 10_000 }))).toBe(
      'Importing would leave 10,001 keyword sets, more than the limit of 10,000, so nothing is imported. Choose “Replace”, or delete some keyword sets first.',
    );
  });
});
