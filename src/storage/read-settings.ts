/**
 * Settings live in `storage.sync` so they follow the user between machines. When sync refuses a write (the area is
 * unavailable, or the value is over its per-item quota, 8 KB in Chromium: a long list of paused sites), the
 * background keeps them in `local:settings` instead, and that local copy wins while it exists; the next write that
 * sync accepts removes it again. A sync area that cannot even be read counts as empty.
 */
import type { Settings } from '@/src/storage/settings-schema';
import { readStoredItem, type StoredRead } from '@/src/storage/read-stored-item';
import { localSettingsItem, settingsItem } from '@/src/storage/storage-items';

export interface SettingsRead extends StoredRead<Settings> {
  /** Where the settings came from, so the background knows which copy a corrupt value was in. */
  area: 'sync' | 'local';
}

export async function readSettings(): Promise<SettingsRead> {
  const local = await readStoredItem(localSettingsItem);
  if (local.isStored) return { ...local, area: 'local' };
  try {
    return { ...(await readStoredItem(settingsItem)), area: 'sync' };
  } catch {
    return { ...local, area: 'local' };
  }
}
