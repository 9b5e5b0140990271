/**
 * Small helpers for the UI end-to-end tests (ui-*.e2e.ts): fill fields the way input arrives from a keyboard or an
 * IME (value, then an `input` event), read the user's stored rules, and open the popup for a given tab.
 */
import type { Page } from 'puppeteer-core';

import type { RuleList } from '@/src/engine/rule-schema';

import { readStorage, waitFor, type ExtensionBrowser } from './harness';

export async function fill(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForSelector(selector);
  await page.focus(selector);
  await page.evaluate(
    (target, value) => {
      const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(target)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    text,
  );
}

/**
 * Clicks a control as a user would after scrolling it into the middle of the view (the options page's status bar
 * sits at the bottom of the window, and a control right at the edge would be under it).
 */
export async function press(page: Page, selector: string): Promise<void> {
  const control = await page.waitForSelector(selector);
  await control!.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await control!.click();
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => element.textContent ?? '');
}

export async function isPresent(page: Page, selector: string): Promise<boolean> {
  return (await page.$(selector)) !== null;
}

/** Empties the extension's storage (both areas), as after a fresh install. Run from an extension page. */
export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Area = { clear(): Promise<void> };
    type Storage = { storage: { local: Area; sync: Area } };
    const globals = globalThis as unknown as { browser?: Storage; chrome: Storage };
    const api = globals.browser ?? globals.chrome;
    await Promise.all([api.storage.local.clear(), api.storage.sync.clear()]);
  });
}

/** Opens the options page on empty storage (as after a fresh install) and waits until `readySelector` shows. */
export async function openFreshOptionsPage(session: ExtensionBrowser, readySelector: string): Promise<Page> {
  const setup = await session.openExtensionPage('options.html');
  await clearStorage(setup);
  await setup.close();
  const page = await session.openExtensionPage('options.html');
  await page.waitForSelector(readySelector);
  return page;
}

/** The user's rule list as stored (`local:userRules`), read from inside an extension page. */
export async function storedUserRules(page: Page): Promise<RuleList> {
  const stored = (await readStorage(page, 'local', 'userRules')) as { list: RuleList } | undefined;
  return stored?.list ?? { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [] };
}

/** Waits until the options page shows a status message; returns it. */
export async function waitForStatus(page: Page, kind: 'info' | 'error' = 'info'): Promise<string> {
  await page.waitForSelector(`.status-line[data-kind="${kind}"]`);
  return textOf(page, '.status-line .status-text');
}

/**
 * Opens the popup for the tab of `target`, as `popup.html?tabId=N`: opened as a tab, the popup would otherwise act on
 * itself. The id is the active tab of the window once `target` is brought to the front, asked from an extension page
 * (without the `tabs` permission, an extension cannot see other tabs' URLs, so it cannot look them up by URL).
 */
export async function openPopupFor(session: ExtensionBrowser, target: Page): Promise<Page> {
  const popup = await session.openExtensionPage('popup.html?tabId=0');
  await target.bringToFront();
  let tabId: number | undefined;
  await waitFor(async () => {
    tabId = await popup.evaluate(async () => {
      type Tabs = { tabs: { query(info: object): Promise<{ id?: number }[]> } };
      const globals = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      const [tab] = await (globals.browser ?? globals.chrome).tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    });
    return tabId !== undefined;
  }, 'the id of the tab under test');
  await session.openExtensionPage(`popup.html?tabId=${tabId}`, popup);
  await popup.bringToFront();
  return popup;
}
