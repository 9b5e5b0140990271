/**
 * Questions to the content script in one frame of the popup's tab (the top frame unless told: every frame runs the
 * content script, and without a frame id the first of them to answer would win). A tab without our content script
 * (a browser page, the add-ons store, a page loaded before the extension was installed) is an expected answer,
 * `unreachable`, not an error.
 */
import { browser } from 'wxt/browser';

import type { PageQuery } from '@/src/messages';
import { isResult } from '@/src/ui/send-command';
import { describeError } from '@/src/ui/describe-error';

export type PageAnswer<T> = { kind: 'ok'; value: T } | { kind: 'unreachable' } | { kind: 'error'; error: string };

export async function queryPage<T>(tabId: number, query: PageQuery, frameId = 0): Promise<PageAnswer<T>> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, query, { frameId });
  } catch (error) {
    return isUnreachable(error) ? { kind: 'unreachable' } : { kind: 'error', error: describeError(error) };
  }
  if (answer === undefined) return { kind: 'unreachable' };
  // Our content script answers with a CommandResult (errors as text); anything else is no answer of ours.
  if (!isResult<T, string>(answer, (error): error is string => typeof error === 'string')) return { kind: 'unreachable' };
  return answer.ok ? { kind: 'ok', value: answer.value } : { kind: 'error', error: answer.error };
}

/** "Could not establish connection. Receiving end does not exist." (Chromium and Firefox alike), or no such tab. */
function isUnreachable(error: unknown): boolean {
  return /receiving end does not exist|could not establish connection|no tab with id|invalid tab id/i.test(
    describeError(error),
  );
}
