import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ruleListSchema, type Rule, type RuleList } from '@/src/engine/rule-schema';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { formatFilterLine, type CosmeticFilter } from '@/src/rules-io/cosmetic-filter';
import { exportRuleList, FILTER_LINES_HEADER } from '@/src/rules-io/export-rule-list';
import { parseRuleFile } from '@/src/rules-io/parse-rule-file';

import { textIn } from '../ui/use-locale-messages';

const listOf = (rules: object[], keywordSets: object[] = []): RuleList =>
  ruleListSchema.parse({ format: 'jingdu-rules', version: 1, keywordSets, rules });

function reimport(text: string): RuleList {
  const parsed = parseRuleFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(parsed.rejected).toEqual([]);
  return parsed.list;
}

const site = (id: string, hosts: string[], fields: object) => ({ kind: 'site', id, name: id, hosts, ...fields });
const keyword = (id: string, hosts: string[], terms: string[], fields: object = {}) =>
  ({ kind: 'keyword', id, name: id, hosts, terms, weight: 100, ...fields });

describe('exportRuleList as JSON', () => {
  const list = listOf(
    [keyword('k', [], ['开挂'], { sets: ['s'] }), site('x', ['a.com'], { hideSelectors: ['.ad'] })],
    [{ id: 's', name: '集合', terms: ['麻将'] }, { id: 'unused', name: '没用到', terms: ['x'] }],
  );

  it('writes our versioned format, pretty-printed, and reads back the same list', () => {
    const { text, skipped } = exportRuleList(list, { format: 'json' });
    expect(text.startsWith('{\n  "format": "jingdu-rules",\n  "version": 1,')).toBe(true);
    expect(skipped).toEqual([]);
    expect(reimport(text)).toEqual(list);
  });

  it('exports the chosen ids with the keyword sets they use, and names ids it does not know', () => {
    const { text, skipped } = exportRuleList(list, { format: 'json', ids: ['k', 'ghost'] });
    const exported = reimport(text);
    expect(exported.rules.map((rule) => rule.id)).toEqual(['k']);
    expect(exported.keywordSets.map((set) => set.id)).toEqual(['s']);
    expect(skipped).toEqual([{ id: 'ghost', reason: { key: 'problem_exportNoSuchId' } }]);
    expect(textIn('zh_CN', skipped[0]!.reason)).toBe('没有这个 id 的规则或词集');
  });

  it('brings along the sets a rule requires or yields to, not only those it reads', () => {
    const withRoles = listOf(
      [
        keyword('k', [], ['开挂'], { requireSets: ['game'] }),
        { kind: 'allow', id: 'a', name: 'a', terms: ['骗子'], unlessSets: ['offer'] },
      ],
      [{ id: 'game', name: '游戏', terms: ['麻将'] }, { id: 'offer', name: '招揽', terms: ['私我'] }, { id: 'unused', name: '没用到', terms: ['x'] }],
    );
    const exported = reimport(exportRuleList(withRoles, { format: 'json', ids: ['k', 'a'] }).text);
    expect(exported.keywordSets.map((set) => set.id)).toEqual(['game', 'offer']);
  });
});

