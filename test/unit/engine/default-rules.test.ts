import { expect, test } from 'vitest';

import rawDefaultRules from '@/assets/default-rules.json';
import { SIGNAL_SET_IDS } from '@/src/engine/built-in-signals';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { validateRuleList } from '@/src/engine/validate-rule-list';

test('the default list passes the same validation as any imported list', () => {
  const list = Object.fromEntries(Object.entries(rawDefaultRules).filter(([key]) => key !== 'defaultsVersion'));
  expect(validateRuleList(list)).toEqual({ ok: true, list: DEFAULT_RULE_LIST });
});

test('the default list carries an integer content version', () => {
  expect(Number.isInteger(DEFAULT_RULES_VERSION) && DEFAULT_RULES_VERSION >= 1).toBe(true);
});

test('every default id starts with default:, so no user id collides', () => {
  const ids = [...DEFAULT_RULE_LIST.rules, ...DEFAULT_RULE_LIST.keywordSets].map((item) => item.id);
  expect(ids.filter((id) => !id.startsWith('default:'))).toEqual([]);
});

test('every keyword set a built-in signal reads exists', () => {
  const setIds = new Set(DEFAULT_RULE_LIST.keywordSets.map((set) => set.id));
  expect(Object.values(SIGNAL_SET_IDS).flat().filter((id) => !setIds.has(id))).toEqual([]);
});

test('the content script ships the list pre-validated: the schema gives exactly DEFAULT_RULE_LIST', async () => {
  // default-rules.ts fills schema defaults by hand so that zod stays out of the content script.
  const { ruleListSchema } = await import('@/src/engine/rule-schema');
  const list = Object.fromEntries(Object.entries(rawDefaultRules).filter(([key]) => key !== 'defaultsVersion'));
  expect(DEFAULT_RULE_LIST).toStrictEqual(ruleListSchema.parse(list));
});
