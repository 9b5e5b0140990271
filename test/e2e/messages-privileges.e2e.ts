/**
 * Who may change rules, in real Chromium and Firefox with the built extension.
 *
 * What each test proves:
 * - Our extension pages (options, popup) can send privileged commands and get `CommandResult` answers, and
 *   concurrent commands from two pages all take effect (the background's serial queue, end to end).
 * - A web page has no `runtime.sendMessage` to reach us with: we declare no `externally_connectable`. This checks
 *   the page's own world only; it says nothing about our content script.
 * - Chromium only: code run in our content script's isolated world (reached through the DevTools protocol, which sees
 *   that world as an execution context of the page) is refused for privileged commands, and may still report a badge
 *   count. Firefox's WebDriver BiDi does not expose a content script's realm, so there the content-script case rests
 *   on the unit test of the sender check (test/unit/background/is-privileged-sender.test.ts), whose Firefox senders
 *   follow Firefox's documented `MessageSender` (`envType: 'content_child'`).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { BROWSER_KINDS, GECKO_ID, launchExtensionBrowser, readStorage, waitFor, writeStorage, type ExtensionBrowser } from './harness';

interface StoredRules {
  list: { rules: { id: string; enabled: boolean }[] };
}

const rule = (id: string) => ({ kind: 'keyword', id, name: `端到端 ${id}`, terms: [`开挂测试${id}`], weight: 2 });

/** Sends a message the way our pages do: `browser.runtime` in Firefox, promise-returning `chrome.runtime` in MV3. */
function sendFromExtensionPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(async (payload) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const globals = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
    return (globals.browser ?? globals.chrome).runtime.sendMessage(payload);
  }, message as never);
}

async function storedRuleIds(page: Page): Promise<string[]> {
  const stored = (await readStorage(page, 'local', 'userRules')) as StoredRules | undefined;
  return (stored?.list.rules ?? []).map((stored) => stored.id);
}

describe.each(BROWSER_KINDS)('%s: only our extension pages change rules', (kind) => {
  let session: ExtensionBrowser;
  let options: Page;
  beforeAll(async () => {
    session = await launchExtensionBrowser(kind);
    options = await session.openExtensionPage('options.html');
    await writeStorage(options, 'local', { userRules: null, undoSnapshot: null });
  });
  afterAll(async () => session?.close());

  it('accepts commands from the options page and the popup, including many at once from both', async () => {
    expect(await sendFromExtensionPage(options, { type: 'rules/upsert', rules: [rule('first')] })).toEqual({ ok: true });
    expect(await storedRuleIds(options)).toEqual(['first']);
    // Our pages get errors as catalogue keys with their problems as values, which they word in their own language.
    const refused = await sendFromExtensionPage(options, { type: 'rules/upsert', rules: [{ kind: 'regex', id: 'bad', name: 'bad', pattern: '(?=x)' }] });
    expect(refused).toMatchObject({ ok: false, error: { key: 'error_rulesInvalid' } });
    expect(JSON.stringify(refused)).toContain('"problem_invalidRegex"');
    expect(JSON.stringify(refused)).toContain('"pattern"');

    const popup = await session.openExtensionPage('popup.html');
    const fromOptions = Array.from({ length: 15 }, (_, index) => sendFromExtensionPage(options, { type: 'rules/upsert', rules: [rule(`o${index}`)] }));
    const fromPopup = Array.from({ length: 15 }, (_, index) => sendFromExtensionPage(popup, { type: 'rules/upsert', rules: [rule(`p${index}`)] }));
    const results = await Promise.all([...fromOptions, ...fromPopup, sendFromExtensionPage(popup, { type: 'rules/set-enabled', id: 'first', enabled: false })]);
    expect(results.filter((result) => (result as { ok: boolean }).ok !== true)).toEqual([]);
    const ids = await storedRuleIds(options);
    expect(ids).toHaveLength(31);
    for (let index = 0; index < 15; index++) expect(ids).toEqual(expect.arrayContaining([`o${index}`, `p${index}`]));
    const stored = (await readStorage(options, 'local', 'userRules')) as StoredRules;
    expect(stored.list.rules.find((stored) => stored.id === 'first')?.enabled).toBe(false);
    await popup.close();
  });

  it('gives a web page no runtime.sendMessage to reach the extension with', async () => {
    const before = JSON.stringify(await readStorage(options, 'local', null));
    const page = await session.openPage(`${inject('fixtureOrigin')}/smoke.html`);
    await waitFor(async () => (await page.evaluate(() => document.documentElement.dataset.jingdu)) !== undefined, 'the content script');
    const extensionId = kind === 'chromium' ? new URL(session.extensionOrigin).host : GECKO_ID;
    const outcome = await page.evaluate(async (id) => {
      const globals = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: { runtime?: { sendMessage?: unknown } } };
      const sendMessage = globals.chrome?.runtime?.sendMessage ?? globals.browser?.runtime?.sendMessage;
      if (typeof sendMessage !== 'function') return 'unavailable';
      try {
        return `answered: ${JSON.stringify(await sendMessage(id, { type: 'rules/reset' }))}`;
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, extensionId);
    expect(outcome === 'unavailable' || outcome.startsWith('refused')).toBe(true);
    expect(JSON.stringify(await readStorage(options, 'local', null))).toBe(before);
    await page.close();
  });

  it.runIf(kind === 'chromium')('refuses privileged commands sent from our content script’s world', async () => {
    const page = await session.browser.newPage();
    const client = await page.createCDPSession();
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    client.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await client.send('Runtime.enable');
    await page.goto(`${inject('fixtureOrigin')}/smoke.html`, { waitUntil: 'load' });
    await waitFor(() => contexts.some((context) => context.origin === session.extensionOrigin), 'the content script’s world');
    const contentScriptWorld = contexts.find((context) => context.origin === session.extensionOrigin && context.auxData?.type === 'isolated')!;
    const sendFromContentScript = async (message: unknown) => {
      const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
        contextId: contentScriptWorld.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        awaitPromise: true,
        returnByValue: true,
      });
      expect(exceptionDetails).toBeUndefined();
      return result.value as unknown;
    };

    const before = JSON.stringify(await readStorage(options, 'local', null));
    for (const command of [
      { type: 'rules/upsert', rules: [rule('from-page')] },
      { type: 'rules/import', list: { format: 'jingdu-rules', version: 1, rules: [] }, mode: 'replace' },
      { type: 'rules/reset' },
      { type: 'settings/update', patch: { enabled: false } },
    ]) {
      // A content script gets text in the browser's language (headless Chromium: English).
      expect(await sendFromContentScript(command)).toEqual({ ok: false, error: expect.stringMatching(/^(已拒绝|Refused)/) });
    }
    expect(await sendFromContentScript({ type: 'picker/save-rule', sessionId: 'guessed', rule: { kind: 'site', id: 'x', name: 'x', hosts: ['127.0.0.1'], hideSelectors: ['p'] } })).toEqual({
      ok: false,
      error: expect.stringMatching(/^(选取已失效|The pick has expired)/),
    });
    expect(await sendFromContentScript({ type: 'badge/set-count', count: 2 })).toEqual({ ok: true });
    expect(JSON.stringify(await readStorage(options, 'local', null))).toBe(before);
    await page.close();
  });
});
