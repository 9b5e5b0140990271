/**
 * Everything the engine needs from storage, loaded and validated in one place, and a way to watch it. Used by the
 * content script, the popup and the options page alike. A stored value that fails validation falls back to its
 * default here; the background keeps the corrupt copy (`local:corruptBackup`) before it next writes.
 */
import type { RuleList } from '@/src/engine/rule-schema';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import type { Settings } from '@/src/storage/settings-schema';
import { readSettings } from '@/src/storage/read-settings';
import { readStoredItem } from '@/src/storage/read-stored-item';
import {
  defaultRuleStateItem,
  localSettingsItem,
  settingsItem,
  userRulesItem,
  type DefaultRuleState,
  type RuleTimes,
} from '@/src/storage/storage-items';

export interface RuleState {
  settings: Settings;
  userRules: RuleList;
  /** When each user rule was added and last changed, by id; rules older than storage version 2 have no entry. */
  userRuleTimes: Record<string, RuleTimes>;
  defaultRules: RuleList;
  defaultRulesVersion: number;
  defaultRuleState: DefaultRuleState;
}

export async function loadRuleState(): Promise<RuleState> {
  const [settings, userRules, defaultRuleState] = await Promise.all([
    readSettings(),
    readStoredItem(userRulesItem),
    readStoredItem(defaultRuleStateItem),
  ]);
  return {
    settings: settings.value,
    userRules: userRules.value.list,
    userRuleTimes: userRules.value.ruleTimes,
    defaultRules: DEFAULT_RULE_LIST,
    defaultRulesVersion: DEFAULT_RULES_VERSION,
    defaultRuleState: defaultRuleState.value,
  };
}

/**
 * Calls `onChange` with the fresh state whenever settings or rules change in storage. One write can change several
 * keys, and loads may finish out of order, so only the latest load is delivered. Returns the unwatch function.
 */
export function watchRuleState(onChange: (state: RuleState) => void): () => void {
  let latest = 0;
  const reload = () => {
    const load = ++latest;
    void loadRuleState().then((state) => {
      if (load === latest) onChange(state);
    });
  };
  const unwatchers = [settingsItem, localSettingsItem, userRulesItem, defaultRuleStateItem].map(({ item }) =>
    item.watch(reload),
  );
  return () => unwatchers.forEach((unwatch) => unwatch());
}
