/**
 * Every storage item the extension keeps. Each is versioned: a shape change bumps `version` and adds a migration
 * (tested in test/unit/storage/). Values are validated by the same zod schemas on every read (see
 * `read-validated.ts`), so a corrupt value never reaches the engine.
 *
 * - sync:settings            Settings (small; follows the user between machines)
 * - local:userRules          the user's own rule list (RuleList)
 * - local:defaultRuleState   which default rules/sets the user switched off, and the default-list version seen
 */
import { storage } from '#imports';

import { RULE_LIST_FORMAT, RULE_LIST_VERSION, type RuleList } from '@/src/engine/rule-schema';
import { DEFAULT_SETTINGS, type Settings } from '@/src/storage/settings-schema';

export const EMPTY_RULE_LIST: RuleList = {
  format: RULE_LIST_FORMAT,
  version: RULE_LIST_VERSION,
  keywordSets: [],
  rules: [],
};

export interface DefaultRuleState {
  /** Ids of default rules and keyword sets the user switched off; they stay off across default-list updates. */
  disabledIds: string[];
  /** The version of the default list last seen, so the options page can say what an update brought. */
  seenVersion: number;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const userRulesItem = storage.defineItem<RuleList>('local:userRules', {
  fallback: EMPTY_RULE_LIST,
  version: 1,
});

export const defaultRuleStateItem = storage.defineItem<DefaultRuleState>('local:defaultRuleState', {
  fallback: { disabledIds: [], seenVersion: 0 },
  version: 1,
});
