// PLACEHOLDER until the engine lands (issue 3): the signatures below are the contract the page and UI code use.
import type { RuleList, SiteRule } from '@/src/engine/rule-schema';

export interface RuleSources {
  defaults: RuleList;
  user: RuleList;
  /** Default rules and keyword sets the user switched off. */
  disabledIds: readonly string[];
}

export interface CompiledRules {
  siteRules: SiteRule[];
  terms: { term: string; weight: number; id: string; name: string }[];
}

export function compileRules(sources: RuleSources): CompiledRules {
  const disabled = new Set(sources.disabledIds);
  const rules = [...sources.defaults.rules.filter((rule) => !disabled.has(rule.id)), ...sources.user.rules];
  const terms = rules.flatMap((rule) =>
    rule.kind === 'keyword' && rule.enabled
      ? rule.terms.map((term) => ({ term, weight: rule.weight, id: rule.id, name: rule.name }))
      : [],
  );
  return { siteRules: rules.filter((rule): rule is SiteRule => rule.kind === 'site' && rule.enabled), terms };
}
