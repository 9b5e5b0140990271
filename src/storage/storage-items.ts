/**
 * Every storage item the extension keeps, with the schema of its current shape. Each is versioned: a shape change
 * bumps `version` and adds a migration (each tested in test/unit/storage/). Values are validated by these schemas on
 * every read (`read-stored-item.ts`), so a corrupt value never reaches the engine. Only the background writes them.
 *
 * - sync:settings            v1  Settings (small; follows the user between machines)
 * - local:settings           v1  the same, only while `storage.sync` refuses it (unavailable, over quota); wins
 * - local:userRules          v2  the user's own rule list and when each rule was added and changed
 * - local:defaultRuleState   v1  which default rules/sets the user switched off, and the default-list version seen
 * - local:undoSnapshot       v2  what the last import or reset replaced, for 撤销 (null when there is nothing)
 * - local:corruptBackup      v1  raw copies of stored values that failed validation, for export from the options page
 * - local:defaultsNotice     v1  the default-list version an update brought, for the options page to announce (null
 *                                once the user dismissed it, and on a fresh install: nothing new to a new user)
 * - session:pickerSessions   v1  open picker sessions; background only, so defined in background/picker-sessions.ts
 * - session:badgeCounts      v1  collapsed items per tab and frame; background only, defined in
 *                                background/create-badge-counter.ts
 *
 * The undo snapshot holds a `local:userRules` value: when that item's shape changes, the snapshot's version changes
 * with it, and its migration applies the same step to `userRules` inside it.
 * The `define…Item` functions exist so migration tests can put an old shape into storage first and then define the
 * item, as the extension does when it starts after an update. Everything else uses the instances below.
 */
import { z } from 'zod';

import { RULE_LIST_FORMAT, RULE_LIST_VERSION, ruleListSchema, type RuleList } from '@/src/engine/rule-schema';
import { defineStoredItem } from '@/src/storage/define-stored-item';
import { migrateUndoSnapshotToV2 } from '@/src/storage/migrate-undo-snapshot-to-v2';
import { migrateUserRulesToV2 } from '@/src/storage/migrate-user-rules-to-v2';
import { DEFAULT_SETTINGS, settingsSchema } from '@/src/storage/settings-schema';

export const EMPTY_RULE_LIST: RuleList = {
  format: RULE_LIST_FORMAT,
  version: RULE_LIST_VERSION,
  keywordSets: [],
  rules: [],
};

const timeSchema = z.number().int().nonnegative();

/** `createdAt` is unknown for rules that existed before version 2, and is then left out rather than invented. */
const ruleTimesSchema = z.strictObject({ createdAt: timeSchema.optional(), updatedAt: timeSchema });
export type RuleTimes = z.infer<typeof ruleTimesSchema>;

const storedUserRulesSchema = z.strictObject({
  list: ruleListSchema,
  /** By rule id; rules from before version 2 have no entry. */
  ruleTimes: z.record(z.string(), ruleTimesSchema),
});
export type StoredUserRules = z.infer<typeof storedUserRulesSchema>;
export const EMPTY_USER_RULES: StoredUserRules = { list: EMPTY_RULE_LIST, ruleTimes: {} };

const defaultRuleStateSchema = z.strictObject({
  /** Ids of default rules and keyword sets the user switched off; they stay off across default-list updates. */
  disabledIds: z.array(z.string().max(64)).max(100_000),
  /** The version of the default list last seen, set when the extension is installed or updated. */
  seenVersion: z.number().int().nonnegative(),
});
export type DefaultRuleState = z.infer<typeof defaultRuleStateSchema>;
const EMPTY_DEFAULT_RULE_STATE: DefaultRuleState = { disabledIds: [], seenVersion: 0 };

const countSchema = z.number().int().nonnegative();
/** What a snapshot undoes, as data: the options page words it in its own language (「导入规则（合并）：新增 12 条…」). */
const undoActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('import'), mode: z.enum(['merge', 'replace']), added: countSchema, changed: countSchema, removed: countSchema }),
  z.strictObject({ kind: z.literal('reset') }),
]);
export type UndoAction = z.infer<typeof undoActionSchema>;

const undoSnapshotSchema = z
  .strictObject({
    action: undoActionSchema,
    takenAt: timeSchema,
    userRules: storedUserRulesSchema,
    defaultRuleState: defaultRuleStateSchema,
  })
  .nullable();
export type UndoSnapshot = NonNullable<z.infer<typeof undoSnapshotSchema>>;

const corruptEntrySchema = z.strictObject({
  /** The item's key, `local:userRules`. */
  key: z.string(),
  /** The stored value exactly as it was found. */
  raw: z.unknown(),
  version: z.number(),
  problems: z.array(z.string()),
  savedAt: timeSchema,
});
export type CorruptEntry = z.infer<typeof corruptEntrySchema>;
/** The latest corrupt copy of each key. */
const corruptBackupSchema = z.strictObject({ entries: z.array(corruptEntrySchema).max(20) });
export type CorruptBackup = z.infer<typeof corruptBackupSchema>;

const defaultsNoticeSchema = z.strictObject({ version: z.number().int().positive() }).nullable();
export type DefaultsNotice = NonNullable<z.infer<typeof defaultsNoticeSchema>>;

export const defineSettingsItem = () =>
  defineStoredItem({ area: 'sync', key: 'settings', version: 1, fallback: DEFAULT_SETTINGS, schema: settingsSchema });

export const defineLocalSettingsItem = () =>
  defineStoredItem({ area: 'local', key: 'settings', version: 1, fallback: DEFAULT_SETTINGS, schema: settingsSchema });

export const defineUserRulesItem = () =>
  defineStoredItem({
    area: 'local',
    key: 'userRules',
    version: 2,
    fallback: EMPTY_USER_RULES,
    schema: storedUserRulesSchema,
    migrations: { 2: migrateUserRulesToV2 },
  });

export const defineDefaultRuleStateItem = () =>
  defineStoredItem({
    area: 'local',
    key: 'defaultRuleState',
    version: 1,
    fallback: EMPTY_DEFAULT_RULE_STATE,
    schema: defaultRuleStateSchema,
  });

export const defineUndoSnapshotItem = () =>
  defineStoredItem<UndoSnapshot | null>({
    area: 'local',
    key: 'undoSnapshot',
    version: 2,
    fallback: null,
    schema: undoSnapshotSchema,
    migrations: { 2: migrateUndoSnapshotToV2 },
  });

export const defineCorruptBackupItem = () =>
  defineStoredItem({ area: 'local', key: 'corruptBackup', version: 1, fallback: { entries: [] }, schema: corruptBackupSchema });

export const defineDefaultsNoticeItem = () =>
  defineStoredItem<DefaultsNotice | null>({ area: 'local', key: 'defaultsNotice', version: 1, fallback: null, schema: defaultsNoticeSchema });

export const settingsItem = defineSettingsItem();
export const localSettingsItem = defineLocalSettingsItem();
export const userRulesItem = defineUserRulesItem();
export const defaultRuleStateItem = defineDefaultRuleStateItem();
export const undoSnapshotItem = defineUndoSnapshotItem();
export const corruptBackupItem = defineCorruptBackupItem();
export const defaultsNoticeItem = defineDefaultsNoticeItem();
