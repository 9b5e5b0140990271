/**
 * The rule state as the content script reads it: the same `RuleState` that `loadRuleState` gives the popup and the
 * options page, read without zod. The content script runs in every page and frame at document_start; the schema
 * library alone cost more to evaluate there than everything else the guard does on a typical page.
 *
 * Why a structural guard is enough here: only the background writes these values, and it validates every write with
 * the one schema (storage-items.ts); at start-up it also rescues stored values that fail validation
 * (background/rescue-corrupt-values.ts). So this reader trusts the shape the background wrote and checks only what
 * keeps the engine from misbehaving if that trust is wrong (a value from a newer version, a hand-edited profile):
 * types of every field the guard and the engine read, after filling in the schema's field defaults (a value
 * written by hand or by an older version may leave them out; the schema would fill them too). Anything unexpected falls back to the defaults, as
 * `readStoredItem` does; nothing throws.
 *
 * Keys, areas and versions must match storage-items.ts (unit-tested in test/unit/storage/page-rule-state.test.ts).
 */
import { browser } from 'wxt/browser';

import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { fillRuleListDefaults } from '@/src/engine/fill-rule-list-defaults';
import type { RuleList } from '@/src/engine/rule-schema';
import type { RuleState } from '@/src/storage/rule-state';
import type { Settings } from '@/src/storage/settings-schema';
import type { DefaultRuleState, RuleTimes } from '@/src/storage/storage-items';
import { PAGE_DEFAULT_SETTINGS } from '@/src/storage/default-settings';
import { migrateUserRulesToV2 } from '@/src/storage/migrate-user-rules-to-v2';

/** `EMPTY_RULE_LIST` of storage-items.ts, without importing the schemas. */
export const PAGE_EMPTY_RULE_LIST: RuleList = { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [] };
const EMPTY_DEFAULT_RULE_STATE: DefaultRuleState = { disabledIds: [], seenVersion: 0 };

/** The stored items the guard reads: area, key, current version (storage-items.ts). */
export const PAGE_STORED_KEYS = {
  syncSettings: { area: 'sync', key: 'settings', version: 1 },
  localSettings: { area: 'local', key: 'settings', version: 1 },
  userRules: { area: 'local', key: 'userRules', version: 2 },
  defaultRuleState: { area: 'local', key: 'defaultRuleState', version: 1 },
} as const;

export async function loadPageRuleState(): Promise<RuleState> {
  const { localSettings, syncSettings, userRules, defaultRuleState } = PAGE_STORED_KEYS;
  const local = await browser.storage.local.get([
    localSettings.key,
    `${localSettings.key}$`,
    userRules.key,
    `${userRules.key}$`,
    defaultRuleState.key,
    `${defaultRuleState.key}$`,
  ]);
  let settings = readCurrent(local, localSettings.key, localSettings.version);
  if (settings === undefined) {
    try {
      settings = readCurrent(await browser.storage.sync.get([syncSettings.key, `${syncSettings.key}$`]), syncSettings.key, 1);
    } catch {
      // A sync area that cannot be read counts as empty (read-settings.ts).
    }
  }
  const storedRules = readCurrent(local, userRules.key, userRules.version, { 2: migrateUserRulesToV2 });
  const rules = toStoredUserRules(storedRules) ?? { list: PAGE_EMPTY_RULE_LIST, ruleTimes: {} };
  const ruleState = readCurrent(local, defaultRuleState.key, defaultRuleState.version);
  return {
    settings: toSettings(settings),
    userRules: rules.list,
    userRuleTimes: rules.ruleTimes,
    defaultRules: DEFAULT_RULE_LIST,
    defaultRulesVersion: DEFAULT_RULES_VERSION,
    defaultRuleState: isDefaultRuleState(ruleState) ? ruleState : EMPTY_DEFAULT_RULE_STATE,
  };
}

/**
 * Calls `onChange` with the fresh state whenever one of the guard's keys changes. One write can change several keys
 * and loads may finish out of order, so only the latest load is delivered. Returns the unwatch function.
 */
