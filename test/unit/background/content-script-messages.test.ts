import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { MessageSender } from '@/src/background/is-privileged-sender';
import { PICKER_SESSION_LIFETIME_MS } from '@/src/background/picker-sessions';

import { CONTENT_SCRIPT, createContext, keyword, localSnapshot, OPTIONS_PAGE, send, sendOk, storedUserRules, TAB_ID } from './background-support';

const pickedRule = (fields: object = {}) => ({
  kind: 'site',
  id: 'user:picked-1',
  name: '选取：news.example.com 的 .ad',
  hosts: ['news.example.com'],
  hideSelectors: ['.ad'],
  ...fields,
});

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('privileged commands from a content script', () => {
  it.each([
    { type: 'rules/upsert', rules: [keyword('evil')] },
    { type: 'rules/import', list: { format: 'jingdu-rules', version: 1, rules: [] }, mode: 'replace' },
    { type: 'rules/reset' },
    { type: 'settings/update', patch: { enabled: false } },
    { type: 'picker/start', tabId: TAB_ID },
    { type: 'tab/get-item-frames', tabId: TAB_ID },
    { type: 'rules/upsert', rules: 'not even the right shape' },
  ])('$type is refused and changes nothing', async (command) => {
    const context = createContext();
    const before = await localSnapshot();
    expect(await send(context, command, CONTENT_SCRIPT)).toEqual({ ok: false, error: expect.stringContaining('已拒绝') });
    expect(await localSnapshot()).toBe(before);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('leaves messages that are not ours unanswered, and answers malformed ones of ours with an error', async () => {
    const context = createContext();
    const { handleBackgroundMessage } = await import('@/src/background/handle-background-message');
    expect(handleBackgroundMessage({ type: 'page/get-status' }, OPTIONS_PAGE, context)).toBeUndefined();
    expect(handleBackgroundMessage('hello', OPTIONS_PAGE, context)).toBeUndefined();
    expect(handleBackgroundMessage({ type: '__proto__' }, OPTIONS_PAGE, context)).toBeUndefined();
    expect(await send(context, { type: 'badge/set-count', count: -1 }, CONTENT_SCRIPT)).toEqual({ ok: false, error: '消息 badge/set-count 的格式不对：count' });
  });
});

describe('badge/set-count', () => {
  it('shows the tab’s count, summed over its frames, empty at zero', async () => {
    const context = createContext();
    const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB_ID });
    await sendOk(context, { type: 'badge/set-count', count: 3 }, CONTENT_SCRIPT);
    expect(await badge()).toBe('3');
    await sendOk(context, { type: 'badge/set-count', count: 2 }, { ...CONTENT_SCRIPT, frameId: 4, url: 'https://widgets.example.com/hot.html' });
    expect(await badge()).toBe('5');
    await sendOk(context, { type: 'badge/set-count', count: 0 }, CONTENT_SCRIPT);
    expect(await badge()).toBe('2');
    await context.badge.forgetTab(TAB_ID);
    await sendOk(context, { type: 'badge/set-count', count: 0 }, CONTENT_SCRIPT);
    expect(await badge()).toBe('');
    await sendOk(context, { type: 'badge/set-count', count: 12_345 }, CONTENT_SCRIPT);
    expect(await badge()).toBe('999+');
  });

  it('names the frames other than the top one that count items, for the popup', async () => {
    const context = createContext();
    const frame = (frameId: number) => ({ ...CONTENT_SCRIPT, frameId, url: 'https://widgets.example.com/hot.html' });
    await sendOk(context, { type: 'badge/set-count', count: 3 }, CONTENT_SCRIPT);
    await sendOk(context, { type: 'badge/set-count', count: 2 }, frame(4));
    await sendOk(context, { type: 'badge/set-count', count: 1 }, frame(9));
    await sendOk(context, { type: 'badge/set-count', count: 0 }, frame(9));
    expect(await send(context, { type: 'tab/get-item-frames', tabId: TAB_ID })).toEqual({ ok: true, value: [4] });
    expect(await send(context, { type: 'tab/get-item-frames', tabId: TAB_ID + 1 })).toEqual({ ok: true, value: [] });

    // A Chromium service worker stopped after 30 s idle starts again with nothing in memory; the quiet page's frames
    // report nothing new, yet the popup still finds their items and the next report keeps the sum right.
    const restarted = createContext();
    expect(await send(restarted, { type: 'tab/get-item-frames', tabId: TAB_ID })).toEqual({ ok: true, value: [4] });
    await sendOk(restarted, { type: 'badge/set-count', count: 1 }, CONTENT_SCRIPT);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB_ID })).toBe('3');
    await restarted.badge.forgetTab(TAB_ID);
    expect(await send(createContext(), { type: 'tab/get-item-frames', tabId: TAB_ID })).toEqual({ ok: true, value: [] });
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const context = createContext();
    const setBadgeText = vi.fn(async () => undefined);
    const browser = fakeBrowser as unknown as { action?: unknown; browserAction?: unknown };
    const action = browser.action;
    browser.action = undefined;
    browser.browserAction = { setBadgeText };
    try {
      await sendOk(context, { type: 'badge/set-count', count: 4 }, CONTENT_SCRIPT);
    } finally {
      browser.action = action;
      delete browser.browserAction;
    }
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: TAB_ID, text: '4' });
  });

  it('is refused from a sender that is not a content script in a tab', async () => {
    expect(await send(createContext(), { type: 'badge/set-count', count: 1 }, OPTIONS_PAGE)).toMatchObject({ ok: false });
  });
});

