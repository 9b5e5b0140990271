/**
 * The tab the popup acts on: the active tab of its window. `popup.html?tabId=N` names the tab instead; e2e tests use
 * it because there the popup is opened as an ordinary tab, which would otherwise be the active one. Harmless: only
 * extension pages and the user can open popup.html, and they can already reach any tab.
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  tabId: number | undefined;
  /** The tab was named in the URL: the popup is open as a tab (tests), so it must not close itself. */
  isNamedInUrl: boolean;
}

export async function findTargetTab(search: string): Promise<TargetTab> {
  const named = new URLSearchParams(search).get('tabId');
  if (named !== null && /^\d{1,10}$/.test(named)) return { tabId: Number(named), isNamedInUrl: true };
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { tabId: tab?.id, isNamedInUrl: false };
  } catch {
    return { tabId: undefined, isNamedInUrl: false };
  }
}
