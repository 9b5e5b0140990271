/** What 撤销 (undo) would restore, for the options page's undo button: what it undoes and when, or undefined. */
import { readStoredItem } from '@/src/storage/read-stored-item';
import { undoSnapshotItem, type UndoAction } from '@/src/storage/storage-items';

export interface UndoSummary {
  action: UndoAction;
  takenAt: number;
}

export async function loadUndoSnapshot(): Promise<UndoSummary | undefined> {
  const { value } = await readStoredItem(undoSnapshotItem);
  return value === null ? undefined : { action: value.action, takenAt: value.takenAt };
}

/** Calls `onChange` when an import, reset or undo changes what can be undone. Returns the unwatch function. */
export function watchUndoSnapshot(onChange: (summary: UndoSummary | undefined) => void): () => void {
  return undoSnapshotItem.item.watch(() => void loadUndoSnapshot().then(onChange));
}
