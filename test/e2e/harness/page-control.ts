/**
 * Drives the extension the way its own pages do, from one of our extension pages (the "control" page): settings and
 * user rules written to storage in their stored shape, tab lookups, messages to a tab's content script (as the popup
 * sends them), and the toolbar badge as the background sets it.
 */
import type { Page } from 'puppeteer-core';

import { writeStorage } from './extension-storage';

export const STORED_DEFAULT_SETTINGS = {
  enabled: true,
  pausedHosts: [] as string[],
  genericDetection: true,
  collapseMode: 'placeholder' as 'placeholder' | 'hide',
  sensitivity: 5,
};

export async function writeSettings(control: Page, patch: Partial<typeof STORED_DEFAULT_SETTINGS>): Promise<void> {
  await writeStorage(control, 'sync', { settings: { ...STORED_DEFAULT_SETTINGS, ...patch }, settings$: { v: 1 } });
}

export async function writeUserRules(control: Page, rules: unknown[]): Promise<void> {
  await writeStorage(control, 'local', {
    userRules: { list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules }, ruleTimes: {} },
    userRules$: { v: 2 },
  });
}

interface TabsApi {
  tabs: {
    query(query: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId: number }): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  action?: { getBadgeText(details: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * The id of the newest tab whose page our content script guards (it answers `page/get-status`). Without the "tabs"
 * permission the extension cannot read tab URLs, so the tab is recognised by its answer.
 */
export async function findGuardedTabId(control: Page): Promise<number> {
  const ids = await control.evaluate(async () => {
    const api = ((globalThis as unknown as { browser?: TabsApi }).browser ??
      (globalThis as unknown as { chrome: TabsApi }).chrome) as TabsApi;
    const tabs = await api.tabs.query({});
    const answering: number[] = [];
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await api.tabs.sendMessage(tab.id, { type: 'page/get-status' }, { frameId: 0 })) as
          | { ok?: boolean; value?: { host?: unknown } }
          | undefined;
        if (answer?.ok === true && typeof answer.value?.host === 'string') answering.push(tab.id);
      } catch {
        // No content script in that tab (an extension page, about:blank).
      }
    }
    return answering;
  });
  if (ids.length === 0) throw new Error('no tab answers page/get-status');
  // Tab ids grow: the newest guarded tab is the page just opened (a closed page's tab may linger a moment).
  return Math.max(...ids);
}

/** Sends `message` to the tab's top frame, as the popup does; resolves with the answer. */
export async function sendToTab(control: Page, tabId: number, message: unknown): Promise<unknown> {
  return control.evaluate(
    async (id, body) => {
      const api = ((globalThis as unknown as { browser?: TabsApi }).browser ??
        (globalThis as unknown as { chrome: TabsApi }).chrome) as TabsApi;
      return api.tabs.sendMessage(id, body, { frameId: 0 });
    },
    tabId,
    message as never,
  );
}

/** Sends a command to the background, as the popup does. */
export async function sendToBackground(control: Page, message: unknown): Promise<unknown> {
  return control.evaluate(async (body) => {
    const api = ((globalThis as unknown as { browser?: TabsApi }).browser ??
      (globalThis as unknown as { chrome: TabsApi }).chrome) as TabsApi;
    return api.runtime.sendMessage(body);
  }, message as never);
}

export async function readBadgeText(control: Page, tabId: number): Promise<string> {
  return control.evaluate(async (id) => {
    const api = ((globalThis as unknown as { browser?: TabsApi }).browser ??
      (globalThis as unknown as { chrome: TabsApi }).chrome) as TabsApi;
    const action = api.action ?? api.browserAction;
    return action === undefined ? '' : action.getBadgeText({ tabId: id });
  }, tabId);
}
