/**
 * The toolbar badge: how many items the content scripts collapsed in a tab, summed over its frames (a news list can
 * sit in an iframe), empty when none. Chromium MV3 has `browser.action`; Firefox MV2 has `browser.browserAction`.
 *
 * Counts are kept in memory per tab and frame. A Chromium service worker that was stopped forgets them; the badge
 * text itself stays, and the next report from each frame rebuilds the sum (until then the popup lists only the top
 * frame's items, as it learns of the other frames from these counts). A tab's counts are dropped when it starts
 * loading a new page or closes.
 */
import { browser } from 'wxt/browser';

export interface BadgeCounter {
  setCount(tabId: number, frameId: number, count: number): Promise<void>;
  /** The frames of the tab other than its top frame that count collapsed items, for the popup's list. */
  framesWithItems(tabId: number): number[];
  /** The tab started loading a new page or was closed: its frames' counts are gone. */
  forgetTab(tabId: number): void;
}

export function createBadgeCounter(): BadgeCounter {
  const counts = new Map<number, Map<number, number>>();
  return {
    async setCount(tabId, frameId, count) {
      const frames = counts.get(tabId) ?? new Map<number, number>();
      frames.set(frameId, count);
      counts.set(tabId, frames);
      const total = [...frames.values()].reduce((sum, frameCount) => sum + frameCount, 0);
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      await action.setBadgeText({ tabId, text: badgeText(total) });
    },
    framesWithItems(tabId) {
      return [...(counts.get(tabId) ?? [])].filter(([frameId, count]) => frameId !== 0 && count > 0).map(([frameId]) => frameId);
    },
    forgetTab(tabId) {
      counts.delete(tabId);
    },
  };
}

function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
