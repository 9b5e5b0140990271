import { describe, expect, it } from 'vitest';

import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';
import { parseRuleFile } from '@/src/rules-io/parse-rule-file';
import { previewImport } from '@/src/rules-io/preview-import';

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
