/**
 * Reads and writes extension storage from inside one of our extension pages, the way the extension itself does.
 * `chrome.storage` returns promises in MV3 Chromium; Firefox has `browser.storage`.
 */
import type { Page } from 'puppeteer-core';

type Area = 'local' | 'sync';

export async function readStorage(page: Page, area: Area, key: string): Promise<unknown> {
  return page.evaluate(
    async (areaName, storageKey) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const values = await api.storage[areaName as 'local'].get(storageKey);
      return values[storageKey];
    },
    area,
    key,
  );
}

export async function writeStorage(page: Page, area: Area, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async (areaName, entries) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage[areaName as 'local'].set(entries);
    },
    area,
    values,
  );
}
