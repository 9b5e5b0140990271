/**
 * What users do with collapsed items, in real Chromium and Firefox: the placeholder reveals its items and collapses
 * them again (mouse and keyboard), is untouched by page styles and keeps its clicks from the page; settings and rules
 * changed in storage (as the popup and options page change them) apply to the open tab at once; pausing restores the
 * page exactly; site rules; the popup's page queries; the toolbar badge; and the element picker.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';

import {
  BROWSER_KINDS,
  collectPageErrors,
  findGuardedTabId,
  launchExtensionBrowser,
  readBadgeText,
  readExpectations,
  readPlaceholders,
  readStorage,
  sendToBackground,
  sendToTab,
  settleExpectations,
  unmetExpectations,
  waitFor,
  writeSettings,
  writeUserRules,
  type ExtensionBrowser,
} from './harness';

const SHOW = /^(显示|Show)$/;
const HIDE = /^(隐藏|Hide)$/;

/** How many of the page's `data-expect="hidden"` items are rendered right now. */
async function renderedSpam(page: Page): Promise<number> {
  return (await readExpectations(page)).filter((item) => item.expect === 'hidden' && item.rendered).length;
}

/** The page's body as its HTML source has it, compared with the live body: equal means restored exactly. */
async function isBodyAsServed(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return parsed.body.isEqualNode(document.body);
  });
}

