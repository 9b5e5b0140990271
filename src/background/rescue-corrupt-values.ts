/**
 * At start-up: if a stored rule value fails validation, keep its raw copy in `local:corruptBackup` and store the
 * fallback in its place, in one write, so the options page can show and export the copy at once instead of after the
 * next change. Runs inside the serial queue. Corrupt settings are handled by the next settings command (they live
 * in another storage area, and the readers already fall back to the defaults).
 */
import { readRuleStore, writeRuleStore } from '@/src/background/rule-store';

export async function rescueCorruptValues(now: number): Promise<void> {
  const { repair, corruptEntries } = await readRuleStore(now);
  if (corruptEntries.length > 0) await writeRuleStore(repair, corruptEntries);
}
