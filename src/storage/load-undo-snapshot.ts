/** What 撤销 (undo) would restore, for the options page's undo button: the label and time, or undefined. */
import { readStoredItem } from '@/src/storage/read-stored-item';
import { undoSnapshotItem } from '@/src/storage/storage-items';

export interface UndoSummary {
  label: string;
  takenAt: number;
}

export async function loadUndoSnapshot(): Promise<UndoSummary | undefined> {
  const { value } = await readStoredItem(undoSnapshotItem);
  return value === null ? undefined : { label: value.label, takenAt: value.takenAt };
}

/** Calls `onChange` when an import, reset or undo changes what can be undone. Returns the unwatch function. */
export function watchUndoSnapshot(onChange: (summary: UndoSummary | undefined) => void): () => void {
  return undoSnapshotItem.item.watch(() => void loadUndoSnapshot().then(onChange));
}
