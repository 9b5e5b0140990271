/**
 * The options page driven as a user in real Chromium and Firefox: a new keyword rule collapses an item on an open
 * page, validation shows its reason at the field and saves nothing invalid, the rule tester explains a verdict,
 * rules switch off, settings are saved, and everything works from the keyboard.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';

import { DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';

import { BROWSER_KINDS, launchExtensionBrowser, readStorage, waitFor, writeStorage, type ExtensionBrowser } from './harness';
import { openFreshOptionsPage, fill, press, storedUserRules, textOf, waitForStatus } from './ui-support';

/** A real headline of the generated list page (items 6 and 14) that no default rule touches. */
const REAL_HEADLINE = '新能源汽车11月销量同比增长三成';
const SPAM_HEADLINE = '9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)';

describe.each(BROWSER_KINDS)('%s: the options page', (kind) => {
  let session: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
  });
  afterAll(async () => session?.close());

  beforeEach(async () => {
    page = await openFreshOptionsPage(session, '[data-testid=new-keyword-rule]');
  });

  const hiddenTitles = (listPage: Page) =>
    listPage.$$eval('li[data-jingdu-hidden]', (items) => items.map((item) => item.querySelector('a')?.textContent ?? ''));

  it('adds a keyword rule, and an item on an open page collapses', async () => {
    const listPage = await session.openPage(`${inject('fixtureOrigin')}/generated/list?items=16&spam=0.25`);
    await waitFor(async () => (await hiddenTitles(listPage)).length > 0, 'the page guard to collapse the spam items');
    expect((await hiddenTitles(listPage)).some((title) => title.includes(REAL_HEADLINE))).toBe(false);

    await page.bringToFront();
    await press(page, '[data-testid=new-keyword-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '销量标题（测试）');
    await fill(page, 'form.rule-editor [data-field=terms]', REAL_HEADLINE);
    await press(page, 'form.rule-editor [data-testid=save]');
    expect(await waitForStatus(page)).toContain('销量标题（测试）');
    expect((await storedUserRules(page)).rules).toMatchObject([{ kind: 'keyword', terms: [REAL_HEADLINE] }]);

    await waitFor(
      async () => (await hiddenTitles(listPage)).some((title) => title.includes(REAL_HEADLINE)),
      'the new rule to collapse the item',
    );
    await listPage.close();
  });

  // The content script ships without RE2: it imports re2js.js from the extension only when enabled regex rules exist
  // (src/page/load-regex-engine.ts). This proves that path in both browsers.
  it('adds a regex rule, and an item on an open page collapses (RE2 loaded on demand)', async () => {
    const listPage = await session.openPage(`${inject('fixtureOrigin')}/generated/list?items=16&spam=0.25`);
    await waitFor(async () => (await hiddenTitles(listPage)).length > 0, 'the page guard to collapse the spam items');
    expect((await hiddenTitles(listPage)).some((title) => title.includes(REAL_HEADLINE))).toBe(false);

    await page.bringToFront();
    await press(page, '[data-testid=new-regex-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '销量正则（测试）');
    await fill(page, 'form.rule-editor [data-field=pattern]', '同比增长.成');
    await press(page, 'form.rule-editor [data-testid=save]');
    expect(await waitForStatus(page)).toContain('销量正则（测试）');
    expect((await storedUserRules(page)).rules).toMatchObject([{ kind: 'regex', pattern: '同比增长.成' }]);

    await waitFor(
      async () => (await hiddenTitles(listPage)).some((title) => title.includes(REAL_HEADLINE)),
      'the new regex rule to collapse the item',
    );
    await listPage.close();
  });

  it('shows why a rule is invalid at the field and never saves it', async () => {
    await press(page, '[data-testid=new-regex-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '坏正则');
    await fill(page, 'form.rule-editor [data-field=pattern]', '(?=辅助)开挂');
    await page.waitForFunction(() => document.querySelector('[data-error-for=pattern]')?.textContent !== '');
    expect(await textOf(page, '[data-error-for=pattern]')).toMatch(/(正则|regular expression)/);
    await press(page, 'form.rule-editor [data-testid=save]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('pattern');
    await press(page, 'form.rule-editor [data-testid=cancel]');

    await press(page, '[data-testid=new-site-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '坏网站规则');
    await fill(page, 'form.rule-editor [data-field=hosts]', 'news.example.com\nhttps://news.example.com/path');
    await fill(page, 'form.rule-editor [data-field=itemSelectors]', '.hot-news li\ndiv:has-text(开挂)');
    expect(await textOf(page, '[data-error-for=hosts]')).toMatch(/2/);
    expect(await textOf(page, '[data-error-for=itemSelectors]')).toMatch(/2/);
    expect(await page.$eval('[data-field=itemSelectors]', (area) => area.getAttribute('aria-invalid'))).toBe('true');
    await press(page, 'form.rule-editor [data-testid=save]');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await storedUserRules(page)).rules).toEqual([]);
  });

  it('explains a headline in the rule tester: verdict, score and every reason', async () => {
    await fill(page, '[data-testid=tester-title]', SPAM_HEADLINE);
    await page.waitForSelector('[data-testid=tester-verdict][data-spam]');
    const reasons = await page.$$eval('[data-testid=tester-result] .reason', (items) => items.map((item) => item.textContent));
    expect(reasons.length).toBeGreaterThan(0);
    expect(await textOf(page, '[data-testid=tester-result] .verdict-score')).toMatch(/\d/);

    await fill(page, '[data-testid=tester-title]', REAL_HEADLINE);
    await page.waitForSelector('[data-testid=tester-verdict]:not([data-spam])');
  });

  it('switches a default rule off and saves settings', async () => {
    const firstDefault = await page.$eval('.rule-row[data-origin=default]', (row) => row.getAttribute('data-rule-id')!);
    await press(page, `.rule-row[data-rule-id="${firstDefault}"] [role=switch]`);
    await waitFor(async () => {
      const state = (await readStorage(page, 'local', 'defaultRuleState')) as { disabledIds?: string[] } | undefined;
      return state?.disabledIds?.includes(firstDefault) === true;
    }, 'the default rule to be switched off');
    await page.waitForSelector(`.rule-row[data-rule-id="${firstDefault}"][data-enabled=false]`);

    await press(page, '#collapse-mode-hide');
    await press(page, '[data-testid=generic-detection]');
    await waitFor(async () => {
      const settings = (await readStorage(page, 'sync', 'settings')) as { collapseMode?: string; genericDetection?: boolean } | undefined;
      return settings?.collapseMode === 'hide' && settings.genericDetection === false;
    }, 'the settings to be saved');
  });

  it('adds a keyword set, and a keyword rule can use it', async () => {
    await press(page, '[data-testid=new-keyword-set]');
    await fill(page, 'form.set-editor [data-field=name]', '测试棋牌名');
    await fill(page, 'form.set-editor [data-field=terms]', '跑得快\n牛牛');
    await press(page, 'form.set-editor [data-testid=save]');
    await waitFor(async () => (await storedUserRules(page)).keywordSets.length === 1, 'the keyword set to be saved');
    const [set] = (await storedUserRules(page)).keywordSets;
    expect(set).toMatchObject({ name: '测试棋牌名', terms: ['跑得快', '牛牛'] });

    await press(page, '[data-testid=new-keyword-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '用词集的规则');
    await press(page, `form.rule-editor [data-field=sets] input[value="${set!.id}"]`);
    await press(page, 'form.rule-editor [data-testid=save]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 1, 'the rule to be saved');
    expect((await storedUserRules(page)).rules[0]).toMatchObject({ sets: [set!.id], terms: [] });

    // An allow rule can yield to the set (its subtraction goes when one of the set's terms matches too), and its row
    // says so (the browser runs in English).
    await press(page, '[data-testid=new-allow-rule]');
    await fill(page, 'form.rule-editor [data-field=name]', '让位于词集的放行规则');
    await fill(page, 'form.rule-editor [data-field=terms]', '别信');
    await press(page, `form.rule-editor [data-field=unlessSets] input[value="${set!.id}"]`);
    await press(page, 'form.rule-editor [data-testid=save]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 2, 'the allow rule to be saved');
    expect((await storedUserRules(page)).rules.find((rule) => rule.kind === 'allow')).toMatchObject({ terms: ['别信'], unlessSets: [set!.id] });
    await page.waitForFunction(() => [...document.querySelectorAll('.rule-row')].some((row) => row.textContent?.includes('not when: 测试棋牌名')));
  });

  it('searches and filters across rules', async () => {
    const count = () => page.$$eval('.rule-row', (rows) => rows.length);
    const all = await count();
    await page.select('#rule-kind-filter', 'allow');
    await waitFor(async () => (await count()) < all, 'the kind filter');
    expect(await page.$$eval('.rule-row .tag[data-kind]', (tags) => [...new Set(tags.map((tag) => tag.getAttribute('data-kind')))])).toEqual(['allow']);
    await page.select('#rule-kind-filter', 'all');
    await fill(page, '#rule-search', 'no-such-rule-anywhere');
    await page.waitForSelector('.rule-list-region .empty');
  });

  it('works from the keyboard: a new rule is written and saved without the mouse', async () => {
    await page.focus('[data-testid=new-keyword-rule]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form.rule-editor');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('name');
    await page.keyboard.type('Keyboard rule');
    await page.keyboard.press('Tab'); // hosts
    await page.keyboard.press('Tab'); // terms
    await page.keyboard.type('keyboard-term');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('form.rule-editor') === null);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('new-keyword-rule');

    await page.keyboard.press('Enter');
    await page.waitForSelector('form.rule-editor');
    await page.keyboard.type('Keyboard rule');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keyboard-term');
    await page.focus('form.rule-editor [data-field=name]');
    await page.keyboard.press('Enter'); // submits the form
    await waitFor(async () => (await storedUserRules(page)).rules.length === 1, 'the rule to be saved');
    expect((await storedUserRules(page)).rules[0]).toMatchObject({ name: 'Keyboard rule', terms: ['keyboard-term'] });
  });

  // What an update that brings a newer default list leaves (the background's side: test/unit/background/
  // default-list-update.test.ts): the user's rules and switches, and the notice. The options page announces it in
  // the page's language; the user dismisses it from the keyboard, and nothing else in storage changes.
  it('announces an updated default list until the user dismisses it, touching nothing else', async () => {
    await writeStorage(page, 'local', {
      userRules: { list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [{ kind: 'keyword', id: 'user:mine', name: '我的规则', terms: ['开挂'] }] }, ruleTimes: {} },
      userRules$: { v: 2 },
      defaultRuleState: { disabledIds: ['default:cheat-terms'], seenVersion: DEFAULT_RULES_VERSION },
      defaultRuleState$: { v: 1 },
      defaultsNotice: { version: DEFAULT_RULES_VERSION },
      defaultsNotice$: { v: 1 },
    });
    // A new options page (the one open since the test began shows the notice too, live; reusing it for the reload
    // raced the old document against the new one).
    const notified = await session.openExtensionPage('options.html');
    await notified.waitForSelector('[data-testid=defaults-notice]:not([hidden])');
    // Either catalogue: the e2e browsers here report an English UI.
    expect([
      `The default rules were updated to version ${DEFAULT_RULES_VERSION}. Your own rules and your switches for default rules are unchanged.`,
      `默认规则已更新到第 ${DEFAULT_RULES_VERSION} 版。你自己的规则和对默认规则的开关都没有改动。`,
    ]).toContain(await textOf(notified, '[data-testid=defaults-notice] [role=status]'));
    const before = (await readStorage(notified, 'local', null)) as Record<string, unknown>;

    await notified.focus('[data-testid=defaults-notice-dismiss]');
    await notified.keyboard.press('Enter');
    await notified.waitForSelector('[data-testid=defaults-notice][hidden]');
    expect(await notified.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await waitFor(async () => ((await readStorage(notified, 'local', 'defaultsNotice')) ?? null) === null, 'the notice to be dismissed');
    const after = (await readStorage(notified, 'local', null)) as Record<string, unknown>;
    expect({ ...after, defaultsNotice: null }).toEqual({ ...before, defaultsNotice: null });
    await notified.close();

    // Gone for good: not shown again on the next visit.
    const later = await session.openExtensionPage('options.html');
    await later.waitForSelector('[data-testid=new-keyword-rule]');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await later.$eval('[data-testid=defaults-notice]', (notice) => (notice as HTMLElement).hidden)).toBe(true);
    await later.close();
  });
});
