/**
 * Every write from the popup and the options page: one privileged command to the background, answered with a
 * BackgroundResult. A failure to deliver (background asleep and not waking, extension reloaded) becomes an error
 * value too, so the pages only ever show a status line, never an uncaught rejection.
 */
import { browser } from 'wxt/browser';

import { errorResult, type BackgroundResult, type CommandResult, type ErrorMessage, type PrivilegedCommand } from '@/src/messages';
import { describeError } from '@/src/ui/describe-error';

export async function sendCommand<T = undefined>(command: PrivilegedCommand): Promise<BackgroundResult<T>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(command);
    return isResult<T, ErrorMessage>(answer, isErrorMessage) ? answer : errorResult('error_noAnswer');
  } catch (error) {
    return errorResult('error_unexpected', describeError(error));
  }
}

/** A result value whose error passes `isError`: the background's `ErrorMessage`, or a content script's text. */
export function isResult<T, E>(value: unknown, isError: (error: unknown) => error is E): value is CommandResult<T, E> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  return value.ok === true || (value.ok === false && 'error' in value && isError(value.error));
}

function isErrorMessage(error: unknown): error is ErrorMessage {
  return typeof error === 'object' && error !== null && 'key' in error && typeof error.key === 'string' && error.key.startsWith('error_');
}
