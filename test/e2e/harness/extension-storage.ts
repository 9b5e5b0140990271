/**
 * Reads and writes extension storage from inside one of our extension pages, the way the extension itself does.
 * `chrome.storage` returns promises in MV3 Chromium; Firefox has `browser.storage`.
 */
import type { Page } from 'puppeteer-core';

type Area = 'local' | 'sync';

interface StorageArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(values: Record<string, unknown>): Promise<void>;
}
/** The part of `browser`/`chrome` these helpers use, as seen from inside an extension page. */
interface ExtensionGlobals {
  browser?: { storage: Record<Area, StorageArea> };
  chrome: { storage: Record<Area, StorageArea> };
}

export async function readStorage(page: Page, area: Area, key: string | null): Promise<unknown> {
  return page.evaluate(
    async (areaName, storageKey) => {
      const globals = globalThis as unknown as ExtensionGlobals;
      const values = await (globals.browser ?? globals.chrome).storage[areaName].get(storageKey);
      return storageKey === null ? values : values[storageKey];
    },
    area,
    key,
  );
}

export async function writeStorage(page: Page, area: Area, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async (areaName, entries) => {
      const globals = globalThis as unknown as ExtensionGlobals;
      await (globals.browser ?? globals.chrome).storage[areaName].set(entries);
    },
    area,
    values,
  );
}