describe('the picker: picker/start, then picker/save-rule', () => {
  function startPicker() {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const context = createContext();
    return { context, sendMessage, start: () => send(context, { type: 'picker/start', tabId: TAB_ID }) };
  }
  const sessionIdOf = (sendMessage: ReturnType<typeof startPicker>['sendMessage']) =>
    (sendMessage.mock.calls.at(-1)![1] as { sessionId: string }).sessionId;

  it('starts a session in the tab’s top frame and saves one site rule for exactly that host, once', async () => {
    const { context, sendMessage, start } = startPicker();
    await expect(start()).resolves.toEqual({ ok: true, value: undefined });
    expect(sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'page/start-picker', sessionId: expect.any(String) }, { frameId: 0 });
    const sessionId = sessionIdOf(sendMessage);
    await sendOk(context, { type: 'picker/save-rule', sessionId, rule: pickedRule() }, CONTENT_SCRIPT);
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['user:picked-1']);
    expect(await send(context, { type: 'picker/save-rule', sessionId, rule: pickedRule({ id: 'user:picked-2' }) }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: expect.stringContaining('选取已失效'),
    });
  });

  const refusals: [string, (sessionId: string) => unknown, MessageSender, string][] = [
    ['no session', () => 'made-up', CONTENT_SCRIPT, '选取已失效'],
    ['another tab', (sessionId) => sessionId, { ...CONTENT_SCRIPT, tab: { id: 8 } as Browser.tabs.Tab }, '选取已失效'],
    ['a sub-frame', (sessionId) => sessionId, { ...CONTENT_SCRIPT, frameId: 2 }, '顶层页面'],
  ];
  it.each(refusals)('refuses a save with %s', async (_name, sessionIdFor, sender, error) => {
    const { context, sendMessage, start } = startPicker();
    await start();
    const before = await localSnapshot();
    const result = await send(context, { type: 'picker/save-rule', sessionId: sessionIdFor(sessionIdOf(sendMessage)), rule: pickedRule() }, sender);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(error) });
    expect(await localSnapshot()).toBe(before);
  });

  it.each([
    ['another host', pickedRule({ hosts: ['evil.example.com'] }), '只能用于当前网站'],
    ['every host', pickedRule({ hosts: ['*'] }), '只能用于当前网站'],
    ['an extra host', pickedRule({ hosts: ['news.example.com', 'other.com'] }), '只能用于当前网站'],
    ['a keyword rule', keyword('user:picked-1', { hosts: ['news.example.com'] }), '格式不对'],
    ['an existing id', pickedRule({ id: 'kept' }), 'id 已被占用'],
  ])('refuses a picked rule for %s, and the session is used up', async (_name, rule, error) => {
    const { context, sendMessage, start } = startPicker();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('kept')] });
    await start();
    const sessionId = sessionIdOf(sendMessage);
    const before = await localSnapshot();
    expect(await send(context, { type: 'picker/save-rule', sessionId, rule }, CONTENT_SCRIPT)).toMatchObject({ ok: false, error: expect.stringContaining(error) });
    expect(await localSnapshot()).toBe(before);
    expect(await send(context, { type: 'picker/save-rule', sessionId, rule: pickedRule() }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
  });

  it('refuses a session after five minutes', async () => {
    const { context, sendMessage, start } = startPicker();
    await start();
    context.clock.now += PICKER_SESSION_LIFETIME_MS + 1;
    const result = await send(context, { type: 'picker/save-rule', sessionId: sessionIdOf(sendMessage), rule: pickedRule() }, CONTENT_SCRIPT);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('选取已失效') });
  });

  it('says so when the tab cannot run the picker, and leaves no session behind', async () => {
    const { context, sendMessage, start } = startPicker();
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await start()).toMatchObject({ ok: false, error: expect.stringContaining('不能使用选取工具') });
    const sessionId = sessionIdOf(sendMessage);
    expect(await send(context, { type: 'picker/save-rule', sessionId, rule: pickedRule() }, CONTENT_SCRIPT)).toMatchObject({ ok: false });
  });
});
