/**
 * The `local:corruptBackup` entries that keep raw copies of corrupt values: the latest copy per key, added to what
 * is already kept, at most 20. Returned as raw storage entries so the caller writes them in the same
 * `storage.local.set` as the value that replaces the corrupt one.
 */
import { storedEntries } from '@/src/storage/define-stored-item';
import { readStoredItem } from '@/src/storage/read-stored-item';
import { corruptBackupItem, type CorruptEntry } from '@/src/storage/storage-items';

const MAX_BACKUP_ENTRIES = 20;

export async function corruptBackupEntries(corruptEntries: readonly CorruptEntry[]): Promise<Record<string, unknown>> {
  if (corruptEntries.length === 0) return {};
  const backup = await readStoredItem(corruptBackupItem);
  const replacedKeys = new Set(corruptEntries.map((entry) => entry.key));
  const kept = backup.value.entries.filter((entry) => !replacedKeys.has(entry.key));
  return storedEntries(corruptBackupItem, { entries: [...kept, ...corruptEntries].slice(-MAX_BACKUP_ENTRIES) });
}
