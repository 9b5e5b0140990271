import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { PageQuery, PageStatus, PrivilegedCommand } from '@/src/messages';
import { startPopup } from '@/src/ui/popup/start-popup';

import { useLocaleMessages } from './use-locale-messages';

const HOSTILE = '<img src=x onerror="globalThis.hacked=1">';

const STATUS: PageStatus = {
  host: 'news.example.com',
  active: true,
  hiddenItems: [
    {
      itemId: 'item-1',
      title: '9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器',
      score: 9.5,
      reasons: [{ source: 'keyword', id: 'default:cheat-terms', name: '外挂用语', terms: ['开挂', '透视'], delta: 4 }],
      bySelector: false,
      revealed: false,
    },
    { itemId: 'item-2', title: HOSTILE, score: 0, reasons: [], bySelector: true, revealed: false },
  ],
};

describe('popup', () => {
  let root: HTMLElement;
  let commands: PrivilegedCommand[];
  let queries: PageQuery[];
  let pageAnswer: () => unknown;
  /** Frames other than the top one with collapsed items, as the background names them, and their statuses. */
  let itemFrames: Record<number, PageStatus>;
  let frameQueries: { frameId: number | undefined; query: PageQuery }[];

  beforeEach(async () => {
    fakeBrowser.reset();
    useLocaleMessages();
    commands = [];
    queries = [];
    pageAnswer = () => STATUS;
    itemFrames = {};
    frameQueries = [];
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/a', active: true });
    (fakeBrowser.tabs as unknown as { query: unknown }).query = vi.fn(async () => [tab]);
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(
      async (_tabId: number, query: PageQuery, options?: { frameId?: number }) => {
        const frameId = options?.frameId;
        if (frameId !== undefined && frameId !== 0) {
          frameQueries.push({ frameId, query });
          return { ok: true, value: query.type === 'page/get-status' ? itemFrames[frameId] : undefined };
        }
        queries.push(query);
        // As the content script answers: a CommandResult.
        return { ok: true, value: query.type === 'page/get-status' ? pageAnswer() : undefined };
      },
    );
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (command: PrivilegedCommand) => {
      // The frame question is asked on every refresh: answered here, not recorded with the user's commands.
      if (command.type === 'tab/get-item-frames') return { ok: true, value: Object.keys(itemFrames).map(Number) };
      commands.push(command);
      return { ok: true, value: undefined };
    });
    root = document.createElement('main');
    document.body.replaceChildren(root);
  });

  afterEach(() => {
    window.dispatchEvent(new Event('pagehide'));
  });

  it('lists the collapsed items with their reasons, page text as text only', async () => {
    await startPopup(root);
    expect(root.querySelector('[data-testid=hidden-count]')?.textContent).toBe('本页折叠了 2 条');
    const items = [...root.querySelectorAll('.hidden-item')];
    expect(items.map((item) => item.querySelector('.item-title')?.textContent)).toEqual([STATUS.hiddenItems[0]!.title, HOSTILE]);
    expect(items[0]!.querySelector('.reason-name')?.textContent).toBe('外挂用语');
    expect(items[0]!.querySelector('.reason-delta')?.textContent).toBe('+4');
    expect(root.querySelector('img')).toBeNull();
    // An item hidden by a selector was never judged: it can be shown, not marked "not spam".
    expect(items[1]!.querySelector('.item-not-spam')).toBeNull();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('names a default rule’s reason in the browser’s language', async () => {
    useLocaleMessages('en');
    await startPopup(root);
    expect(root.querySelector('.hidden-item .reason-name')?.textContent).toBe('Cheat-tool terms');
  });

  it('switches Jingdu off and pauses the site through background commands', async () => {
    await startPopup(root);
    root.querySelector<HTMLButtonElement>('[data-testid=global-switch]')!.click();
    root.querySelector<HTMLButtonElement>('[data-testid=pause-switch]')!.click();
    await vi.waitFor(() => expect(commands).toHaveLength(2));
    expect(commands).toEqual([
      { type: 'settings/update', patch: { enabled: false } },
      { type: 'settings/set-host-paused', host: 'news.example.com', paused: true },
    ]);
    expect(root.querySelector('[data-testid=global-switch]')?.getAttribute('aria-checked')).toBe('false');
  });

  // The background answers with a catalogue key; the popup words it in the browser's language (issue: the English
  // popup used to show the background's Chinese text).
  it.each([
    ['zh_CN', '出错了：存储空间不足，没有保存，原来的规则保持不变。'],
    ['en', 'Something went wrong: Not enough storage space: nothing was saved, and your previous rules are unchanged.'],
  ] as const)('puts a switch back and shows the error when the background refuses (%s)', async (locale, shown) => {
    useLocaleMessages(locale);
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ ok: false, error: { key: 'error_storageFull' } }));
    await startPopup(root);
    const toggle = root.querySelector<HTMLButtonElement>('[data-testid=global-switch]')!;
    toggle.click();
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toContain(shown));
    expect(root.querySelector('[role=status]')?.textContent).not.toMatch(locale === 'en' ? /[\u4e00-\u9fff]/ : /Something/);
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('shows an answer it cannot read as "no answer", not as whatever came back', async () => {
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => ({ ok: false, error: '<b>text</b>' }));
    await startPopup(root);
    root.querySelector<HTMLButtonElement>('[data-testid=global-switch]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role=status]')?.textContent).toContain('后台没有回应'));
  });

  it('"not spam" saves an allow rule for the site, shows the item, and can be undone', async () => {
    await startPopup(root);
    root.querySelector<HTMLButtonElement>('.item-not-spam')!.click();
    await vi.waitFor(() => expect(root.querySelector('.status-action')).not.toBeNull());
    const upsert = commands[0] as Extract<PrivilegedCommand, { type: 'rules/upsert' }>;
    expect(upsert.type).toBe('rules/upsert');
    expect(upsert.rules[0]).toMatchObject({
      kind: 'allow',
      hosts: ['news.example.com'],
      terms: [STATUS.hiddenItems[0]!.title],
      alwaysShow: true,
    });
    expect(queries).toContainEqual({ type: 'page/set-item-revealed', itemId: 'item-1', revealed: true });

    root.querySelector<HTMLButtonElement>('.status-action')!.click();
    const id = (upsert.rules[0] as { id: string }).id;
    await vi.waitFor(() => expect(commands).toContainEqual({ type: 'rules/delete', ids: [id] }));
    await vi.waitFor(() => expect(queries).toContainEqual({ type: 'page/set-item-revealed', itemId: 'item-1', revealed: false }));
  });

  it('lists the items of frames with collapsed items too, and shows or allows each in its own frame and site', async () => {
    const widgetItem = { ...STATUS.hiddenItems[0]!, itemId: 'frame-item-1', title: '两分钟辅助"心悦海南辅助"原先有开挂透视辅助工具' };
    itemFrames = { 7: { host: 'widgets.example.net', active: true, hiddenItems: [widgetItem] } };
    await startPopup(root);
    expect(root.querySelector('[data-testid=hidden-count]')?.textContent).toBe('本页折叠了 3 条');
    const items = [...root.querySelectorAll('.hidden-item')];
    expect(items.map((item) => item.querySelector('.item-title')?.textContent)).toContain(widgetItem.title);

    const frameEntry = items.find((item) => item.querySelector('.item-title')?.textContent === widgetItem.title)!;
    // Said where it comes from; the page's own items are not.
    expect(frameEntry.querySelector('.item-meta')?.textContent).toContain('来自页面中嵌入的 widgets.example.net');
    expect(items[0]!.querySelector('.item-meta')?.textContent).not.toContain('来自');
    frameEntry.querySelector<HTMLButtonElement>('.item-not-spam')!.click();
    await vi.waitFor(() => expect(commands.some((command) => command.type === 'rules/upsert')).toBe(true));
    const upsert = commands.find((command) => command.type === 'rules/upsert') as Extract<PrivilegedCommand, { type: 'rules/upsert' }>;
    expect(upsert.rules[0]).toMatchObject({ kind: 'allow', hosts: ['widgets.example.net'], terms: [widgetItem.title] });
    await vi.waitFor(() =>
      expect(frameQueries).toContainEqual({ frameId: 7, query: { type: 'page/set-item-revealed', itemId: 'frame-item-1', revealed: true } }),
    );
    expect(queries.filter((query) => query.type === 'page/set-item-revealed')).toEqual([]);
  });

  it('says so when the tab has no content script, instead of failing', async () => {
    pageAnswer = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await startPopup(root);
    expect(root.querySelector('[data-testid=hidden-count]')?.textContent).toMatch(/不能在这个页面上运行/);
    expect(root.querySelector<HTMLButtonElement>('[data-testid=pause-switch]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-testid=start-picker]')?.disabled).toBe(true);
  });

  it('starts the picker for the tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await startPopup(root);
    root.querySelector<HTMLButtonElement>('[data-testid=start-picker]')!.click();
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(commands).toEqual([{ type: 'picker/start', tabId: expect.any(Number) }]);
  });
});
