import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handleBackgroundMessage } from '@/src/background/handle-background-message';
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { localizeText, type ErrorMessage } from '@/src/messages';

import { useLocaleMessages } from '../ui/use-locale-messages';

import { CONTENT_SCRIPT, createContext, keyword, listOf, localSnapshot, OPTIONS_PAGE, send, sendOk, storedUserRules } from './background-support';

const DEFAULT_ID = DEFAULT_RULE_LIST.rules[0]!.id;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('rules/upsert, rules/delete, rules/set-enabled', () => {
  it('adds and replaces rules and keyword sets by id, stamping when', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a'), keyword('b')], keywordSets: [{ id: 's', name: '集合', terms: ['麻将'] }] });
    context.clock.now = 2_000;
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a', { weight: 5, sets: ['s'] })] });
    const stored = await storedUserRules();
    expect(stored.list.rules.map((rule) => [rule.id, 'weight' in rule ? rule.weight : undefined])).toEqual([['a', 5], ['b', 3]]);
    expect(stored.list.keywordSets.map((set) => set.id)).toEqual(['s']);
    expect(stored.ruleTimes).toEqual({ a: { createdAt: 1_000, updatedAt: 2_000 }, b: { createdAt: 1_000, updatedAt: 1_000 } });
    expect(await fakeBrowser.storage.local.get('userRules$')).toEqual({ userRules$: { v: 2 } });
  });

  it('deletes rules and sets, and refuses to delete what a rule still uses', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a', { sets: ['s'] }), keyword('b')], keywordSets: [{ id: 's', name: '集合', terms: ['麻将'] }] });
    const refused = await send(context, { type: 'rules/delete', ids: ['s'] });
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toContain('规则「规则 a」的 sets[0]：词集 “s” 不存在');
    await sendOk(context, { type: 'rules/delete', ids: ['a', 's'] });
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['b']);
    expect((await storedUserRules()).ruleTimes).toEqual({ b: { createdAt: 1_000, updatedAt: 1_000 } });
    expect(await send(context, { type: 'rules/delete', ids: ['gone'] })).toMatchObject({ ok: false, error: expect.stringContaining('不存在') });
    expect(await send(context, { type: 'rules/delete', ids: [DEFAULT_ID] })).toMatchObject({ ok: false, error: expect.stringContaining('不能删除') });
  });

  it('switches user rules in the list and default rules in defaultRuleState, kept by id', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a')] });
    await sendOk(context, { type: 'rules/set-enabled', id: 'a', enabled: false });
    await sendOk(context, { type: 'rules/set-enabled', id: DEFAULT_ID, enabled: false });
    expect((await storedUserRules()).list.rules[0]).toMatchObject({ id: 'a', enabled: false });
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({ disabledIds: [DEFAULT_ID], seenVersion: 0 });
    await sendOk(context, { type: 'rules/set-enabled', id: DEFAULT_ID, enabled: true });
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({ disabledIds: [], seenVersion: 0 });
    expect(await send(context, { type: 'rules/set-enabled', id: 'nope', enabled: true })).toMatchObject({ ok: false });
  });

  it.each([
    ['a rule that is not a rule', { type: 'rules/upsert', rules: [{ kind: 'keyword', id: 'x' }] }, '第 1 条规则 name：缺少这个字段'],
    ['a pattern RE2 refuses', { type: 'rules/upsert', rules: [{ kind: 'regex', id: 'r', name: '前瞻', pattern: '(?=x)' }] }, '规则「前瞻」的 pattern：无效的正则表达式'],
    ['a default rule id', { type: 'rules/upsert', rules: [keyword(DEFAULT_ID)] }, `id「${DEFAULT_ID}」是默认规则的 id`],
    ['a duplicate id inside one upsert', { type: 'rules/upsert', rules: [keyword('x'), keyword('x', { weight: 1 })] }, '重复'],
    ['a name with control characters', { type: 'rules/upsert', rules: [keyword('x', { name: 'a\u0000b' })] }, '名称含有控制字符'],
    ['a message of the wrong shape', { type: 'rules/upsert', rules: 'all of them' }, '消息 rules/upsert 的格式不对：rules'],
  ])('refuses %s, and changes nothing', async (_name, command, message) => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('kept')] });
    const before = await localSnapshot();
    const result = await send(context, command);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(await localSnapshot()).toBe(before);
  });
});

