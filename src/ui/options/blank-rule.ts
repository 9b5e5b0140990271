/** A new, empty rule of a kind, as the editor starts it. Not valid until the user fills it in (a name at least). */
import type { Rule, RuleKind } from '@/src/engine/rule-schema';
import { newRuleId } from '@/src/ui/new-rule-id';

/**
 * New keyword and regex rules start strong enough to hide a matching item on their own at any sensitivity, even a
 * headline the statistical model finds news-like: a rule the user writes by hand means "hide these".
 */
export const NEW_RULE_WEIGHT = 10;

export function blankRule(kind: RuleKind): Rule {
  const base = { id: newRuleId(kind), name: '', enabled: true, hosts: [] };
  switch (kind) {
    case 'keyword':
      return { ...base, kind, terms: [], sets: [], requireSets: [], weight: NEW_RULE_WEIGHT };
    case 'regex':
      return { ...base, kind, pattern: '', ignoreCase: true, matchNormalized: true, weight: NEW_RULE_WEIGHT };
    case 'allow':
      return { ...base, kind, terms: [], sets: [], weight: 3, unlessSets: [], alwaysShow: false };
    case 'site':
      return { ...base, kind, itemSelectors: [], hideSelectors: [], exceptSelectors: [], judgeItems: true };
  }
}

/** A copy of a rule (a default one, say), named `name`, for the user to edit as their own. */
export function copyRule(rule: Rule, name: string): Rule {
  return { ...structuredClone(rule), id: newRuleId(rule.kind), name };
}
