/**
 * The raw copies of stored values that failed validation, newest first, for the options page to show and export
 * (「导出损坏的数据」): nothing a user had is ever silently dropped, even when it can no longer be read as rules.
 */
import { readStoredItem } from '@/src/storage/read-stored-item';
import { corruptBackupItem, type CorruptEntry } from '@/src/storage/storage-items';

export async function loadCorruptBackup(): Promise<CorruptEntry[]> {
  const { value } = await readStoredItem(corruptBackupItem);
  return [...value.entries].sort((first, second) => second.savedAt - first.savedAt);
}

/** Calls `onChange` when the background keeps a new corrupt copy. Returns the unwatch function. */
export function watchCorruptBackup(onChange: (entries: CorruptEntry[]) => void): () => void {
  return corruptBackupItem.item.watch(() => void loadCorruptBackup().then(onChange));
}
