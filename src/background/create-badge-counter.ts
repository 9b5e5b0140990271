/**
 * The toolbar badge: how many items the content scripts collapsed in a tab, summed over its frames (a news list can
 * sit in an iframe), empty when none. Chromium MV3 has `browser.action`; Firefox MV2 has `browser.browserAction`.
 *
 * Counts are kept per tab and frame in `storage.session` as well as in memory: a Chromium service worker is stopped
 * after 30 s idle, and frames report only when their count changes, so a worker that started again would otherwise
 * know nothing of a quiet page's frames — neither the badge sum nor which frames the popup should ask for their items.
 * A tab's counts are dropped when it starts loading a new page or closes. The item is defined here, not in
 * storage-items.ts: content scripts may not touch `storage.session`.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';

import { defineStoredItem, storedEntries } from '@/src/storage/define-stored-item';
import { readStoredItem } from '@/src/storage/read-stored-item';

export interface BadgeCounter {
  setCount(tabId: number, frameId: number, count: number): Promise<void>;
  /** The frames of the tab other than its top frame that count collapsed items, for the popup's list. */
  framesWithItems(tabId: number): Promise<number[]>;
  /** The tab started loading a new page or was closed: its frames' counts are gone. */
  forgetTab(tabId: number): Promise<void>;
}

/** Per tab id, per frame id: the frame's count. */
type TabCounts = Record<string, Record<string, number>>;

const badgeCountsItem = defineStoredItem<TabCounts>({
  area: 'session',
  key: 'badgeCounts',
  version: 1,
  fallback: {},
  schema: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())),
});

export function createBadgeCounter(): BadgeCounter {
  // Read once per worker; afterwards memory is the truth and every change is written through.
  let loaded: Promise<Map<number, Map<number, number>>> | undefined;
  const counts = () => (loaded ??= load());
  const save = async (tabs: Map<number, Map<number, number>>) => {
    const value: TabCounts = {};
    for (const [tabId, frames] of tabs) value[tabId] = Object.fromEntries(frames);
    await browser.storage.session.set(storedEntries(badgeCountsItem, value));
  };
  return {
    async setCount(tabId, frameId, count) {
      const tabs = await counts();
      const frames = tabs.get(tabId) ?? new Map<number, number>();
      frames.set(frameId, count);
      tabs.set(tabId, frames);
      const total = [...frames.values()].reduce((sum, frameCount) => sum + frameCount, 0);
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      await Promise.all([action.setBadgeText({ tabId, text: badgeText(total) }), save(tabs)]);
    },
    async framesWithItems(tabId) {
      const frames = (await counts()).get(tabId) ?? new Map<number, number>();
      return [...frames].filter(([frameId, count]) => frameId !== 0 && count > 0).map(([frameId]) => frameId);
    },
    async forgetTab(tabId) {
      const tabs = await counts();
      if (tabs.delete(tabId)) await save(tabs);
    },
  };
}

async function load(): Promise<Map<number, Map<number, number>>> {
  const { value } = await readStoredItem(badgeCountsItem);
  return new Map(
    Object.entries(value).map(([tabId, frames]) => [
      Number(tabId),
      new Map(Object.entries(frames).map(([frameId, count]) => [Number(frameId), count])),
    ]),
  );
}

function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}
