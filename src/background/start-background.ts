/**
 * The background: the single writer of rules and settings.
 *
 *   popup / options ──PrivilegedCommand──▶ handle-background-message ──▶ serial queue ──▶ storage.local / sync
 *   content script ───badge/set-count────▶ badge counter ──▶ action badge of the sender's tab
 *   content script ───picker/save-rule───▶ (session check) ──▶ serial queue ──▶ storage.local
 *   runtime.onInstalled ──────────────────▶ serial queue: note the default-list version
 *
 * Web pages never reach `runtime.onMessage`: we declare no `externally_connectable` (see is-privileged-sender.ts).
 * Listeners are registered synchronously on start-up, as an MV3 service worker requires to be woken by them.
 */
import { browser } from 'wxt/browser';

import { createBadgeCounter } from '@/src/background/create-badge-counter';
import { handleBackgroundMessage, type BackgroundContext } from '@/src/background/handle-background-message';
import { recordDefaultListVersion } from '@/src/background/record-default-list-version';
import { rescueCorruptValues } from '@/src/background/rescue-corrupt-values';
import { createSerialQueue } from '@/src/background/serial-queue';

export function startBackground(): void {
  const context: BackgroundContext = {
    extension: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    queue: createSerialQueue(),
    badge: createBadgeCounter(),
    now: Date.now,
  };
  browser.runtime.onMessage.addListener((message: unknown, sender) => handleBackgroundMessage(message, sender, context));
  browser.runtime.onInstalled.addListener(() => {
    void context.queue.run(() => recordDefaultListVersion(context.now())).catch(logFailure('onInstalled'));
  });
  browser.tabs.onRemoved.addListener((tabId) => void context.badge.forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void context.badge.forgetTab(tabId);
  });
  void context.queue.run(() => rescueCorruptValues(context.now())).catch(logFailure('start-up check'));
}

/** Background failures outside a command have no page to report to; the extension's console is where they go. */
function logFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`净读 background: ${what} failed`, error);
}
