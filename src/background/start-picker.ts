/**
 * `picker/start` from the popup: opens a picker session for the tab and tells the tab's top frame to start picking.
 * The message to the tab is sent outside the serial queue: a page that never answers must not hold up every write.
 */
import { browser } from 'wxt/browser';

import { consumePickerSession, startPickerSession } from '@/src/background/picker-sessions';
import type { SerialQueue } from '@/src/background/serial-queue';
import { errorResult, type BackgroundResult, type PageQuery } from '@/src/messages';

export async function startPicker(tabId: number, queue: SerialQueue, now: () => number): Promise<BackgroundResult> {
  const sessionId = await queue.run(() => startPickerSession(tabId, now()));
  const query: PageQuery = { type: 'page/start-picker', sessionId };
  try {
    await browser.tabs.sendMessage(tabId, query, { frameId: 0 });
    return { ok: true, value: undefined };
  } catch {
    await queue.run(() => consumePickerSession(sessionId, tabId, now()));
    return errorResult('error_pickerUnavailable');
  }
}
