/**
 * Launches real Chromium or Firefox ESR with the built extension loaded, for end-to-end tests and page benchmarks.
 *
 * Chromium: puppeteer-core over CDP, the unpacked `.output/chrome-mv3` loaded at start-up; the extension id is the
 * host of its service worker. Firefox ESR: puppeteer-core over WebDriver BiDi, `.output/firefox-mv2` installed as a
 * temporary add-on; its moz-extension UUID is pinned with a pref so extension pages have a known address.
 * Firefox never resolves `page.goto()` for moz-extension pages, so `openExtensionPage` starts the navigation and
 * polls the document instead (see ../../shared notes on the toolchain).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserKind = 'chromium' | 'firefox';

export const GECKO_ID = 'jingdu@jingdu.dev';
const FIREFOX_UUID = '6b1f3c52-9a1e-4c55-8f0e-2f5a7d1c9e01';
const ROOT = join(import.meta.dirname, '..', '..', '..');

/** `E2E_OUTPUT_DIR` points at a copy of `.output/` (local runs while others rebuild the shared one). */
const OUTPUT_DIR = process.env.E2E_OUTPUT_DIR ?? join(ROOT, '.output');

export const EXTENSION_DIRS: Record<BrowserKind, string> = {
  chromium: join(OUTPUT_DIR, 'chrome-mv3'),
  firefox: join(OUTPUT_DIR, 'firefox-mv2'),
};

/** Browsers to run; `E2E_BROWSERS=chromium` narrows a local run. */
export const BROWSER_KINDS: BrowserKind[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserKind => name === 'chromium' || name === 'firefox');

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`. */
  extensionOrigin: string;
  /** Opens a page of the web (a fixture) and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** Opens one of our extension pages (`popup.html`, `options.html`) and waits until its document is complete. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--lang=zh-CN',
];

export interface LaunchOptions {
  /** The unpacked extension to load (default: the build's, see `EXTENSION_DIRS`). */
  extensionDir?: string;
  /**
   * Chromium: start with developer mode on, as chrome://extensions has it for unpacked extensions. Only then does
   * `runtime.reload()` read the unpacked directory again (an update, upgrade.e2e.ts); without it Chromium 156 unloads
   * the extension and does not load it back.
   */
  chromiumDeveloperMode?: boolean;
}

export async function launchExtensionBrowser(kind: BrowserKind, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIRS[kind];
  const profileDir = await mkdtemp(join(tmpdir(), `jingdu-${kind}-`));
  let browser: Browser;
  let extensionOrigin: string;
  if (kind === 'chromium') {
    if (options.chromiumDeveloperMode === true) {
      await mkdir(join(profileDir, 'Default'));
      await writeFile(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
    }
    browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: [extensionDir],
      userDataDir: profileDir,
      args: CHROMIUM_ARGS,
    });
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    extensionOrigin = /^chrome-extension:\/\/[a-p]{32}/.exec(worker.url())![0];
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        'intl.locale.requested': 'zh-CN',
        'intl.accept_languages': 'zh-CN, zh, en',
      },
    });
    await browser.installExtension(extensionDir);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  }

  async function openPage(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function openExtensionPage(path: string, existing?: Page): Promise<Page> {
    const page = existing ?? (await browser.newPage());
    const url = `${extensionOrigin}/${path}`;
    if (kind === 'chromium') {
      await page.goto(url, { waitUntil: 'load' });
      return page;
    }
    // Firefox: goto() of a moz-extension page never resolves although the page loads.
    page.goto(url).catch(() => undefined);
    await waitFor(async () => {
      try {
        // page.url() stays about:blank in this case too: ask the document itself.
        const state = await page.evaluate(() => [location.href, document.readyState]);
        return state[0]!.startsWith(extensionOrigin) && state[1] === 'complete';
      } catch {
        return false;
      }
    }, `extension page ${path} to load`);
    return page;
  }

  return {
    kind,
    browser,
    extensionOrigin,
    openPage,
    openExtensionPage,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** Polls `condition` until it holds; fails with what it was waiting for. Not a timed assertion: a bound on hangs. */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
