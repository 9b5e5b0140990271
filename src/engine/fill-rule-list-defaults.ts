/**
 * The rule schema's field defaults (rule-schema.ts `.default(…)`), applied without zod, for the content script: it
 * reads the shipped list and stored lists without carrying the schema library (see default-rules.ts and
 * storage/page-rule-state.ts). Values present win; nothing is checked here. Unit tests prove that for the shipped
 * list and for stored lists the result equals `ruleListSchema.parse`; a default added to the schema without adding it
 * here fails them.
 */
import type { RuleKind } from '@/src/engine/rule-schema';

const RULE_DEFAULTS: Record<RuleKind, Record<string, unknown>> = {
  keyword: { enabled: true, hosts: [], terms: [], sets: [], requireSets: [], weight: 1 },
  regex: { enabled: true, hosts: [], ignoreCase: true, matchNormalized: true, weight: 1 },
  allow: { enabled: true, hosts: [], terms: [], sets: [], weight: 3, unlessSets: [], alwaysShow: false },
  site: { enabled: true, itemSelectors: [], hideSelectors: [], exceptSelectors: [], judgeItems: true },
};
const KEYWORD_SET_DEFAULTS = { enabled: true };

/** A copy of `list` with defaults filled into the list, its keyword sets and its rules (of a known kind). */
export function fillRuleListDefaults(list: unknown): unknown {
  if (!isRecord(list)) return list;
  const { keywordSets = [], rules } = list;
  return {
    ...list,
    keywordSets: Array.isArray(keywordSets) ? keywordSets.map((set) => withDefaults(set, KEYWORD_SET_DEFAULTS)) : keywordSets,
    rules: Array.isArray(rules)
      ? rules.map((rule) => (isRecord(rule) && typeof rule.kind === 'string' && rule.kind in RULE_DEFAULTS
          ? withDefaults(rule, RULE_DEFAULTS[rule.kind as RuleKind])
          : rule))
      : rules,
  };
}

/** Fresh arrays per value, so no two rules share a default array. */
function withDefaults(value: unknown, defaults: Record<string, unknown>): unknown {
  if (!isRecord(value)) return value;
  const filled: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) filled[key] = Array.isArray(fallback) ? [] : fallback;
  for (const [key, own] of Object.entries(value)) if (own !== undefined) filled[key] = own;
  return filled;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