export function watchPageRuleState(onChange: (state: RuleState) => void): () => void {
  let latest = 0;
  const watched = new Set(Object.values(PAGE_STORED_KEYS).map(({ area, key }) => `${area}:${key}`));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (!Object.keys(changes).some((key) => watched.has(`${area}:${key}`))) return;
    const load = ++latest;
    loadPageRuleState().then(
      (state) => {
        if (load === latest) onChange(state);
      },
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The stored value brought to the current version (as WXT's migrations would), or undefined when absent or newer. */
function readCurrent(
  values: Record<string, unknown>,
  key: string,
  version: number,
  migrations: Record<number, (previous: unknown) => unknown> = {},
): unknown {
  let value = values[key];
  if (value === undefined || value === null) return undefined;
  const meta = values[`${key}$`];
  const metaVersion = isRecord(meta) ? meta.v : undefined;
  const stored = typeof metaVersion === 'number' && Number.isInteger(metaVersion) && metaVersion >= 1 ? metaVersion : 1;
  if (stored > version) return undefined;
  for (let next = stored + 1; next <= version; next += 1) value = migrations[next]?.(value) ?? value;
  return value;
}

function toSettings(value: unknown): Settings {
  if (!isRecord(value)) return PAGE_DEFAULT_SETTINGS;
  // Missing fields take their defaults, as the schema's `.default()` does; a field of the wrong type voids the value.
  const settings = { ...PAGE_DEFAULT_SETTINGS, ...value } as Record<string, unknown>;
  const isValid =
    typeof settings.enabled === 'boolean' &&
    isStringArray(settings.pausedHosts) &&
    typeof settings.genericDetection === 'boolean' &&
    (settings.collapseMode === 'placeholder' || settings.collapseMode === 'hide') &&
    typeof settings.sensitivity === 'number' &&
    Number.isInteger(settings.sensitivity) &&
    settings.sensitivity >= 1 &&
    settings.sensitivity <= 10;
  return isValid ? (settings as unknown as Settings) : PAGE_DEFAULT_SETTINGS;
}

function isDefaultRuleState(value: unknown): value is DefaultRuleState {
  return isRecord(value) && isStringArray(value.disabledIds) && typeof value.seenVersion === 'number';
}

/** Fills the schema's field defaults into the list (older writers and hand-written values may leave them out). */
function toStoredUserRules(value: unknown): { list: RuleList; ruleTimes: Record<string, RuleTimes> } | undefined {
  if (!isRecord(value) || !isRecord(value.ruleTimes)) return undefined;
  const list = fillRuleListDefaults(value.list);
  return isRuleList(list) ? { list, ruleTimes: value.ruleTimes as Record<string, RuleTimes> } : undefined;
}

/** Every field the engine and the guard read, with its type; the background's schema checked the rest. */
export function isRuleList(value: unknown): value is RuleList {
  if (!isRecord(value) || value.format !== 'jingdu-rules' || value.version !== 1) return false;
  const { keywordSets, rules } = value;
  if (!Array.isArray(keywordSets) || !Array.isArray(rules)) return false;
  for (const set of keywordSets) {
    if (!isRecord(set) || !isNamed(set) || !isStringArray(set.terms)) return false;
  }
  for (const rule of rules) {
    if (!isRecord(rule) || !isNamed(rule) || !isStringArray(rule.hosts)) return false;
    if (!isRuleOfItsKind(rule)) return false;
  }
  return true;
}

function isRuleOfItsKind(rule: Record<string, unknown>): boolean {
  switch (rule.kind) {
    case 'keyword':
      return (
        isStringArray(rule.terms) && isStringArray(rule.sets) && isStringArray(rule.requireSets) && isFiniteNumber(rule.weight)
      );
    case 'allow':
      return (
        isStringArray(rule.terms) &&
        isStringArray(rule.sets) &&
        isFiniteNumber(rule.weight) &&
        isStringArray(rule.unlessSets) &&
        typeof rule.alwaysShow === 'boolean'
      );
    case 'regex':
      return (
        typeof rule.pattern === 'string' &&
        typeof rule.ignoreCase === 'boolean' &&
        typeof rule.matchNormalized === 'boolean' &&
        isFiniteNumber(rule.weight)
      );
    case 'site':
      return (
        isStringArray(rule.itemSelectors) &&
        isStringArray(rule.hideSelectors) &&
        isStringArray(rule.exceptSelectors) &&
        isOptionalString(rule.titleSelector) &&
        isOptionalString(rule.summarySelector) &&
        typeof rule.judgeItems === 'boolean'
      );
    default:
      return false;
  }
}

function isNamed(value: Record<string, unknown>): boolean {
  return typeof value.id === 'string' && typeof value.name === 'string' && typeof value.enabled === 'boolean';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
