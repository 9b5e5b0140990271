/**
 * Everything the engine needs from storage, loaded and validated in one place, and a way to watch it. Used by the
 * content script, the popup and the options page alike. A stored value that fails validation falls back to its
 * default (the corrupt copy is kept by the storage layer for export; see issue 5).
 */
import type { RuleList } from '@/src/engine/rule-schema';
import { ruleListSchema } from '@/src/engine/rule-schema';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { settingsSchema, DEFAULT_SETTINGS, type Settings } from '@/src/storage/settings-schema';
import {
  defaultRuleStateItem,
  EMPTY_RULE_LIST,
  settingsItem,
  userRulesItem,
  type DefaultRuleState,
} from '@/src/storage/storage-items';

export interface RuleState {
  settings: Settings;
  userRules: RuleList;
  defaultRules: RuleList;
  defaultRulesVersion: number;
  defaultRuleState: DefaultRuleState;
}

export async function loadRuleState(): Promise<RuleState> {
  const [settings, userRules, defaultRuleState] = await Promise.all([
    settingsItem.getValue(),
    userRulesItem.getValue(),
    defaultRuleStateItem.getValue(),
  ]);
  const parsedSettings = settingsSchema.safeParse(settings);
  const parsedRules = ruleListSchema.safeParse(userRules);
  return {
    settings: parsedSettings.success ? parsedSettings.data : DEFAULT_SETTINGS,
    userRules: parsedRules.success ? parsedRules.data : EMPTY_RULE_LIST,
    defaultRules: DEFAULT_RULE_LIST,
    defaultRulesVersion: DEFAULT_RULES_VERSION,
    defaultRuleState,
  };
}

/** Calls `onChange` with the fresh state whenever settings or rules change in storage. Returns the unwatch function. */
export function watchRuleState(onChange: (state: RuleState) => void): () => void {
  const reload = () => void loadRuleState().then(onChange);
  const unwatchers = [settingsItem.watch(reload), userRulesItem.watch(reload), defaultRuleStateItem.watch(reload)];
  return () => unwatchers.forEach((unwatch) => unwatch());
}
