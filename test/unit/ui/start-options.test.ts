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

  it('refuses a broken file with its problems and offers nothing to import', async () => {
    await startOptions(root);
    type(root.querySelector<HTMLTextAreaElement>('[data-testid=import-text]')!, '{ "format": "jingdu-rules", "version": 1, "rules": [ }');
    await vi.waitFor(() => expect(root.querySelector('[data-testid=import-refused]')).not.toBeNull());
    expect(root.querySelector('.import-preview .problems li')?.textContent).toMatch(/行/);
    expect(root.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.disabled).toBe(true);
    expect(commands).toEqual([]);
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
});
