import type { CompiledRules } from '@/src/engine/compile-rules';
import { appliesToHost } from '@/src/engine/matches-host-pattern';
import type { SiteRule } from '@/src/engine/rule-schema';

/** The enabled site rules whose host patterns match `host`, defaults first: what the page code applies there. */
export function siteRulesForHost(rules: Pick<CompiledRules, 'siteRules'>, host: string): SiteRule[] {
  return rules.siteRules.filter((rule) => appliesToHost(rule.hosts, host));
}
