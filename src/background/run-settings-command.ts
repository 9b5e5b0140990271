/**
 * One settings command against the latest stored settings, run inside the serial queue. Corrupt stored settings are
 * copied to `local:corruptBackup` before anything replaces them; if that copy cannot be written, nothing is.
 */
import { browser } from 'wxt/browser';

import { applySettingsCommand, type SettingsCommand } from '@/src/background/apply-settings-command';
import { corruptBackupEntries, corruptEntry } from '@/src/background/corrupt-backup-entries';
import { describeWriteError } from '@/src/background/describe-write-error';
import { writeSettings } from '@/src/background/write-settings';
import type { BackgroundResult } from '@/src/messages';
import { readSettings } from '@/src/storage/read-settings';

export async function runSettingsCommand(command: SettingsCommand, now: number): Promise<BackgroundResult> {
  const read = await readSettings();
  const next = applySettingsCommand(read.value, command);
  if (!next.ok) return next;
  try {
    if (read.corrupt !== undefined) {
      const entry = corruptEntry(`${read.area}:settings`, read.corrupt, now);
      await browser.storage.local.set(await corruptBackupEntries([entry]));
    }
    await writeSettings(next.value, read.area === 'local' && read.isStored);
  } catch (error) {
    return { ok: false, error: describeWriteError(error) };
  }
  return { ok: true, value: undefined };
}