describe('exportRuleList as filter lines', () => {
  it.each([
    ['hide and except selectors', [site('s', ['a.com', 'b.com'], { hideSelectors: ['.ad', '.pop'], exceptSelectors: ['.ok'] })], ['a.com,b.com##.ad', 'a.com,b.com##.pop', 'a.com,b.com#@#.ok'], []],
    ['every site', [site('s', ['*'], { hideSelectors: ['.ad'] })], ['##.ad'], []],
    [
      'item selectors with keyword terms and a regex of the same hosts',
      [
        site('s', ['a.com'], { itemSelectors: ['li', '.item'] }),
        keyword('k', ['a.com'], ['开挂', '透视']),
        { kind: 'regex', id: 'r', name: 'r', hosts: ['a.com'], pattern: '辅助(器|工具)', ignoreCase: false, weight: 100 },
      ],
      [
        'a.com##li:has-text(开挂)',
        'a.com##li:has-text(透视)',
        'a.com##.item:has-text(开挂)',
        'a.com##.item:has-text(透视)',
        'a.com##li:has-text(/辅助(器|工具)/)',
        'a.com##.item:has-text(/辅助(器|工具)/)',
      ],
      [],
    ],
    [
      'what filter lines cannot say',
      [
        keyword('weight', ['a.com'], ['开挂'], { weight: 3 }),
        keyword('global', [], ['开挂']),
        keyword('sets', ['a.com'], ['开挂'], { sets: ['set'] }),
        { kind: 'allow', id: 'allow', name: 'allow', terms: ['电梯'] },
        site('off', ['a.com'], { enabled: false, hideSelectors: ['.x'] }),
        site('title', ['b.com'], { itemSelectors: ['li'], titleSelector: 'a', hideSelectors: ['.ad'] }),
        keyword('title-k', ['b.com'], ['开挂']),
        { kind: 'regex', id: 'raw', name: 'raw', hosts: ['a.com'], pattern: 'x', matchNormalized: false, weight: 100 },
        site('odd', ['a.com'], { itemSelectors: ['li'] }),
        keyword('slashes', ['a.com'], ['/开挂/']),
      ],
      ['b.com##.ad'],
      ['set', 'weight', 'global', 'sets', 'allow', 'off', 'title', 'title-k', 'raw', 'odd', 'slashes'],
    ],
  ])('%s', (_name, rules, lines, skippedIds) => {
    const keywordSets = rules.some((rule) => 'sets' in rule) ? [{ id: 'set', name: 'set', terms: ['麻将'] }] : [];
    const list = listOf(rules, keywordSets);
    const { text, skipped } = exportRuleList(list, { format: 'filter-lines' });
    expect(text).toBe([FILTER_LINES_HEADER, ...lines, ''].join('\n'));
    expect(skipped.map(({ id }) => id).sort()).toEqual([...skippedIds].sort());
    for (const { reason } of skipped) {
      expect(textIn('zh_CN', reason)).toMatch(/[\u4e00-\u9fff]/);
      expect(textIn('en', reason)).toMatch(/^[A-Z“]/);
    }
    reimport(text);
  });

  it('says which rules were only partly written', () => {
    const list = listOf([site('s', ['a.com'], { hideSelectors: ['.ad'], itemSelectors: ['li'] })]);
    const { skipped } = exportRuleList(list, { format: 'filter-lines' });
    expect(skipped).toHaveLength(1);
    expect(textIn('zh_CN', skipped[0]!.reason)).toMatch(/^部分导出：条目选择器要和/);
    expect(textIn('en', skipped[0]!.reason)).toBe(
      'Partly exported: Item selectors can only be written as :has-text(…) together with a keyword or regex rule of weight 100 for the same sites',
    );
  });

  it('re-imports a file it exported from filter lines as the same rules and ids (the fixture file)', () => {
    const original = reimport('a.com,b.com##li:has-text(开挂)\na.com##.item:has-text(/开挂|透视/i)\n##.ad\nc.com#@#.ok\na.com##li:has-text(透视)');
    const { text, skipped } = exportRuleList(original, { format: 'filter-lines' });
    expect(skipped).toEqual([]);
    expect(reimport(text)).toEqual(original);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property-based round trips on generated lists.

const hostListArbitrary = fc.uniqueArray(fc.constantFrom('a.com', 'news.example.com', '*.c.org', '新闻.cn', 'xn--fiq228c.com'), {
  minLength: 1,
  maxLength: 3,
});
const selectorArbitrary = fc.constantFrom('.ad', 'li', 'div > a', '#x', '.hot-news li', 'a[title="x,y"]', 'li:not(.ok)', 'p:nth-child(2n+1)');
const termArbitrary = fc
  .string({ unit: fc.constantFrom(...'开挂透视辅助器有挂 abcXYZ<>&"\'()[]{}/\\|*+?.'), minLength: 1, maxLength: 12 })
  .filter((term) => term.trim() !== '');
const patternArbitrary = fc.constantFrom('开挂|透视', 'a+b', '[0-9一二三]+分钟', '(x)', 'a/b', '\\d{2,3}', '^第.+期$');
const idArbitrary = fc.stringMatching(/^[a-z][a-z0-9_.:-]{0,15}$/);
const nameArbitrary = fc
  .string({ unit: fc.constantFrom(...'规则名称<b>&"\' abc'), minLength: 1, maxLength: 20 })
  .filter((name) => name.trim() !== '');

const filterArbitrary = fc.oneof(
  fc.record({ hosts: fc.oneof(fc.constant([]), hostListArbitrary), exception: fc.boolean(), selector: selectorArbitrary }),
  fc.record({
    hosts: fc.oneof(fc.constant([]), hostListArbitrary),
    exception: fc.constant(false),
    selector: selectorArbitrary,
    text: fc.oneof(
      fc.record({ kind: fc.constant('keyword' as const), term: termArbitrary }),
      fc.record({ kind: fc.constant('regex' as const), pattern: patternArbitrary, ignoreCase: fc.boolean() }),
    ),
  }),
).map((filter): CosmeticFilter => ({ ...filter, hosts: [...filter.hosts] }));

const ruleArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('site'),
    hosts: fc.oneof(fc.constant(['*']), hostListArbitrary),
    enabled: fc.boolean(),
    itemSelectors: fc.array(selectorArbitrary, { maxLength: 2 }),
    hideSelectors: fc.array(selectorArbitrary, { maxLength: 2 }),
    exceptSelectors: fc.array(selectorArbitrary, { maxLength: 1 }),
    judgeItems: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('keyword'),
    hosts: fc.oneof(fc.constant([]), hostListArbitrary),
    enabled: fc.boolean(),
    terms: fc.array(termArbitrary, { minLength: 1, maxLength: 3 }),
    weight: fc.constantFrom(1, 3, 100),
  }),
  fc.record({
    kind: fc.constant('regex'),
    hosts: fc.oneof(fc.constant([]), hostListArbitrary),
    pattern: patternArbitrary,
    ignoreCase: fc.boolean(),
    matchNormalized: fc.boolean(),
    weight: fc.constantFrom(2, 100),
  }),
  fc.record({ kind: fc.constant('allow'), terms: fc.array(termArbitrary, { minLength: 1, maxLength: 2 }), alwaysShow: fc.boolean() }),
);

const listArbitrary = fc
  .uniqueArray(fc.tuple(idArbitrary, nameArbitrary, ruleArbitrary), { selector: ([id]) => id, maxLength: 12 })
  .map((entries) => ruleListSchema.parse({ format: 'jingdu-rules', version: 1, rules: entries.map(([id, name, rule]) => ({ ...rule, id, name })) }))
  .filter((list) => checkRuleList(list).ok);

/** What a list does, in the terms filter lines can express (see export-rule-list.ts). */
function effectsOf(list: RuleList): Set<string> {
  const hostsKey = (hosts: string[]) => (hosts.includes('*') ? '' : [...new Set(hosts)].sort().join(','));
  const effects = new Set<string>();
  const sites = list.rules.filter((rule): rule is Extract<Rule, { kind: 'site' }> => rule.kind === 'site' && rule.enabled);
  for (const rule of sites) {
    for (const selector of rule.hideSelectors) effects.add(`hide|${hostsKey(rule.hosts)}|${selector}`);
    for (const selector of rule.exceptSelectors) effects.add(`except|${hostsKey(rule.hosts)}|${selector}`);
  }
  for (const text of list.rules) {
    if ((text.kind !== 'keyword' && text.kind !== 'regex') || !text.enabled || text.weight !== 100) continue;
    const keys = text.kind === 'keyword' ? text.terms.map((term) => `k:${term}`) : [`r:${text.pattern}:${text.ignoreCase}:${text.matchNormalized}`];
    for (const site of sites) {
      if (!site.judgeItems || site.titleSelector !== undefined || hostsKey(site.hosts) !== hostsKey(text.hosts)) continue;
      for (const selector of site.itemSelectors) for (const key of keys) effects.add(`judge|${hostsKey(site.hosts)}|${selector}|${key}`);
    }
  }
  return effects;
}

describe('round trips (property-based)', () => {
  it('JSON: any valid list exports and re-imports to the same list', () => {
    fc.assert(
      fc.property(listArbitrary, (list) => {
        const { text, skipped } = exportRuleList(list, { format: 'json' });
        expect(skipped).toEqual([]);
        expect(reimport(text)).toEqual(list);
      }),
    );
  });

  it('filter lines: a list read from filter lines exports to lines that re-import to the same rules and ids', () => {
    fc.assert(
      fc.property(fc.array(filterArbitrary, { minLength: 1, maxLength: 10 }), (filters) => {
        // Generated terms may be refused on import (unbalanced parentheses); the round trip is about what imports.
        const parsed = parseRuleFile(filters.map(formatFilterLine).join('\n'));
        if (!parsed.ok) throw new Error('filter lines always parse');
        const original = parsed.list;
        const { text, skipped } = exportRuleList(original, { format: 'filter-lines' });
        expect(skipped).toEqual([]);
        expect(reimport(text)).toEqual(original);
      }),
    );
  });

  it('filter lines: any list exports to lines that re-import without rejection, keeping what they say and inventing nothing', () => {
    fc.assert(
      fc.property(listArbitrary, (list) => {
        const { text, skipped } = exportRuleList(list, { format: 'filter-lines' });
        const reimported = reimport(text);
        const before = effectsOf(list);
        const after = effectsOf(reimported);
        for (const effect of after) expect(before, `invented: ${effect}`).toContain(effect);
        const skippedIds = new Set(skipped.map(({ id }) => id));
        const kept = listOf(list.rules.filter((rule) => !skippedIds.has(rule.id)));
        for (const effect of effectsOf(kept)) expect(after, `lost: ${effect}`).toContain(effect);
      }),
    );
  });
});
