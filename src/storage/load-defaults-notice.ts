/** The pending "default rules updated" notice for the options page (see `local:defaultsNotice`), or undefined. */
import { readStoredItem } from '@/src/storage/read-stored-item';
import { defaultsNoticeItem, type DefaultsNotice } from '@/src/storage/storage-items';

export async function loadDefaultsNotice(): Promise<DefaultsNotice | undefined> {
  return (await readStoredItem(defaultsNoticeItem)).value ?? undefined;
}

/** Calls `onChange` when an update leaves a notice or the user dismisses it (in any tab). Returns the unwatch function. */
export function watchDefaultsNotice(onChange: (notice: DefaultsNotice | undefined) => void): () => void {
  return defaultsNoticeItem.item.watch(() => void loadDefaultsNotice().then(onChange));
}
