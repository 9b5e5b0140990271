/**
 * What the guard needs to know, derived from the stored rule state: whether it is active on this host, how to judge
 * an item, which site rules apply, and how to collapse. Rules are compiled once per rule change; settings changes
 * that do not touch verdicts (the collapse mode, say) reuse the compiled rules and the verdicts already given.
 *
 * Before storage answers (the first milliseconds at document_start) the guard works with the shipped defaults and
 * default settings, so that items parsed before the answer are already hidden before the first paint; if the stored
 * state turns out different (paused here, other rules), the guard re-judges or restores at once.
 */
import { classifyItem } from '@/src/engine/classify-item';
import { compileRules, type CompiledRules } from '@/src/engine/compile-rules';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { matchesHostPattern } from '@/src/engine/matches-host-pattern';
import { siteRulesForHost } from '@/src/engine/site-rules-for-host';
import type { ItemText, Verdict } from '@/src/engine/verdict';
import type { RuleState } from '@/src/storage/rule-state';
import { DEFAULT_SETTINGS, type CollapseMode } from '@/src/storage/settings-schema';
import { EMPTY_RULE_LIST } from '@/src/storage/storage-items';
import { prepareSiteRules, type SiteRulesForPage } from '@/src/page/site-rule-items';

export interface GuardConfig {
  /** On, and this host not paused. */
  active: boolean;
  collapseMode: CollapseMode;
  /** Generic detection: on in the settings, and no site rule here names the items itself. */
  generic: boolean;
  site: SiteRulesForPage;
  classify(item: ItemText): Verdict;
  /** Equal keys give equal verdicts: when only other settings change, nothing is judged again. */
  judgingKey: string;
}

export class GuardConfigBuilder {
  readonly #host: string;
  readonly #document: Document;
  #compiled: { key: string; rules: CompiledRules } | undefined;

  constructor(host: string, document: Document) {
    this.#host = host;
    this.#document = document;
  }

  /** The configuration before storage answers: shipped rules, default settings. */
  initial(): GuardConfig {
    return this.fromState({
      settings: DEFAULT_SETTINGS,
      userRules: EMPTY_RULE_LIST,
      defaultRules: DEFAULT_RULE_LIST,
      defaultRulesVersion: DEFAULT_RULES_VERSION,
      defaultRuleState: { disabledIds: [], seenVersion: DEFAULT_RULES_VERSION },
    });
  }

  fromState(state: Pick<RuleState, 'settings' | 'userRules' | 'defaultRules' | 'defaultRulesVersion' | 'defaultRuleState'>): GuardConfig {
    const { settings } = state;
    const host = this.#host;
    const rulesKey = JSON.stringify([
      state.defaultRulesVersion,
      state.defaultRuleState.disabledIds,
      state.userRules,
      state.defaultRules === DEFAULT_RULE_LIST ? 'shipped' : state.defaultRules,
    ]);
    if (this.#compiled?.key !== rulesKey) {
      this.#compiled = {
        key: rulesKey,
        rules: compileRules({
          defaults: state.defaultRules,
          user: state.userRules,
          disabledIds: state.defaultRuleState.disabledIds,
        }),
      };
    }
    const rules = this.#compiled.rules;
    const site = prepareSiteRules(siteRulesForHost(rules, host), this.#document);
    const sensitivity = settings.sensitivity;
    const paused = settings.pausedHosts.some((pattern) => matchesHostPattern(pattern, host));
    const generic = settings.genericDetection && !site.describesItems;
    return {
      active: settings.enabled && !paused,
      collapseMode: settings.collapseMode,
      generic,
      site,
      classify: (item) => classifyItem(rules, item, { host, sensitivity }),
      judgingKey: `${rulesKey}|${sensitivity}|${generic}`,
    };
  }
}