describe('the serial queue', () => {
  it('loses nothing when many pages write at once', async () => {
    const context = createContext();
    const commands = [
      ...Array.from({ length: 60 }, (_, index) => ({ type: 'rules/upsert', rules: [keyword(`r${index}`)] })),
      ...Array.from({ length: 10 }, (_, index) => ({ type: 'rules/set-enabled', id: `r${index}`, enabled: false })),
      { type: 'rules/set-enabled', id: DEFAULT_ID, enabled: false },
      { type: 'settings/update', patch: { sensitivity: 9 } },
      { type: 'settings/set-host-paused', host: 'a.com', paused: true },
      { type: 'settings/set-host-paused', host: 'b.com', paused: true },
    ];
    const results = await Promise.all(commands.map((command) => send(context, command)));
    expect(results.filter((result) => !result.ok)).toEqual([]);
    const stored = await storedUserRules();
    expect(stored.list.rules).toHaveLength(60);
    expect(stored.list.rules.filter((rule) => !rule.enabled).map((rule) => rule.id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `r${index}`),
    );
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toMatchObject({ disabledIds: [DEFAULT_ID] });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ sensitivity: 9, pausedHosts: ['a.com', 'b.com'] });
  });

  it('writes each change in one storage.local.set', async () => {
    const context = createContext();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await sendOk(context, { type: 'rules/import', list: listOf([keyword('a')]), mode: 'merge' });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual(['undoSnapshot', 'undoSnapshot$', 'userRules', 'userRules$']);
  });
});

describe('a failing write', () => {
  it('leaves the previous rules intact and says why', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a')] });
    const before = await localSnapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await send(context, { type: 'rules/import', list: listOf([keyword('b')]), mode: 'replace' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^存储空间不足，没有保存，原来的规则保持不变/) });
    expect(await localSnapshot()).toBe(before);
    // The queue goes on: the next command works.
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('c')] });
  });

  it('reports other failures as values too', async () => {
    const context = createContext();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    expect(await send(context, { type: 'rules/upsert', rules: [keyword('a')] })).toEqual({ ok: false, error: '保存失败，原来的规则保持不变：IO error' });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    // Shown after the pages' own "出错了：" prefix, so the text is the error alone.
    expect(await send(context, { type: 'rules/upsert', rules: [keyword('a')] })).toEqual({ ok: false, error: 'storage gone' });
  });
});

describe('rules/import, rules/reset and rules/undo', () => {
  it('imports by merging, and undoes the import', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('mine')] });
    const before = await storedUserRules();
    context.clock.now = 5_000;
    await sendOk(context, { type: 'rules/import', list: listOf([keyword('mine'), keyword('new', { terms: ['透视'] })]), mode: 'merge' });
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['mine', 'new']);
    expect((await storedUserRules()).ruleTimes).toMatchObject({ new: { createdAt: 5_000, updatedAt: 5_000 } });
    const { undoSnapshot } = await fakeBrowser.storage.local.get('undoSnapshot');
    expect(undoSnapshot).toMatchObject({ action: { kind: 'import', mode: 'merge', added: 1, changed: 0, removed: 0 }, takenAt: 5_000, userRules: before });

    await sendOk(context, { type: 'rules/undo' });
    expect(await storedUserRules()).toEqual(before);
    // Stored as null, which readers take as "nothing" (the fake storage, like some browsers, drops the key).
    expect((await fakeBrowser.storage.local.get('undoSnapshot')).undoSnapshot ?? null).toBeNull();
    expect(await send(context, { type: 'rules/undo' })).toEqual({ ok: false, error: '没有可以撤销的导入或恢复默认' });
  });

  it('imports by replacing', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('mine')] });
    await sendOk(context, { type: 'rules/import', list: listOf([keyword('theirs', { terms: ['透视'] })]), mode: 'replace' });
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['theirs']);
    expect((await fakeBrowser.storage.local.get('undoSnapshot')).undoSnapshot).toMatchObject({ action: { kind: 'import', mode: 'replace', added: 1, changed: 0, removed: 1 } });
  });

  it('resets to defaults (user rules and default switches), and undoes the reset', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('mine')] });
    await sendOk(context, { type: 'rules/set-enabled', id: DEFAULT_ID, enabled: false });
    const before = await localSnapshot();
    await sendOk(context, { type: 'rules/reset' });
    expect((await storedUserRules()).list.rules).toEqual([]);
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({ disabledIds: [], seenVersion: 0 });
    await sendOk(context, { type: 'rules/undo' });
    const after = JSON.parse(await localSnapshot()) as Record<string, unknown>;
    const expected = JSON.parse(before) as Record<string, unknown>;
    expect({ ...after, undoSnapshot: undefined, undoSnapshot$: undefined }).toEqual({ ...expected, undoSnapshot: undefined, undoSnapshot$: undefined });
  });

  const hostile: [string, unknown, string][] = [
    ['wrong schema', { format: 'jingdu-rules', version: 1, rules: [{ kind: 'banana' }] }, 'rules[0].kind'],
    ['wrong version', { format: 'jingdu-rules', version: 2, rules: [] }, 'version：应为 1'],
    ['not a rule list', 'rm -rf /', '（整个文件）：应为对象'],
    ['duplicate ids', listOf([keyword('a'), keyword('a')]), 'rules[1].id：id “a” 重复（rules[0] 已使用）'],
    ['100,001 rules', listOf(Array.from({ length: 100_001 }, (_, index) => keyword(`k${index}`))), 'rules：不能超过 100,000 项'],
    ['an invalid selector', listOf([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], hideSelectors: ['div[x'] }]), 'rules[0].hideSelectors[0]：选择器的括号没有闭合'],
    ['control characters in a name', listOf([keyword('a', { name: '\u202e\u0007名字' })]), 'rules[0].name：名称含有控制字符'],
    ['a lookbehind', listOf([{ kind: 'regex', id: 'r', name: 'r', pattern: '(?<=开)挂' }]), 'rules[0].pattern：无效的正则表达式'],
  ];
  it.each(hostile)('refuses an import with %s with the position, leaving storage byte-for-byte unchanged', async (_name, list, message) => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('kept')] });
    const before = await localSnapshot();
    const result = await send(context, { type: 'rules/import', list, mode: 'replace' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(await localSnapshot()).toBe(before);
  });
});

