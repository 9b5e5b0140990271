/**
 * Takes the README screenshots in Chromium (not part of `npm test`):
 *
 *   npm run build && JINGDU_SCREENSHOTS=1 E2E_BROWSERS=chromium npx vitest run -c vitest.e2e.config.ts test/e2e/ui-screenshots.e2e.ts
 *
 * writes assets/screenshots/popup.png, options.png and collapsed-list.png from the seed portal fixture. Chinese UI
 * text needs Chromium's Chinese locale (Debian: `chromium-l10n`) and a CJK font (`fonts-wqy-zenhei`); the run fails
 * rather than write English screenshots.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';

import { launchExtensionBrowser, waitFor, type ExtensionBrowser } from './harness';
import { clearStorage, fill, openPopupFor } from './ui-support';

const OUTPUT_DIR = join(import.meta.dirname, '..', '..', 'assets', 'screenshots');
const isWanted = process.env.JINGDU_SCREENSHOTS === '1';

describe.runIf(isWanted)('README screenshots', () => {
  let session: ExtensionBrowser;
  let portal: Page;

  beforeAll(async () => {
    // Chromium on Linux takes its UI language from the environment, not from --lang.
    process.env.LANGUAGE = 'zh_CN';
    session = await launchExtensionBrowser('chromium');
    await mkdir(OUTPUT_DIR, { recursive: true });
    const setup = await session.openExtensionPage('options.html');
    await clearStorage(setup);
    expect(await setup.evaluate(() => document.documentElement.lang), 'Chinese UI (install chromium-l10n)').toBe('zh-CN');
    await setup.close();
    portal = await session.openPage(`${inject('fixtureOrigin')}/seed-portal.html`);
    await waitFor(async () => (await portal.$$('#hot-news [data-jingdu-hidden]')).length >= 5, 'the spam items to collapse');
  });
  afterAll(async () => session?.close());

  it('collapsed-list.png: the seed page with its spam collapsed', async () => {
    await portal.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
    const box = await portal.$('.hot-news');
    await box!.scrollIntoView();
    await box!.screenshot({ path: join(OUTPUT_DIR, 'collapsed-list.png') });
  });

  it('popup.png: the popup on that page', async () => {
    const popup = await openPopupFor(session, portal);
    await popup.setViewport({ width: 380, height: 600, deviceScaleFactor: 1 });
    await popup.waitForSelector('.hidden-item');
    const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await popup.setViewport({ width: 380, height: Math.min(height, 600), deviceScaleFactor: 1 });
    await popup.screenshot({ path: join(OUTPUT_DIR, 'popup.png') });
    await popup.close();
  });

  it('options.png: the options page, writing a regex rule RE2 refuses, with the reason at the field', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.setViewport({ width: 1100, height: 1250, deviceScaleFactor: 1 });
    await options.click('[data-testid=new-regex-rule]');
    await fill(options, 'form.rule-editor [data-field=name]', '「几分钟开挂」句式');
    await fill(options, 'form.rule-editor [data-field=pattern]', '[0-9一二三四五六七八九十两]+分钟(?=开挂)');
    await options.waitForFunction(() => document.querySelector('[data-error-for=pattern]')?.textContent !== '');
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: join(OUTPUT_DIR, 'options.png') });
    await options.close();
  });
});
