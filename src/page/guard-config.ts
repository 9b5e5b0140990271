/**
 * What the guard needs to know, derived from the stored rule state: whether it is active on this host, how to judge
 * an item, which site rules apply, and how to collapse. Rules are compiled once per rule change; settings changes
 * that do not touch verdicts (the collapse mode, say) reuse the compiled rules and the verdicts already given.
 *
 * Compiling is lazy: the rules compile when the first item is judged (then once per rule change), so frames that
 * never judge an item never pay for it.
 *
 * Before storage answers (the first milliseconds at document_start) the guard works with the shipped defaults and
 * default settings, so that items parsed before the answer are already hidden before the first paint; if the stored
 * state turns out different (paused here, other rules), the guard re-judges or restores at once.
 *
 * Nothing here imports zod or RE2 (they would be evaluated on every page): settings and the empty list come from
 * zod-free modules, and regex rules compile with a compiler the caller sets once RE2 is loaded (`setRegexCompiler`;
 * until then they are skipped, and `needsRegexEngine` tells the caller to load it).
 */
import { classifyItem } from '@/src/engine/classify-item';
import { compileRulesWith, type CompiledRules, type RegexCompiler } from '@/src/engine/compile-rules';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { matchesHostPattern } from '@/src/engine/matches-host-pattern';
import { siteRulesForHost } from '@/src/engine/site-rules-for-host';
import type { Rule } from '@/src/engine/rule-schema';
import type { ItemText, Verdict } from '@/src/engine/verdict';
import type { RuleState } from '@/src/storage/rule-state';
import type { CollapseMode } from '@/src/storage/settings-schema';
import { PAGE_DEFAULT_SETTINGS } from '@/src/storage/default-settings';
import { PAGE_EMPTY_RULE_LIST } from '@/src/storage/page-rule-state';
import { prepareSiteRules, type SiteRulesForPage } from '@/src/page/site-rule-items';

export interface GuardConfig {
  /** On, and this host not paused. */
  active: boolean;
  collapseMode: CollapseMode;
  /** Generic detection: on in the settings, and no site rule here names the items itself. */
  generic: boolean;
  site: SiteRulesForPage;
  classify(item: ItemText): Verdict;
  /** Compiles the rules if not done yet (`classify` does it too); lets the guard measure compiling apart. */
  prepare?(): void;
  /** Equal keys give equal verdicts: when only other settings change, nothing is judged again. */
  judgingKey: string;
  /** Enabled regex rules exist but were skipped: RE2 is not loaded yet. */
  needsRegexEngine?: boolean;
}

type RulesState = Pick<RuleState, 'userRules' | 'defaultRules' | 'defaultRuleState'>;

export class GuardConfigBuilder {
  readonly #host: string;
  readonly #document: Document;
  #compiled: { key: string; state: RulesState; rules: CompiledRules | undefined } | undefined;
  #compileRegex: RegexCompiler | undefined;

  constructor(host: string, document: Document) {
    this.#host = host;
    this.#document = document;
  }

  /** RE2 arrived: the next `fromState` compiles regex rules too. */
  setRegexCompiler(compileRegex: RegexCompiler): void {
    this.#compileRegex = compileRegex;
    this.#compiled = undefined;
  }

  /** The configuration before storage answers: shipped rules, default settings. */
  initial(): GuardConfig {
    return this.fromState({
      settings: PAGE_DEFAULT_SETTINGS,
      userRules: PAGE_EMPTY_RULE_LIST,
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
    if (this.#compiled?.key !== rulesKey) this.#compiled = { key: rulesKey, state, rules: undefined };
    const compiled = this.#compiled;
    // Compiled when the first item is judged, not before: most frames (ads, widgets, pages without lists) never
    // judge one, and compiling (automaton, model) is the largest fixed cost of a frame.
    const rulesOf = (): CompiledRules =>
      (compiled.rules ??= compileRulesWith(
        {
          defaults: compiled.state.defaultRules,
          user: compiled.state.userRules,
          disabledIds: compiled.state.defaultRuleState.disabledIds,
        },
        this.#compileRegex,
      ));
    const site = prepareSiteRules(siteRulesForHost({ siteRules: enabledRules(state, 'site') }, host), this.#document);
    const sensitivity = settings.sensitivity;
    const paused = settings.pausedHosts.some((pattern) => matchesHostPattern(pattern, host));
    const generic = settings.genericDetection && !site.describesItems;
    return {
      active: settings.enabled && !paused,
      collapseMode: settings.collapseMode,
      generic,
      site,
      prepare: () => void rulesOf(),
      classify: (item) => classifyItem(rulesOf(), item, { host, sensitivity }),
      judgingKey: `${rulesKey}|${sensitivity}|${generic}|${this.#compileRegex === undefined ? '' : 're2'}`,
      needsRegexEngine: this.#compileRegex === undefined && enabledRules(state, 'regex').length > 0,
    };
  }
}

/** The enabled rules of one kind, defaults first, as `compileRules` lists them, without compiling anything. */
function enabledRules<K extends Rule['kind']>(state: RulesState, kind: K): Extract<Rule, { kind: K }>[] {
  const disabled = state.defaultRuleState.disabledIds;
  return [state.defaultRules, state.userRules].flatMap((list) =>
    list.rules.filter((rule): rule is Extract<Rule, { kind: K }> => rule.kind === kind && rule.enabled && !disabled.includes(rule.id)),
  );
}