describe('a merge past the limits', () => {
  it('refuses 100,000 imported rules merged into the user’s, saying how many there would be, and changes nothing', async () => {
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('mine-1'), keyword('mine-2', { terms: ['透视'] })] });
    const before = await localSnapshot();
    const incoming = listOf(Array.from({ length: 100_000 }, (_, index) => keyword(`k${index}`, { terms: [`词${index}`] })));
    expect(await send(context, { type: 'rules/import', list: incoming, mode: 'merge' })).toEqual({
      ok: false,
      error: '导入后共有 100,002 条规则，超过 100,000 条的上限，没有导入。可以改用“替换”，或先删除一些规则。',
    });
    expect(await localSnapshot()).toBe(before);
    // Replacing instead is within the limit.
    await sendOk(context, { type: 'rules/import', list: incoming, mode: 'replace' });
    expect((await storedUserRules()).list.rules).toHaveLength(100_000);
  }, 60_000);
});

describe('errors in the user’s language', () => {
  it('answers our pages with a catalogue key and its substitutions, which each catalogue words', async () => {
    const context = createContext();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    const answer = await handleBackgroundMessage({ type: 'rules/upsert', rules: [keyword('a')] }, OPTIONS_PAGE, context);
    const error: ErrorMessage = { key: 'error_writeFailed', substitutions: ['IO error'] };
    expect(answer).toEqual({ ok: false, error });
    useLocaleMessages('en');
    expect(localizeText(error)).toBe('Could not save; your previous rules are unchanged: IO error');
    useLocaleMessages('zh_CN');
    expect(localizeText(error)).toBe('保存失败，原来的规则保持不变：IO error');
  });

  it.each([
    [
      { type: 'rules/import', list: listOf([keyword('a'), keyword('a')]), mode: 'merge' },
      '导入的规则有问题：rules[1].id：id “a” 重复（rules[0] 已使用）',
      'The imported rules have problems: rules[1].id: The id “a” is already used (by rules[0])',
    ],
    [
      { type: 'rules/upsert', rules: [{ kind: 'regex', id: 'r', name: '前瞻', pattern: '(?=x)' }, keyword('k', { terms: ['。'] })] },
      '规则没有保存：规则「前瞻」的 pattern：无效的正则表达式: invalid or unsupported Perl syntax；规则「规则 k」的 terms[0]：词条在规范化后为空（只有空白、标点或符号）',
      'Rules not saved: Rule “前瞻”, pattern: Invalid regular expression: invalid or unsupported Perl syntax; Rule “规则 k”, terms[0]: The term is empty once normalised (it has only spaces, punctuation or symbols)',
    ],
    [
      { type: 'rules/upsert', rules: [{ kind: 'keyword', id: 'x', name: '名字', weight: 'heavy' }] },
      '第 1 条规则 「名字」 weight：应为数字，实际是文本',
      'Rule “名字” weight (no. 1): Should be a number, but is text',
    ],
  ])('words the rule check’s problems inside the error as each catalogue says (%#)', async (command, chinese, english) => {
    const answer = await handleBackgroundMessage(command, OPTIONS_PAGE, createContext());
    if (answer === undefined || answer.ok || typeof answer.error === 'string') throw new Error('expected an error value');
    useLocaleMessages('zh_CN');
    expect(localizeText(answer.error)).toBe(chinese);
    useLocaleMessages('en');
    expect(localizeText(answer.error)).toBe(english);
  });

  it('answers a content script in text, in the browser’s language', async () => {
    useLocaleMessages('en');
    const answer = await handleBackgroundMessage({ type: 'rules/reset' }, CONTENT_SCRIPT, createContext());
    expect(answer).toEqual({ ok: false, error: "Refused: only Jingdu's own pages (the popup and the options page) may change rules and settings" });
  });
});
