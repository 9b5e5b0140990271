/**
 * The popup driven as a user in real Chromium and Firefox, against a news list page with spam: the count and the
 * reasons, the global switch and 在此网站暂停 (the tab's items reappear at once), 显示 and 不是垃圾 (with undo), the
 * element picker, a tab without our content script, and page text and rule names that must stay text.
 */
import { afterAll, beforeAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';

import { BROWSER_KINDS, launchExtensionBrowser, readStorage, waitFor, writeStorage, type ExtensionBrowser } from './harness';
import { clearStorage, openPopupFor, press, storedUserRules, textOf } from './ui-support';

/** 16 items, every fourth one spam: 4 collapse. */
const LIST_PATH = '/generated/list?items=16&spam=0.25';
const HOSTILE = '<img src=x onerror="document.title=\'pwned\';globalThis.pwned=1">';

describe.each(BROWSER_KINDS)('%s: the popup', (kind) => {
  let session: ExtensionBrowser;
  let listPage: Page;
  let popup: Page;

  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
  });
  afterAll(async () => session?.close());

  beforeEach(async () => {
    const reset = await session.openExtensionPage('options.html');
    await clearStorage(reset);
    await reset.close();
    listPage = await session.openPage(`${inject('fixtureOrigin')}${LIST_PATH}`);
    await waitFor(async () => (await hiddenCount()) === 4, 'the spam items to collapse');
    popup = await openPopupFor(session, listPage);
    await popup.waitForSelector('.hidden-item');
  });

  afterEach(async () => {
    await popup.close().catch(() => undefined);
    await listPage.close().catch(() => undefined);
  });

  const hiddenCount = () => listPage.$$eval('li[data-jingdu-hidden]', (items) => items.length);
  const popupItems = () => popup.$$eval('.hidden-item', (items) => items.length);

  it('shows how many items are collapsed on the tab, each with its reasons', async () => {
    expect(await popupItems()).toBe(4);
    expect(await textOf(popup, '[data-testid=hidden-count]')).toMatch(/4/);
    expect(await textOf(popup, '.hidden-item .item-title')).toMatch(/辅助/);
    expect((await popup.$$('.hidden-item:first-child .reason')).length).toBeGreaterThan(0);
    expect(await textOf(popup, '.site-host')).toBe('127.0.0.1');
  });

  it('turns Jingdu off and on: the items reappear on the tab and collapse again', async () => {
    await press(popup, '[data-testid=global-switch]');
    await waitFor(async () => (await hiddenCount()) === 0, 'the items to reappear');
    expect(await popup.$eval('[data-testid=global-switch]', (button) => button.getAttribute('aria-checked'))).toBe('false');
    await waitFor(async () => (await popupItems()) === 0, 'the popup list to empty');

    await press(popup, '[data-testid=global-switch]');
    await waitFor(async () => (await hiddenCount()) === 4, 'the items to collapse again');
  });

  it('pauses on this site: the items reappear, and come back when resumed', async () => {
    await press(popup, '[data-testid=pause-switch]');
    await waitFor(async () => (await hiddenCount()) === 0, 'the items to reappear');
    const settings = (await readStorage(popup, 'sync', 'settings')) as { pausedHosts?: string[] } | undefined;
    expect(settings?.pausedHosts).toContain('127.0.0.1');
    await popup.waitForSelector('[data-testid=pause-switch][aria-checked=true]');

    await press(popup, '[data-testid=pause-switch]');
    await waitFor(async () => (await hiddenCount()) === 4, 'the items to collapse again');
  });

  it('shows one item on the page, and collapses it again', async () => {
    const itemId = await popup.$eval('.hidden-item', (item) => item.getAttribute('data-item-id')!);
    await press(popup, `.hidden-item[data-item-id="${itemId}"] .item-reveal`);
    await waitFor(async () => (await hiddenCount()) === 3, 'the item to show');
    await popup.waitForSelector(`.hidden-item[data-item-id="${itemId}"][data-revealed]`);
    await press(popup, `.hidden-item[data-item-id="${itemId}"] .item-reveal`);
    await waitFor(async () => (await hiddenCount()) === 4, 'the item to collapse again');
  });

  it('"not spam" restores the item with an allow rule for the site, and undo takes it back', async () => {
    const title = await textOf(popup, '.hidden-item .item-title');
    await press(popup, '.hidden-item .item-not-spam');
    await popup.waitForSelector('.status-line .status-action');
    const rules = (await storedUserRules(popup)).rules;
    expect(rules).toMatchObject([{ kind: 'allow', hosts: ['127.0.0.1'], terms: [title], alwaysShow: true }]);
    // Every item with that title (the generated list repeats titles) is now shown.
    await waitFor(async () => (await hiddenCount()) < 4, 'the item to be restored');

    await press(popup, '.status-line .status-action');
    await waitFor(async () => (await storedUserRules(popup)).rules.length === 0, 'the allow rule to be removed');
    await waitFor(async () => (await hiddenCount()) === 4, 'the item to collapse again');
  });

  it('lists the items collapsed in a frame from another site too, and shows one there', async () => {
    // A news widget from another origin (localhost against 127.0.0.1): its own content script collapses its item.
    const widgetUrl = `${inject('fixtureOrigin').replace('127.0.0.1', 'localhost')}/iframe-child.html`;
    await listPage.evaluate((url) => {
      const frame = document.createElement('iframe');
      frame.src = url;
      document.body.append(frame);
    }, widgetUrl);
    let widget = listPage.frames().find((frame) => frame.url() === widgetUrl);
    await waitFor(async () => {
      widget = listPage.frames().find((frame) => frame.url() === widgetUrl);
      return widget !== undefined && (await widget.$$eval('li[data-jingdu-hidden]', (items) => items.length).catch(() => 0)) === 1;
    }, 'the widget’s spam item to collapse');
    await waitFor(async () => (await popupItems()) === 5, 'the popup to list the widget’s item too');
    const titles = await popup.$$eval('.hidden-item .item-title', (items) => items.map((item) => item.textContent ?? ''));
    expect(titles).toContain('9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)');
    // The widget's item says which site it comes from.
    const metas = await popup.$$eval('.hidden-item .item-meta', (items) => items.map((item) => item.textContent ?? ''));
    expect(metas.filter((meta) => meta.includes('localhost'))).toHaveLength(1);

    const itemId = await popup.$$eval('.hidden-item', (items) =>
      items.find((item) => item.querySelector('.item-title')?.textContent?.startsWith('9分钟开挂'))?.getAttribute('data-item-id') ?? '',
    );
    await press(popup, `.hidden-item[data-item-id="${itemId}"] .item-reveal`);
    await waitFor(async () => (await widget!.$$eval('li[data-jingdu-hidden]', (items) => items.length)) === 0, 'the widget’s item to show');
    expect(await hiddenCount()).toBe(4);
  });

  it('picks an item on the page: the in-page picker saves a site rule for it', async () => {
    await press(popup, '[data-testid=start-picker]');
    await listPage.bringToFront();
    await listPage.waitForSelector('jingdu-picker');
    const target = await listPage.$('li:not([data-jingdu-hidden]) a');
    await target!.hover();
    await target!.click();
    const hide = await listPage.waitForSelector('jingdu-picker >>> .actions button:not([hidden]):not(.primary)');
    await hide!.click();
    await waitFor(async () => (await storedUserRules(popup)).rules.some((rule) => rule.kind === 'site'), 'the picked rule');
    const [rule] = (await storedUserRules(popup)).rules;
    expect(rule).toMatchObject({ kind: 'site', hosts: ['127.0.0.1'] });
    await waitFor(async () => (await hiddenCount()) > 4, 'the picked block to be hidden');
  });

  it('Esc cancels the picker and saves nothing', async () => {
    await press(popup, '[data-testid=start-picker]');
    await listPage.bringToFront();
    await listPage.waitForSelector('jingdu-picker');
    await listPage.keyboard.press('Escape');
    await waitFor(async () => (await listPage.$('jingdu-picker')) === null, 'the picker to close');
    expect((await storedUserRules(popup)).rules).toEqual([]);
  });

  it('shows page text and rule names as text only', async () => {
    // A rule with a hostile name that fires on the list, and an item whose text looks like markup.
    await writeStorage(popup, 'local', {
      userRules: {
        list: {
          format: 'jingdu-rules',
          version: 1,
          keywordSets: [],
          rules: [{ kind: 'keyword', id: 'user:hostile', name: HOSTILE, enabled: true, hosts: [], terms: ['辅助'], sets: [], requireSets: [], weight: 10 }],
        },
        ruleTimes: {},
      },
    });
    await listPage.evaluate((text) => {
      const item = document.createElement('li');
      item.className = 'news-item';
      const link = document.createElement('a');
      link.textContent = `${text} 9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)`;
      item.append(link);
      document.querySelector('#list')!.append(item);
    }, HOSTILE);
    await waitFor(async () => (await hiddenCount()) === 5, 'the new item to collapse');
    await waitFor(
      async () => (await popup.$$eval('.reason-name', (names) => names.map((name) => name.textContent))).includes(HOSTILE),
      'the hostile rule name in the popup',
    );
    await waitFor(
      async () => (await popup.$$eval('.item-title', (items) => items.map((item) => item.textContent ?? ''))).some((title) => title.startsWith(HOSTILE)),
      'the markup-like title in the popup, as text',
    );
    expect(await popup.evaluate(() => [document.querySelectorAll('img').length, document.title, 'pwned' in globalThis])).toEqual([
      0,
      expect.not.stringContaining('pwned'),
      false,
    ]);
  });

  it('links to the options page', async () => {
    const openOptionsPages = () =>
      popup.evaluate(() => {
        type Extension = { extension: { getViews(filter: object): Window[] } };
        const globals = globalThis as unknown as { browser?: Extension; chrome: Extension };
        const views = (globals.browser ?? globals.chrome).extension.getViews({ type: 'tab' });
        return views.filter((view) => view.location.pathname === '/options.html').length;
      });
    expect(await openOptionsPages()).toBe(0);
    await press(popup, '[data-testid=open-options]');
    await waitFor(async () => (await openOptionsPages()) === 1, 'the options page to open');
  });

  it('says so on a tab it cannot act on (no content script, or no web page)', async () => {
    const blank = await session.browser.newPage();
    await blank.goto('about:blank');
    const blankPopup = await openPopupFor(session, blank);
    await blankPopup.waitForFunction(() => document.querySelector('[data-testid=hidden-count]')?.textContent !== '');
    expect(await blankPopup.$eval('[data-testid=pause-switch]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(await blankPopup.$eval('[data-testid=start-picker]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    await blankPopup.close();
    await blank.close();
  });

  it('is operable from the keyboard', async () => {
    await popup.focus('[data-testid=global-switch]');
    await popup.keyboard.press(' ');
    await waitFor(async () => (await hiddenCount()) === 0, 'Space on the switch to turn Jingdu off');
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await hiddenCount()) === 4, 'Enter on the switch to turn Jingdu on');
    await waitFor(async () => (await popupItems()) === 4, 'the popup to list the items again');
    // Tab order: global switch → pause switch → the first item's controls (its 另有…原因 disclosure, then 显示).
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pause-switch');
    const reached: string[] = [];
    for (let step = 0; step < 4 && reached.at(-1) !== 'item-reveal'; step++) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.className || document.activeElement?.localName || ''));
    }
    // Firefox also stops on the scrollable list itself, so it can be scrolled by keyboard.
    expect(reached.filter((stop) => stop !== 'hidden-items')).toEqual(['summary', 'item-reveal']);
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await hiddenCount()) === 3, 'Enter on 显示 to show the item');
    // The list is rebuilt from the page's answer, and focus stays on the same button.
    await popup.waitForSelector('.hidden-item[data-revealed]');
    expect(await popup.evaluate(() => document.activeElement?.className)).toBe('item-reveal');
  });
});
