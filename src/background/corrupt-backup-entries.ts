/**
 * The `local:corruptBackup` entries that keep raw copies of corrupt values: the latest copy per key, added to what
 * is already kept, at most 20. Returned as raw storage entries so the caller writes them in the same
 * `storage.local.set` as the value that replaces the corrupt one.
 */
import { localizeText } from '@/src/messages';
import { storedEntries } from '@/src/storage/define-stored-item';
import { readStoredItem, type CorruptValue } from '@/src/storage/read-stored-item';
import { corruptBackupItem, type CorruptEntry } from '@/src/storage/storage-items';

const MAX_BACKUP_ENTRIES = 20;

/**
 * The copy to keep of the corrupt value stored at `key`. Its problems are kept as text, in the browser's language:
 * the user reads them in the file the options page lets them download.
 */
export function corruptEntry(key: string, { raw, version, problems }: CorruptValue, now: number): CorruptEntry {
  return { key, raw, version, problems: problems.map(localizeText), savedAt: now };
}

export async function corruptBackupEntries(corruptEntries: readonly CorruptEntry[]): Promise<Record<string, unknown>> {
  if (corruptEntries.length === 0) return {};
  const backup = await readStoredItem(corruptBackupItem);
  const replacedKeys = new Set(corruptEntries.map((entry) => entry.key));
  const kept = backup.value.entries.filter((entry) => !replacedKeys.has(entry.key));
  return storedEntries(corruptBackupItem, { entries: [...kept, ...corruptEntries].slice(-MAX_BACKUP_ENTRIES) });
}
