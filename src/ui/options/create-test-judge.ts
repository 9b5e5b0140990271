/**
 * The engine half of the rule tester: the same compiled rules and classifier the content script runs, compiled again
 * only when the rule state changes. The options page imports this module on demand (tester-section.ts), so the
 * compiler, the classifier and the n-gram model are not evaluated on every visit to the page.
 */
import { classifyItem, type ClassifyContext } from '@/src/engine/classify-item';
import { compileRules, type CompiledRules } from '@/src/engine/compile-rules';
import type { ItemText, Verdict } from '@/src/engine/verdict';
import type { RuleState } from '@/src/storage/rule-state';

export type TestJudge = (state: RuleState, item: ItemText, context: ClassifyContext) => Verdict;

export function createTestJudge(): TestJudge {
  let compiled: { state: RuleState; rules: CompiledRules } | undefined;
  return (state, item, context) => {
    if (compiled?.state !== state) {
      const rules = compileRules({ defaults: state.defaultRules, user: state.userRules, disabledIds: state.defaultRuleState.disabledIds });
      compiled = { state, rules };
    }
    return classifyItem(compiled.rules, item, context);
  };
}
