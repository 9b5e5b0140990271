import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import type { RuleList } from '@/src/engine/rule-schema';
import { createSwitch } from '@/src/ui/create-switch';
import { formatDelta, renderReasons } from '@/src/ui/describe-reason';
import { element } from '@/src/ui/dom';
import { documentLanguage, nameOf } from '@/src/ui/i18n';
import { filterRuleEntries, listRuleEntries } from '@/src/ui/options/list-rule-entries';
import { createAllowRule } from '@/src/ui/popup/create-allow-rule';
import { isHostPaused } from '@/src/ui/popup/is-host-paused';
import { replaceKeepingFocus } from '@/src/ui/replace-keeping-focus';

import { useLocaleMessages } from './use-locale-messages';

beforeEach(() => {
  fakeBrowser.reset();
  useLocaleMessages();
});

describe('createAllowRule ("not spam")', () => {
  it('keeps the title, one line, as an always-show term limited to the site', () => {
    const rule = createAllowRule({ title: '  多地出台措施\n支持老旧小区加装电梯 ' }, 'News.Example.com');
    expect(rule).toMatchObject({
      kind: 'allow',
      hosts: ['news.example.com'],
      terms: ['多地出台措施 支持老旧小区加装电梯'],
      alwaysShow: true,
      name: '不是垃圾：多地出台措施 支持老旧小区加装电梯',
    });
  });

  it.each([
    ['a long title is cut to the term limit', 'x'.repeat(500), 'example.com', (rule: { terms: string[]; hosts: string[] }) => expect(rule.terms[0]).toHaveLength(200)],
    ['a host no pattern can name leaves the rule on every site', '标题', '[::1]', (rule: { terms: string[]; hosts: string[] }) => expect(rule.hosts).toEqual([])],
  ])('%s', (_, title, host, check) => {
    check(createAllowRule({ title }, host)!);
  });

  it('makes no rule for an item without a title', () => {
    expect(createAllowRule({ title: ' \n ' }, 'example.com')).toBeUndefined();
  });
});

describe('isHostPaused', () => {
  it.each([
    [['example.com'], 'example.com', true],
    [['example.com'], 'news.example.com', true],
    [['*.example.com'], 'example.com', false],
    [['*.example.com'], 'news.example.com', true],
    [['*'], 'anything.org', true],
    [['example.com'], 'notexample.com', false],
    [[], 'example.com', false],
  ])('%j pauses %s: %s', (patterns, host, expected) => {
    expect(isHostPaused(patterns, host)).toBe(expected);
  });
});

describe('rule list view', () => {
  const user: RuleList = {
    format: 'jingdu-rules',
    version: 1,
    keywordSets: [],
    rules: [
      { kind: 'regex', id: 'user:r', name: '几分钟开挂', enabled: false, hosts: ['news.example.com'], pattern: '\\d+分钟开挂', ignoreCase: true, matchNormalized: true, weight: 10 },
    ],
  };
  const disabledDefault = DEFAULT_RULE_LIST.rules[0]!.id;
  const entries = listRuleEntries({ userRules: user, defaultRules: DEFAULT_RULE_LIST, defaultRuleState: { disabledIds: [disabledDefault] } });

  it('lists user rules first, and a switched-off default as not in effect', () => {
    expect(entries[0]).toMatchObject({ origin: 'user', isEnabled: false });
    expect(entries.find((entry) => entry.item.id === disabledDefault)).toMatchObject({ origin: 'default', isEnabled: false });
  });

  it.each([
    [{ text: '分钟开挂', kind: 'all', origin: 'all' }, ['user:r']],
    [{ text: 'NEWS.example', kind: 'all', origin: 'all' }, ['user:r']],
    [{ text: '', kind: 'regex', origin: 'user' }, ['user:r']],
    [{ text: '分钟开挂', kind: 'keyword', origin: 'all' }, []],
  ] as const)('filters by %j', (filter, ids) => {
    expect(filterRuleEntries(entries, filter, (rule) => rule.name).map((entry) => entry.item.id)).toEqual(ids);
  });

  it('finds a default rule by the name it shows in the page’s language, and by its stored name', () => {
    useLocaleMessages('en');
    const search = (text: string) => filterRuleEntries(entries, { text, kind: 'all', origin: 'default' }, nameOf).map((entry) => entry.item.id);
    expect(search('sure-win claims')).toEqual(['default:win-claims']);
    expect(search('稳赢话术')).toEqual(['default:win-claims']);
  });
});

describe('reasons', () => {
  it.each([
    [4, '+4'],
    [-2.5, '−2.5'],
    [0.04, '+0'],
  ])('formats %s as %s', (delta, text) => {
    expect(formatDelta(delta)).toBe(text);
  });

  it('shows the strongest reasons and keeps the rest behind a disclosure', () => {
    const reasons = [5, 4, 3, 2, 1].map((delta) => ({ source: 'keyword' as const, id: `k${delta}`, name: `规则${delta}`, terms: [], delta }));
    const block = renderReasons(reasons, 3);
    expect(block.querySelectorAll(':scope > ul > li')).toHaveLength(3);
    expect(block.querySelector('details summary')?.textContent).toBe('另有 2 条原因');
    expect(block.querySelectorAll('details li')).toHaveLength(2);
  });

  it.each([
    ['zh_CN', '外挂推广模板'],
    ['en', 'Cheat ad template'],
  ] as const)('names a shipped signal in %s, and a rule the user named as written', (locale, signalName) => {
    useLocaleMessages(locale);
    const names = [...renderReasons([
      { source: 'signal', id: 'signal:template', name: '外挂推广模板', terms: [], delta: 3 },
      { source: 'keyword', id: 'user:k', name: '外挂推广模板', terms: ['开挂'], delta: 2 },
    ]).querySelectorAll('.reason-name')].map((name) => name.textContent);
    expect(names).toEqual([signalName, '外挂推广模板']);
  });
});

describe('createSwitch', () => {
  it('has switch semantics, and goes back when the change is refused', async () => {
    let answer = true;
    const toggle = createSwitch({ label: '启用净读', checked: true, onToggle: async () => answer });
    document.body.replaceChildren(toggle.element);
    expect(toggle.button.getAttribute('role')).toBe('switch');
    expect(document.getElementById(toggle.button.getAttribute('aria-labelledby')!)?.textContent).toBe('启用净读');
    toggle.button.click();
    expect(toggle.button.getAttribute('aria-checked')).toBe('false');
    await Promise.resolve();
    answer = false;
    toggle.button.click();
    await new Promise((resolve) => setTimeout(resolve));
    expect(toggle.button.getAttribute('aria-checked')).toBe('false');
  });
});

describe('replaceKeepingFocus', () => {
  it('gives focus back to the same control after a rebuild', () => {
    const container = element('div');
    document.body.replaceChildren(container);
    const build = () => [element('button', { 'data-focus-key': 'a' }, 'A'), element('button', { 'data-focus-key': 'b' }, 'B')];
    replaceKeepingFocus(container, ...build());
    container.querySelector<HTMLButtonElement>('[data-focus-key=b]')!.focus();
    replaceKeepingFocus(container, ...build());
    expect((document.activeElement as HTMLElement).dataset.focusKey).toBe('b');
    expect(document.activeElement?.isConnected).toBe(true);
  });
});

describe('documentLanguage', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['en-US', 'en-US'],
    ['fr-FR', 'zh-CN'],
  ])('%s → %s', (ui, lang) => {
    expect(documentLanguage(ui)).toBe(lang);
  });
});
