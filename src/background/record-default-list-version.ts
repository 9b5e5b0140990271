/**
 * On install and update (`runtime.onInstalled`): note which default-list version the user now has. The default list
 * is never copied into the user's storage, so an update needs nothing else: the user's rules and their switches for
 * default rules (kept by id) are untouched. Runs inside the serial queue.
 */
import { DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { readRuleStore, writeRuleStore } from '@/src/background/rule-store';

export async function recordDefaultListVersion(now: number): Promise<void> {
  const { state, repair, corruptEntries } = await readRuleStore(now);
  if (state.defaultRuleState.seenVersion === DEFAULT_RULES_VERSION && corruptEntries.length === 0) return;
  await writeRuleStore(
    { ...repair, defaultRuleState: { ...state.defaultRuleState, seenVersion: DEFAULT_RULES_VERSION } },
    corruptEntries,
  );
}
