import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { BROWSER_KINDS, launchExtensionBrowser, readStorage, waitFor, writeStorage, type ExtensionBrowser } from './harness';

describe.each(BROWSER_KINDS)('%s: the extension loads', (kind) => {
  let session: ExtensionBrowser;
  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
  });
  afterAll(async () => session?.close());

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await session.openPage(`${inject('fixtureOrigin')}/smoke.html`);
    await waitFor(async () => (await page.evaluate(() => document.documentElement.dataset.jingdu)) !== undefined, 'content script');
  });

  it('opens the popup and the options page, which read and write extension storage', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await session.openExtensionPage(path);
      expect(await page.evaluate(() => document.title)).toMatch(/净读|Jingdu/);
      await writeStorage(page, 'local', { smoke: path });
      expect(await readStorage(page, 'local', 'smoke')).toBe(path);
      await page.close();
    }
  });
});
