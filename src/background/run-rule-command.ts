/**
 * One rule command from start to finish, against the latest stored state: apply, validate the resulting list, write
 * everything in one `storage.local.set`. Callers run it inside the background's serial queue, which is what makes
 * "latest" true. Every outcome is a value: an invalid result or a failed write leaves storage as it was.
 */
import { applyRuleCommand, type RuleCommand } from '@/src/background/apply-rule-command';
import { describeWriteError } from '@/src/background/describe-write-error';
import { readRuleStore, writeRuleStore } from '@/src/background/rule-store';
import { validateUserRules } from '@/src/background/validate-user-rules';
import type { BackgroundResult } from '@/src/messages';

export async function runRuleCommand(command: RuleCommand, now: number): Promise<BackgroundResult> {
  const read = await readRuleStore(now);
  const applied = applyRuleCommand(read.state, command, now);
  if (!applied.ok) return applied;
  const change = applied.value;
  if (change.userRules !== undefined) {
    const valid = validateUserRules(change.userRules.list);
    if (!valid.ok) return valid;
    change.userRules = { ...change.userRules, list: valid.value };
  }
  try {
    await writeRuleStore({ ...read.repair, ...change }, read.corruptEntries);
  } catch (error) {
    return { ok: false, error: describeWriteError(error) };
  }
  return { ok: true, value: undefined };
}