describe.each(BROWSER_KINDS)('%s: using collapsed items', (kind) => {
  let session: ExtensionBrowser;
  let control: Page;
  const origin = () => inject('fixtureOrigin');

  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
    control = await session.openExtensionPage('popup.html');
  });
  afterAll(async () => session?.close());
  const opened: Page[] = [];
  afterEach(async () => {
    // Every test starts from the defaults, with only the control page open.
    await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
    await writeSettings(control, {});
    await writeUserRules(control, []);
  });

  async function open(file: string): Promise<{ page: Page; errors: string[] }> {
    const page = await session.browser.newPage();
    opened.push(page);
    const errors = collectPageErrors(page);
    await page.goto(`${origin()}/${file}?${Math.random().toString(36).slice(2)}`, { waitUntil: 'load' });
    expect(unmetExpectations(await settleExpectations(page))).toEqual([]);
    return { page, errors };
  }

  it('the placeholder reveals its items and collapses them again, by mouse and by keyboard', async () => {
    const { page, errors } = await open('seed-portal.html');
    await page.evaluate(() => {
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      document.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
    });
    const [first] = await readPlaceholders(page);
    expect(first).toMatchObject({ count: '4', role: 'note', ariaExpanded: 'false' });
    expect(first!.buttonText).toMatch(SHOW);
    expect(first!.ariaLabel).toMatch(/4/);

    const button = (await page.$('jingdu-placeholder >>> button'))!;
    expect(await button.evaluate((element) => (element as HTMLButtonElement).tabIndex)).toBe(0);
    await button.click();
    await waitFor(async () => (await renderedSpam(page)) === 4, 'the run of four to show');
    const [opened] = await readPlaceholders(page);
    expect(opened).toMatchObject({ count: '4', ariaExpanded: 'true' });
    expect(opened!.buttonText).toMatch(HIDE);

    await button.click();
    await waitFor(async () => (await renderedSpam(page)) === 0, 'the run to collapse again');
    expect((await readPlaceholders(page))[0]).toMatchObject({ ariaExpanded: 'false' });

    // Keyboard: the button takes focus; Enter and Space work it.
    await button.focus();
    await page.keyboard.press('Enter');
    await waitFor(async () => (await renderedSpam(page)) === 4, 'Enter to show');
    await page.keyboard.press(' ');
    await waitFor(async () => (await renderedSpam(page)) === 0, 'Space to collapse');

    // Our clicks never reached the page's handlers, and nothing navigated.
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(0);
    expect(page.url()).toContain('/seed-portal.html');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a spam comment with real replies: its placeholder reveals and re-hides the comment, the replies stay in view', async () => {
    const { page, errors } = await open('blind12-ifeng-h5-ssr.html');
    const comment = '.comment_text__2b0Zs[data-expect="hidden"]';
    /** Whether the spam comment's text and each of its real replies are rendered. */
    const shown = () =>
      page.evaluate((selector) => {
        const text = document.querySelector(selector)!;
        const replies = [...text.closest('.comment_item__2mX0p')!.querySelectorAll('.comment_replyItem__3pD1v')];
        const isRendered = (element: Element) => element.getClientRects().length > 0;
        return { text: isRendered(text), replies: replies.map(isRendered) };
      }, comment);
    expect(await shown()).toEqual({ text: false, replies: [true, true] });
    // Its placeholder stands inside the comment, before its own parts.
    const handle = await page.evaluateHandle((selector) => {
      const host = document.querySelector(selector)!.closest('.comment_item__2mX0p')!.querySelector('jingdu-placeholder')!;
      return host.shadowRoot!.querySelector('button')!;
    }, comment);
    const button = handle.asElement() as ElementHandle<Element>;
    await button.click();
    await waitFor(async () => (await shown()).text, 'the comment to show');
    expect((await shown()).replies).toEqual([true, true]);
    await button.click();
    await waitFor(async () => !(await shown()).text, 'the comment to collapse again');
    expect((await shown()).replies).toEqual([true, true]);
    expect(errors).toEqual([]);
  });

  it('page styles do not reach the placeholder', async () => {
    const { page } = await open('seed-portal.html');
    await page.addStyleTag({
      content:
        '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } ' +
        'button { display: none !important; } jingdu-placeholder { display: none !important; opacity: 0 !important; }',
    });
    const looks = await page.evaluate(() => {
      const host = document.querySelector('jingdu-placeholder')!;
      const button = host.shadowRoot!.querySelector('button')!;
      const style = getComputedStyle(button);
      return {
        hostShown: host.getClientRects().length > 0 && getComputedStyle(host).opacity === '1',
        buttonShown: button.getClientRects().length > 0,
        buttonColor: style.color,
        buttonFontSize: style.fontSize,
      };
    });
    expect(looks).toMatchObject({ hostShown: true, buttonShown: true, buttonFontSize: '12px' });
    expect(looks.buttonColor).not.toBe('rgb(255, 0, 0)');
    await page.close();
  });

  it('collapse mode "hide" leaves no placeholder; switching back brings them back, live', async () => {
    const { page } = await open('seed-portal.html');
    expect(await readPlaceholders(page)).toHaveLength(2);
    await writeSettings(control, { collapseMode: 'hide' });
    await waitFor(async () => (await readPlaceholders(page)).length === 0, 'placeholders to go');
    expect(await renderedSpam(page)).toBe(0);
    await writeSettings(control, { collapseMode: 'placeholder' });
    await waitFor(async () => (await readPlaceholders(page)).length === 2, 'placeholders to come back');
    expect(await renderedSpam(page)).toBe(0);
    await page.close();
  });

  it('pausing the site or switching off restores the page exactly; resuming collapses again, without a reload', async () => {
    const { page, errors } = await open('seed-portal.html');
    expect(await isBodyAsServed(page)).toBe(false);
    await writeSettings(control, { pausedHosts: ['127.0.0.1'] });
    await waitFor(async () => (await renderedSpam(page)) === 5, 'every item to show on the paused site');
    expect(await isBodyAsServed(page)).toBe(true);

    await writeSettings(control, {});
    await waitFor(async () => (await renderedSpam(page)) === 0, 'items to collapse when resumed');
    expect(await readPlaceholders(page)).toHaveLength(2);

    await writeSettings(control, { enabled: false });
    await waitFor(async () => (await renderedSpam(page)) === 5, 'every item to show when switched off');
    expect(await isBodyAsServed(page)).toBe(true);
    await writeSettings(control, {});
    await waitFor(async () => (await renderedSpam(page)) === 0, 'items to collapse when switched on');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rule and detection changes apply to the open tab', async () => {
    const { page } = await open('seed-portal.html');
    const isTeslaShown = () =>
      page.evaluate(() => {
        const item = [...document.querySelectorAll('#hot-news > li')].find((li) => li.textContent!.includes('特斯拉'))!;
        return item.getClientRects().length > 0;
      });
    expect(await isTeslaShown()).toBe(true);
    await writeUserRules(control, [
      { kind: 'keyword', id: 'user:e2e-tesla', name: '测试规则', terms: ['特斯拉'], weight: 20 },
    ]);
    await waitFor(async () => !(await isTeslaShown()), 'the new rule to collapse the item');
    await writeUserRules(control, []);
    await waitFor(isTeslaShown, 'the item to come back when the rule goes');

    await writeSettings(control, { genericDetection: false });
    await waitFor(async () => (await renderedSpam(page)) === 5, 'nothing collapsed without generic detection');
    await page.close();
  });

  it('a site rule: its items are judged, its always-hide blocks hidden, excepted elements kept, nothing else judged', async () => {
    await writeUserRules(control, [
      {
        kind: 'site',
        id: 'user:e2e-site',
        name: '测试站点规则',
        hosts: ['127.0.0.1'],
        itemSelectors: ['.stream > .feed-card'],
        titleSelector: '.card-title',
        hideSelectors: ['.ad-slot'],
        exceptSelectors: ['.pinned'],
      },
    ]);
    const { page } = await open('site-rule.html');
    const expectations = await readExpectations(page);
    expect(unmetExpectations(expectations)).toEqual([]);
    expect(expectations.filter((item) => item.expect === 'hidden')).toHaveLength(2);
    await page.close();
  });

  it('answers the popup: status with reasons, and showing one item; the badge shows the count', async () => {
    const { page } = await open('seed-portal.html');
    const tabId = await findGuardedTabId(control);
    const answer = (await sendToTab(control, tabId, { type: 'page/get-status' })) as {
      ok: boolean;
      value: { host: string; active: boolean; hiddenItems: { itemId: string; title: string; reasons: unknown[] }[] };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value).toMatchObject({ host: '127.0.0.1', active: true });
    expect(answer.value.hiddenItems).toHaveLength(5);
    for (const item of answer.value.hiddenItems) expect(item.reasons.length).toBeGreaterThan(0);
    expect(answer.value.hiddenItems[0]!.title).toContain('9分钟开挂');

    await waitFor(async () => (await readBadgeText(control, tabId)) === '5', 'the badge to show 5');

    const { itemId } = answer.value.hiddenItems[4]!;
    expect(await sendToTab(control, tabId, { type: 'page/set-item-revealed', itemId, revealed: true })).toEqual({
      ok: true,
    });
    await waitFor(async () => (await renderedSpam(page)) === 1, 'the one item to show');
    await sendToTab(control, tabId, { type: 'page/set-item-revealed', itemId, revealed: false });
    await waitFor(async () => (await renderedSpam(page)) === 0, 'the item to collapse again');
    await page.close();
  });

  it('the picker saves a rule that always hides the picked block', async () => {
    const { page } = await open('seed-portal.html');
    const tabId = await findGuardedTabId(control);
    expect(await sendToBackground(control, { type: 'picker/start', tabId })).toMatchObject({ ok: true });
    await waitFor(async () => (await page.$('jingdu-picker')) !== null, 'the picker to open');

    const target = (await page.$('.side-col .box'))!;
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.click(box.x + 5, box.y + 5);
    const buttons = await page.$$('jingdu-picker >>> button');
    await waitFor(async () => buttons[1]!.evaluate((button) => !(button as HTMLButtonElement).hidden), 'the choices');
    await buttons[1]!.click();

    await waitFor(
      async () => ((await readStorage(control, 'local', 'userRules')) as { list?: { rules: unknown[] } }).list?.rules.length === 1,
      'the rule to be stored',
    );
    const stored = (await readStorage(control, 'local', 'userRules')) as {
      list: { rules: { kind: string; hosts: string[]; hideSelectors: string[] }[] };
    };
    expect(stored.list.rules[0]).toMatchObject({ kind: 'site', hosts: ['127.0.0.1'] });
    await waitFor(async () => page.evaluate(() => document.querySelector('.side-col .box')!.getClientRects().length === 0), 'the block to hide');
    expect(await renderedSpam(page)).toBe(0);
    await page.close();
  });
});
