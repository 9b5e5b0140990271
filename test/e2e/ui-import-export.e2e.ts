/**
 * Import and export in the options page, driven as a user in real Chromium and Firefox: our JSON and filter-line
 * files, merge and replace, a broken file refused with nothing changed, undo, export and re-import to the same
 * rules, and a hostile rule name that must stay text.
 */
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';

import { BROWSER_KINDS, launchExtensionBrowser, waitFor, type ExtensionBrowser } from './harness';
import { openFreshOptionsPage, fill, isPresent, press, storedUserRules, textOf } from './ui-support';

const IMPORT_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

describe.each(BROWSER_KINDS)('%s: import and export in the options page', (kind) => {
  let session: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
  });
  afterAll(async () => session?.close());

  beforeEach(async () => {
    page = await openFreshOptionsPage(session, '[data-testid=import-text]');
  });

  async function chooseFile(name: string): Promise<void> {
    const input = (await page.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(IMPORT_FIXTURES, name));
    await page.waitForSelector('[data-testid=import-summary], [data-testid=import-refused]');
  }

  /** Confirms the import; once written, the page empties the import box and says what it did. */
  async function confirmImport(): Promise<void> {
    await page.waitForSelector('[data-testid=import-confirm]:not([disabled])');
    await press(page, '[data-testid=import-confirm]');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid=import-text]') as HTMLTextAreaElement).value === '' ||
        document.querySelector('.status-line[data-kind=error]') !== null,
    );
    expect(await textOf(page, '.status-line[data-kind]')).not.toMatch(/出错|wrong/);
  }

  it('imports our JSON file (merge), previewing what it adds first, and undoes it', async () => {
    await chooseFile('valid-rules.json');
    expect(await textOf(page, '[data-testid=import-summary]')).toMatch(/5/); // 4 rules + 1 keyword set
    expect(await storedUserRules(page)).toMatchObject({ rules: [] }); // nothing written by the preview
    await confirmImport();
    const rules = await storedUserRules(page);
    expect(rules.rules.map((rule) => rule.id).sort()).toEqual(
      ['user:cheat-with-game', 'user:elevator', 'user:example-news', 'user:minutes-cheat'].sort(),
    );
    expect(rules.keywordSets.map((set) => set.id)).toEqual(['set:card-games']);
    await page.waitForSelector('[data-rule-id="user:example-news"]');

    await press(page, '.status-line .status-action');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 0, 'the import to be undone');
  });

  it('imports filter lines, listing the lines it does not understand with their numbers, then replaces', async () => {
    await chooseFile('filter-lines.txt');
    const rejected = await page.$$eval('[data-testid=import-rejected] li', (items) => items.map((item) => item.getAttribute('data-line')));
    expect(rejected.length).toBeGreaterThanOrEqual(5);
    expect(rejected).toContain('11'); // ||ads.example.com^
    await confirmImport();
    const merged = await storedUserRules(page);
    expect(merged.rules.length).toBeGreaterThan(0);

    // Replace with our JSON file: the filter rules go, the JSON rules stay.
    await chooseFile('valid-rules.json');
    await press(page, '[data-testid=import-mode-replace]');
    await waitFor(async () => /\d/.test(await textOf(page, '[data-testid=import-summary]')), 'the replace preview');
    await confirmImport();
    const replaced = await storedUserRules(page);
    expect(replaced.rules.map((rule) => rule.id).sort()).toEqual(
      ['user:cheat-with-game', 'user:elevator', 'user:example-news', 'user:minutes-cheat'].sort(),
    );
  });

  it.each(['broken.json', 'wrong-schema.json', 'wrong-version.json'])('refuses %s with a reason and changes nothing', async (file) => {
    await chooseFile('valid-rules.json');
    await confirmImport();
    const before = await storedUserRules(page);

    await chooseFile(file);
    expect(await isPresent(page, '[data-testid=import-refused]')).toBe(true);
    expect((await page.$$('.import-preview .problems li')).length).toBeGreaterThan(0);
    expect(await page.$eval('[data-testid=import-confirm]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    expect(await storedUserRules(page)).toEqual(before);
  });

  it('exports as JSON and as filter lines, and re-importing either gives the same rules', async () => {
    await chooseFile('valid-rules.json');
    await confirmImport();
    const original = await storedUserRules(page);

    const json = await page.$eval('[data-testid=export-text]', (area) => (area as HTMLTextAreaElement).value);
    await press(page, '[data-testid=reset-start]');
    await press(page, '[data-testid=reset-confirm]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 0, 'the reset');
    await fill(page, '[data-testid=import-text]', json);
    await page.waitForSelector('[data-testid=import-summary]');
    await confirmImport();
    expect(await storedUserRules(page)).toEqual(original);

    // Filter lines: what the format can say comes back with the same ids.
    await press(page, '[data-testid=export-format-filter-lines]');
    const lines = await page.$eval('[data-testid=export-text]', (area) => (area as HTMLTextAreaElement).value);
    expect(lines).toMatch(/news\.example\.com##\.ad-banner/);
    expect(await textOf(page, '[data-testid=export-skipped]')).not.toBe('');
    await press(page, '[data-testid=import-mode-replace]');
    await fill(page, '[data-testid=import-text]', lines);
    await page.waitForSelector('[data-testid=import-summary]');
    await confirmImport();
    await press(page, '[data-testid=export-format-filter-lines]');
    expect(await page.$eval('[data-testid=export-text]', (area) => (area as HTMLTextAreaElement).value)).toBe(lines);
  });

  it('resets to defaults only after confirmation, and the reset can be undone', async () => {
    await chooseFile('valid-rules.json');
    await confirmImport();
    const imported = await storedUserRules(page);

    await press(page, '[data-testid=reset-start]');
    await page.waitForSelector('#reset-confirm:not([hidden])');
    // Focus is on 取消 (cancel): a stray Enter changes nothing.
    await page.keyboard.press('Enter');
    await page.waitForSelector('#reset-confirm[hidden]');
    expect(await storedUserRules(page)).toEqual(imported);

    await press(page, '[data-testid=reset-start]');
    await press(page, '[data-testid=reset-confirm]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 0, 'the reset');
    // The undo offered in the reset section stays until something else replaces it.
    await press(page, '#reset [data-testid=undo-last]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === imported.rules.length, 'the reset to be undone');
    expect(await storedUserRules(page)).toEqual(imported);
  });

  it('exports only the selected rules', async () => {
    await chooseFile('valid-rules.json');
    await confirmImport();
    await page.waitForSelector('[data-rule-id="user:elevator"] .rule-select');
    await press(page, '[data-rule-id="user:elevator"] .rule-select');
    await press(page, '[data-testid=export-scope-selected]');
    const exported = JSON.parse(await page.$eval('[data-testid=export-text]', (area) => (area as HTMLTextAreaElement).value));
    expect(exported.rules.map((rule: { id: string }) => rule.id)).toEqual(['user:elevator']);
  });

  it('shows a hostile rule name as text in the options page and the popup; nothing runs', async () => {
    const hostile = '<img src=x onerror="document.title=\'pwned\';globalThis.pwned=1">';
    await fill(
      page,
      '[data-testid=import-text]',
      JSON.stringify({
        format: 'jingdu-rules',
        version: 1,
        rules: [{ kind: 'keyword', id: 'user:hostile', name: hostile, terms: ['开挂'], weight: 5 }],
      }),
    );
    await page.waitForSelector('[data-testid=import-summary]');
    await press(page, '.import-names summary');
    await confirmImport();
    await page.waitForSelector('[data-rule-id="user:hostile"]');
    expect(await textOf(page, '[data-rule-id="user:hostile"] .rule-name')).toBe(hostile);
    const evidence = await page.evaluate(() => [document.querySelectorAll('img').length, document.title, 'pwned' in globalThis]);
    expect(evidence).toEqual([0, expect.not.stringContaining('pwned'), false]);
  });
});
