/**
 * The background's reads and writes of the user's rules. Reads always take the latest stored value (no cache: the
 * service worker may have restarted, and another write may have just finished). A stored value that fails
 * validation reads as its fallback, and comes back as a `repair` (the fallback to store) plus its raw copy, which the
 * next write stores in `local:corruptBackup` in the same `storage.local.set` that replaces it: the copy is never
 * lost, and a half-done write cannot exist.
 */
import { browser } from 'wxt/browser';

import type { RuleStoreChange, RuleStoreState } from '@/src/background/apply-rule-command';
import { corruptBackupEntries, corruptEntry } from '@/src/background/corrupt-backup-entries';
import { storedEntries } from '@/src/storage/define-stored-item';
import { readStoredItem, type StoredRead } from '@/src/storage/read-stored-item';
import { defaultRuleStateItem, defaultsNoticeItem, undoSnapshotItem, userRulesItem, type CorruptEntry } from '@/src/storage/storage-items';

export interface RuleStoreRead {
  state: RuleStoreState;
  /** Fallbacks to store in place of corrupt values. */
  repair: RuleStoreChange;
  /** Raw copies of the corrupt values, to keep. */
  corruptEntries: CorruptEntry[];
}

export async function readRuleStore(now: number): Promise<RuleStoreRead> {
  const [userRules, defaultRuleState, undoSnapshot, defaultsNotice] = await Promise.all([
    readStoredItem(userRulesItem),
    readStoredItem(defaultRuleStateItem),
    readStoredItem(undoSnapshotItem),
    readStoredItem(defaultsNoticeItem),
  ]);
  const state: RuleStoreState = {
    userRules: userRules.value,
    defaultRuleState: defaultRuleState.value,
    undoSnapshot: undoSnapshot.value,
    defaultsNotice: defaultsNotice.value,
  };
  const repair: RuleStoreChange = {};
  const corruptEntries: CorruptEntry[] = [];
  const note = <K extends keyof RuleStoreState>(part: K, key: string, read: StoredRead<RuleStoreState[K]>) => {
    if (read.corrupt === undefined) return;
    repair[part] = read.value;
    corruptEntries.push(corruptEntry(key, read.corrupt, now));
  };
  note('userRules', userRulesItem.item.key, userRules);
  note('defaultRuleState', defaultRuleStateItem.item.key, defaultRuleState);
  note('undoSnapshot', undoSnapshotItem.item.key, undoSnapshot);
  note('defaultsNotice', defaultsNoticeItem.item.key, defaultsNotice);
  return { state, repair, corruptEntries };
}

/**
 * Writes the changed parts, and the raw copies of corrupt values, in one `storage.local.set`. Throws what the set
 * throws (a quota error, say); a failed set has written nothing.
 */
export async function writeRuleStore(change: RuleStoreChange, corruptEntries: readonly CorruptEntry[]): Promise<void> {
  const entries: Record<string, unknown> = await corruptBackupEntries(corruptEntries);
  if (change.userRules !== undefined) Object.assign(entries, storedEntries(userRulesItem, change.userRules));
  if (change.defaultRuleState !== undefined) {
    Object.assign(entries, storedEntries(defaultRuleStateItem, change.defaultRuleState));
  }
  if (change.undoSnapshot !== undefined) Object.assign(entries, storedEntries(undoSnapshotItem, change.undoSnapshot));
  if (change.defaultsNotice !== undefined) Object.assign(entries, storedEntries(defaultsNoticeItem, change.defaultsNotice));
  if (Object.keys(entries).length > 0) await browser.storage.local.set(entries);
}
