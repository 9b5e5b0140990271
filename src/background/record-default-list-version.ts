/**
 * On install and update (`runtime.onInstalled`): note which default-list version the user now has. The default list
 * is never copied into the user's storage, so an update needs nothing else: the user's rules and their switches for
 * default rules (kept by id) are untouched. Runs inside the serial queue.
 *
 * An update that brings a newer list also leaves a notice for the options page to announce, in the same write. A
 * first install (no version seen yet, 0) leaves none: to a new user nothing has changed.
 */
import { DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { readRuleStore, writeRuleStore } from '@/src/background/rule-store';

export async function recordDefaultListVersion(now: number): Promise<void> {
  const { state, repair, corruptEntries } = await readRuleStore(now);
  if (state.defaultRuleState.seenVersion === DEFAULT_RULES_VERSION && corruptEntries.length === 0) return;
  const { seenVersion } = state.defaultRuleState;
  const isNewerList = seenVersion > 0 && seenVersion < DEFAULT_RULES_VERSION;
  await writeRuleStore(
    {
      ...repair,
      defaultRuleState: { ...state.defaultRuleState, seenVersion: DEFAULT_RULES_VERSION },
      ...(isNewerList ? { defaultsNotice: { version: DEFAULT_RULES_VERSION } } : {}),
    },
    corruptEntries,
  );
}
