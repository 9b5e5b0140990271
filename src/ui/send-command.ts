/**
 * Every write from the popup and the options page: one privileged command to the background, answered with a
 * CommandResult. A failure to deliver (background asleep and not waking, extension reloaded) becomes an error value
 * too, so the pages only ever show a status line, never an uncaught rejection.
 */
import { browser } from 'wxt/browser';

import type { CommandResult, PrivilegedCommand } from '@/src/messages';
import { describeError } from '@/src/ui/describe-error';
import { t } from '@/src/ui/i18n';

export async function sendCommand<T = undefined>(command: PrivilegedCommand): Promise<CommandResult<T>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(command);
    return isCommandResult<T>(answer) ? answer : { ok: false, error: t('ui_errorNoAnswer') };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

export function isCommandResult<T>(value: unknown): value is CommandResult<T> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true || (value.ok === false && 'error' in value && typeof value.error === 'string');
}
