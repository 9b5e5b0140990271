import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { PrivilegedCommand } from '@/src/messages';
import { startOptions } from '@/src/ui/options/start-options';

import { useLocaleMessages } from './use-locale-messages';

const HOSTILE_NAME = '<img src=x onerror="globalThis.hacked=1">';

function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('options page', () => {
  let root: HTMLElement;
  let commands: PrivilegedCommand[];

  beforeEach(async () => {
    fakeBrowser.reset();
    useLocaleMessages();
    commands = [];
    (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (command: PrivilegedCommand) => {
      commands.push(command);
      return { ok: true, value: undefined };
    });
    root = document.createElement('main');
    document.body.replaceChildren(root);
  });

  const field = (form: Element, key: string) => form.querySelector<HTMLInputElement>(`[data-field="${key}"]`)!;
  const errorOf = (form: Element, key: string) => form.querySelector(`[data-error-for="${key}"]`)?.textContent;

  it('creates a keyword rule: the reason shows at the field while invalid, and only a valid rule is sent', async () => {
    await startOptions(root);
    root.querySelector<HTMLButtonElement>('[data-testid=new-keyword-rule]')!.click();
    const form = root.querySelector('form.rule-editor')!;
    expect(document.activeElement).toBe(field(form, 'name'));

    form.querySelector<HTMLButtonElement>('[data-testid=save]')!.click();
    await Promise.resolve();
    expect(commands).toEqual([]);
    expect(errorOf(form, 'name')).toMatch(/名称不能为空/);
    expect(field(form, 'name').getAttribute('aria-invalid')).toBe('true');

    type(field(form, 'name'), '我的外挂词');
    type(field(form, 'terms'), '上分神器\n\n开挂软件');
    expect(errorOf(form, 'name')).toBe('');
    form.querySelector<HTMLButtonElement>('[data-testid=save]')!.click();
    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands[0]).toMatchObject({
      type: 'rules/upsert',
      rules: [{ kind: 'keyword', name: '我的外挂词', terms: ['上分神器', '开挂软件'], enabled: true }],
    });
    await vi.waitFor(() => expect(root.querySelector('form.rule-editor')).toBeNull());
  });

  it('refuses a regex RE2 cannot run and a selector the browser cannot parse', async () => {
    await startOptions(root);
    root.querySelector<HTMLButtonElement>('[data-testid=new-regex-rule]')!.click();
    let form = root.querySelector('form.rule-editor')!;
    type(field(form, 'pattern'), '(?<=辅助)开挂');
    expect(errorOf(form, 'pattern')).toMatch(/正则/);
    form.querySelector<HTMLButtonElement>('[data-testid=cancel]')!.click();

    root.querySelector<HTMLButtonElement>('[data-testid=new-site-rule]')!.click();
    form = root.querySelector('form.rule-editor')!;
    type(field(form, 'hosts'), 'news.example.com\nhttps://x/');
    type(field(form, 'itemSelectors'), '.hot li\nli[');
    expect(errorOf(form, 'hosts')).toMatch(/^第 2 行/);
    expect(errorOf(form, 'itemSelectors')).toMatch(/^第 2 行：不是有效的 CSS 选择器/);
    form.querySelector<HTMLButtonElement>('[data-testid=save]')!.click();
    await Promise.resolve();
    expect(commands).toEqual([]);
  });

  it('previews a pasted filter list, with the lines it does not understand, before importing', async () => {
    await startOptions(root);
    const text = root.querySelector<HTMLTextAreaElement>('[data-testid=import-text]')!;
    type(text, ['! comment', 'news.example.com##.hot-news li:has-text(开挂)', 'example.com##+js(nowebrtc)', ''].join('\n'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid=import-summary]')).not.toBeNull());
    expect(root.querySelector('[data-testid=import-summary]')!.textContent).toMatch(/无法识别 1 行/);
    expect(root.querySelector('[data-testid=import-rejected] li')!.textContent).toMatch(/^第 3 行/);
    const confirm = root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!;
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await vi.waitFor(() => expect(commands).toHaveLength(1));
    expect(commands[0]).toMatchObject({ type: 'rules/import', mode: 'merge' });
  });

  it.each([
    ['zh_CN', '第 1 行第 54 列：这里应是一个值，却是「}」（最后一项后面不能有逗号）', 'rules[0].weight：应为数字，实际是文本'],
    ['en', 'Line 1, column 54: Expected a value here, not “}” (there must be no comma after the last item)', 'rules[0].weight: Should be a number, but is text'],
  ] as const)('refuses a broken file with its problems, in the page’s language (%s), and offers nothing to import', async (locale, syntax, schema) => {
    useLocaleMessages(locale);
    await startOptions(root);
    const text = root.querySelector<HTMLTextAreaElement>('[data-testid=import-text]')!;
    const problem = () => root.querySelector('.import-preview .problems li')?.textContent;
    type(text, '{ "format": "jingdu-rules", "version": 1, "rules": [ }');
    await vi.waitFor(() => expect(root.querySelector('[data-testid=import-refused]')).not.toBeNull());
    expect(problem()).toBe(syntax);
    expect(root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.disabled).toBe(true);
    type(text, JSON.stringify({ format: 'jingdu-rules', version: 1, rules: [{ kind: 'keyword', id: 'a', name: 'a', terms: ['x'], weight: '5' }] }));
    await vi.waitFor(() => expect(problem()).toBe(schema));
    expect(commands).toEqual([]);
  });

  it.each([
    ['zh_CN', '稳赢话术', '棋牌游戏名', '稳赢话术（副本）'],
    ['en', 'Sure-win claims', 'Card and board game names', 'Sure-win claims (copy)'],
  ] as const)('shows default rules and keyword sets under their names in the page’s language (%s)', async (locale, rule, set, copy) => {
    useLocaleMessages(locale);
    await startOptions(root);
    const row = root.querySelector('[data-rule-id="default:win-claims"]')!;
    expect(row.querySelector('.rule-name')?.textContent).toBe(rule);
    expect(root.querySelector('[data-set-id="default:set:games"] .rule-name')?.textContent).toBe(set);
    row.querySelector<HTMLButtonElement>('button[data-focus-key^="copy:"]')!.click();
    expect(field(root.querySelector('form.rule-editor')!, 'name').value).toBe(copy);
  });

  it('shows a hostile rule name as text everywhere', async () => {
    await fakeBrowser.storage.local.set({
      userRules: {
        list: {
          format: 'jingdu-rules',
          version: 1,
          keywordSets: [],
          rules: [{ kind: 'keyword', id: 'user:x', name: HOSTILE_NAME, terms: ['开挂'], weight: 5 }],
        },
        ruleTimes: {},
      },
      userRules$: { v: 2 },
    });
    await startOptions(root);
    const row = root.querySelector('[data-rule-id="user:x"]');
    expect(row?.querySelector('.rule-name')?.textContent).toBe(HOSTILE_NAME);
    expect(root.querySelector('img')).toBeNull();
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
  });

  it('refuses an import that would pass 100,000 rules before the user can confirm it', async () => {
    const rule = (index: number) => ({ kind: 'keyword', id: `mine-${index}`, name: `规则 ${index}`, terms: [`词${index}`] });
    await fakeBrowser.storage.local.set({
      userRules: { list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [rule(1), rule(2)] }, ruleTimes: {} },
      userRules$: { v: 2 },
    });
    await startOptions(root);
    const rules = Array.from({ length: 100_000 }, (_, index) => ({ kind: 'keyword', id: `k${index}`, name: `导入 ${index}`, terms: [`导入词${index}`] }));
    type(root.querySelector<HTMLTextAreaElement>('[data-testid=import-text]')!, JSON.stringify({ format: 'jingdu-rules', version: 1, rules }));
    await vi.waitFor(() => expect(root.querySelector('[data-testid=import-refused]')).not.toBeNull(), { timeout: 10_000 });
    expect(root.querySelector('.import-preview .problems li')?.textContent).toBe(
      '导入后共有 100,002 条规则，超过 100,000 条的上限，没有导入。可以改用“替换”，或先删除一些规则。',
    );
    expect(root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.disabled).toBe(true);
    // Replace instead: within the limit, offered.
    root.querySelector<HTMLInputElement>('[data-testid=import-mode-replace]')!.click();
    await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.disabled).toBe(false));
    expect(commands).toEqual([]);
  }, 30_000);

  it('tests a headline once the tester’s engine has loaded, then answers at once', async () => {
    await startOptions(root);
    const title = root.querySelector<HTMLTextAreaElement>('[data-testid=tester-title]')!;
    type(title, '9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)');
    await vi.waitFor(() => expect(root.querySelector('[data-testid=tester-verdict]')?.hasAttribute('data-spam')).toBe(true));
    type(title, '新能源汽车11月销量同比增长三成');
    // Loaded: synchronous from now on.
    expect(root.querySelector('[data-testid=tester-verdict]')?.hasAttribute('data-spam')).toBe(false);
  });

  // One helper builds the row buttons of both lists (create-row-actions.ts): the same names, keys and undo in each.
  it.each([
    ['a rule', '[data-rule-id="user:r"]', { type: 'rules/upsert', rules: [expect.objectContaining({ id: 'user:r' })] }, '已删除「我的规则」。'],
    ['a keyword set', '[data-set-id="user:s"]', { type: 'rules/upsert', rules: [], keywordSets: [expect.objectContaining({ id: 'user:s' })] }, '已删除词集「我的词集」。'],
  ])('deletes %s of the user’s with undo, and offers only a copy of a default one', async (_name, rowSelector, restore, done) => {
    await fakeBrowser.storage.local.set({
      userRules: {
        list: {
          format: 'jingdu-rules',
          version: 1,
          keywordSets: [{ id: 'user:s', name: '我的词集', terms: ['麻将'] }],
          rules: [{ kind: 'keyword', id: 'user:r', name: '我的规则', terms: ['开挂'] }],
        },
        ruleTimes: {},
      },
      userRules$: { v: 2 },
    });
    await startOptions(root);
    const row = root.querySelector(rowSelector)!;
    const labels = [...row.querySelectorAll('.rule-actions button[data-focus-key]')].map((button) => button.getAttribute('aria-label'));
    expect(labels.filter((label) => label?.includes('我的'))).toHaveLength(2);
    row.querySelector<HTMLButtonElement>('button.danger')!.click();
    await vi.waitFor(() => expect(root.querySelector('.status-action')).not.toBeNull());
    expect(root.querySelector('.status-line .status-text')?.textContent).toBe(done);
    expect(commands).toEqual([{ type: 'rules/delete', ids: [rowSelector.match(/"(.*)"/)![1]] }]);
    root.querySelector<HTMLButtonElement>('.status-action')!.click();
    await vi.waitFor(() => expect(commands).toHaveLength(2));
    expect(commands[1]).toEqual(restore);
    const defaultRow = row.closest('ul')!.querySelector('.rule-row[data-origin=default]')!;
    expect([...defaultRow.querySelectorAll('.rule-actions button[data-focus-key^="copy:"]')]).toHaveLength(1);
    expect(defaultRow.querySelector('button.danger')).toBeNull();
  });

  it.each([
    ['zh_CN', /^可以撤销上次的操作：导入规则（替换）：新增 2 条，修改 1 条，移除 3 条（.+）$/],
    ['en', /^You can undo the last change: import \(replace\): 2 added, 1 changed, 3 removed \(.+\)$/],
  ] as const)('words what 撤销 would undo in the page’s language (%s)', async (locale, shown) => {
    useLocaleMessages(locale);
    await fakeBrowser.storage.local.set({
      undoSnapshot: {
        action: { kind: 'import', mode: 'replace', added: 2, changed: 1, removed: 3 },
        takenAt: 7,
        userRules: { list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [] }, ruleTimes: {} },
        defaultRuleState: { disabledIds: [], seenVersion: 1 },
      },
      undoSnapshot$: { v: 2 },
    });
    await startOptions(root);
    const bar = root.querySelector<HTMLElement>('#import .undo-bar')!;
    await vi.waitFor(() => expect(bar.hidden).toBe(false));
    expect(bar.querySelector('span')?.textContent).toMatch(shown);
  });

  describe('the notice that the default list was updated', () => {
    it('says which version arrived; dismissing it tells the background and moves focus to the page heading', async () => {
      await fakeBrowser.storage.local.set({ defaultsNotice: { version: 7 }, defaultsNotice$: { v: 1 } });
      await startOptions(root);
      const notice = root.querySelector<HTMLElement>('[data-testid=defaults-notice]')!;
      await vi.waitFor(() => expect(notice.hidden).toBe(false));
      expect(notice.getAttribute('role')).toBe('region');
      expect(notice.getAttribute('aria-label')).toBe('默认规则更新');
      expect(notice.querySelector('[role=status]')?.textContent).toBe('默认规则已更新到第 7 版。你自己的规则和对默认规则的开关都没有改动。');
      const dismiss = notice.querySelector<HTMLButtonElement>('[data-testid=defaults-notice-dismiss]')!;
      dismiss.focus();
      dismiss.click();
      await vi.waitFor(() => expect(notice.hidden).toBe(true));
      expect(commands).toEqual([{ type: 'rules/dismiss-defaults-notice' }]);
      expect(document.activeElement).toBe(root.querySelector('h1'));
    });

    it('is not there without one', async () => {
      await startOptions(root);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(root.querySelector<HTMLElement>('[data-testid=defaults-notice]')!.hidden).toBe(true);
    });
  });
});
