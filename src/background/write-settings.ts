/**
 * Stores settings in `storage.sync`, or in `local:settings` when sync refuses them (unavailable, or over its quota:
 * 8 KB per item in Chromium, which a long list of paused sites can pass). The local copy wins while it exists
 * (see `read-settings.ts`), so once sync accepts a write again the local copy is removed.
 */
import { browser } from 'wxt/browser';

import { storedEntries } from '@/src/storage/define-stored-item';
import type { Settings } from '@/src/storage/settings-schema';
import { localSettingsItem, settingsItem } from '@/src/storage/storage-items';

/** Where the settings were written. Throws only if neither area accepts them. */
export async function writeSettings(settings: Settings, hasLocalCopy: boolean): Promise<'sync' | 'local'> {
  try {
    await browser.storage.sync.set(storedEntries(settingsItem, settings));
  } catch {
    await browser.storage.local.set(storedEntries(localSettingsItem, settings));
    return 'local';
  }
  if (hasLocalCopy) await browser.storage.local.remove([localSettingsItem.key, `${localSettingsItem.key}$`]);
  return 'sync';
}
