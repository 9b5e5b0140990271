import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { handleBackgroundMessage } from '@/src/background/handle-background-message';
import { startBackground } from '@/src/background/start-background';
import { loadCorruptBackup } from '@/src/storage/load-corrupt-backup';
import { loadRuleState } from '@/src/storage/rule-state';
import { DEFAULT_SETTINGS } from '@/src/storage/settings-schema';
import { EMPTY_USER_RULES } from '@/src/storage/storage-items';

import { useLocaleMessages } from '../ui/use-locale-messages';

import { createContext, keyword, OPTIONS_PAGE, send, sendOk, storedUserRules } from './background-support';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('settings commands', () => {
  it('update settings in storage.sync', async () => {
    const context = createContext();
    await sendOk(context, { type: 'settings/update', patch: { sensitivity: 8, collapseMode: 'hide' } });
    await sendOk(context, { type: 'settings/set-host-paused', host: 'News.Example.com', paused: true });
    await sendOk(context, { type: 'settings/set-host-paused', host: 'news.example.com', paused: true });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      sensitivity: 8,
      collapseMode: 'hide',
      pausedHosts: ['news.example.com'],
    });
    await sendOk(context, { type: 'settings/set-host-paused', host: 'news.example.com', paused: false });
    expect((await loadRuleState()).settings.pausedHosts).toEqual([]);
  });

  it.each([
    [{ type: 'settings/update', patch: { sensitivity: 11 } }, '设置没有保存：sensitivity：不能大于 10'],
    [{ type: 'settings/update', patch: { colour: 'red' } }, '不认识的字段："colour"'],
    [{ type: 'settings/set-host-paused', host: 'https://a.com/x', paused: true }, '站点「https://a.com/x」'],
  ])('refuse invalid values: %j', async (command, error) => {
    expect(await send(createContext(), command)).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('fall back to storage.local when sync refuses, and return to sync when it accepts again', async () => {
    const context = createContext();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await sendOk(context, { type: 'settings/update', patch: { sensitivity: 2 } });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ sensitivity: 2 });
    expect((await loadRuleState()).settings.sensitivity).toBe(2);

    await sendOk(context, { type: 'settings/update', patch: { sensitivity: 3 } });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({});
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ sensitivity: 3 });
  });

  it('report a failure when neither area accepts them', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('sync off'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await send(createContext(), { type: 'settings/update', patch: { enabled: false } })).toMatchObject({ ok: false, error: expect.stringContaining('存储空间不足') });
  });
});

describe('corrupt stored values', () => {
  it('are kept in local:corruptBackup in the same write that replaces them', async () => {
    const raw = { list: { format: 'jingdu-rules', version: 1, rules: [{ kind: 'keyword', id: 'a', name: 42 }] }, ruleTimes: {} };
    await fakeBrowser.storage.local.set({ userRules: raw, userRules$: { v: 2 } });
    const context = createContext();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('fresh')] });
    expect(set).toHaveBeenCalledTimes(1);
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['fresh']);
    expect(await loadCorruptBackup()).toEqual([
      { key: 'local:userRules', raw, version: 2, problems: ['list.rules[0].name：应为文本，实际是数字'], savedAt: 1_000 },
    ]);
  });

  it('keep what is wrong in the browser’s language, for the user who downloads the copy', async () => {
    const raw = { list: { format: 'jingdu-rules', version: 1, rules: [] }, ruleTimes: { a: { updatedAt: -1 } } };
    await fakeBrowser.storage.local.set({ userRules: raw, userRules$: { v: 2 } });
    useLocaleMessages('en');
    await handleBackgroundMessage({ type: 'rules/upsert', rules: [keyword('fresh')] }, OPTIONS_PAGE, createContext());
    expect((await loadCorruptBackup())[0]!.problems).toEqual(['ruleTimes.a.updatedAt: Must be at least 0']);
  });

  it('are rescued at start-up, so the options page can offer the copy at once', async () => {
    await fakeBrowser.storage.local.set({ defaultRuleState: 'broken', undoSnapshot: { label: 1 } });
    startBackground();
    await vi.waitFor(async () => expect(await loadCorruptBackup()).toHaveLength(2));
    expect((await loadCorruptBackup()).map((entry) => entry.key).sort()).toEqual(['local:defaultRuleState', 'local:undoSnapshot']);
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({ disabledIds: [], seenVersion: 0 });
  });

  it('in settings are kept before settings are written', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'max' } });
    await sendOk(createContext(), { type: 'settings/update', patch: { enabled: false } });
    expect(await loadCorruptBackup()).toMatchObject([{ key: 'sync:settings', raw: { sensitivity: 'max' } }]);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('replace the earlier copy of the same key, keeping the others', async () => {
    const context = createContext();
    await fakeBrowser.storage.local.set({ userRules: 'first', defaultRuleState: 'x' });
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('a')] });
    await fakeBrowser.storage.local.set({ userRules: 'second' });
    context.clock.now = 2_000;
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('b')] });
    const entries = await loadCorruptBackup();
    expect(entries.map((entry) => [entry.key, entry.raw])).toEqual([
      ['local:userRules', 'second'],
      ['local:defaultRuleState', 'x'],
    ]);
    expect((await storedUserRules()).list.rules.map((rule) => rule.id)).toEqual(['b']);
  });
});

describe('startBackground', () => {
  it('answers messages through runtime.onMessage and refuses senders that are not our pages', async () => {
    startBackground();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'rules/upsert', rules: [keyword('a')] }, OPTIONS_PAGE, () => undefined);
    expect(answer).toEqual({ ok: true, value: undefined });
    const [refused] = await fakeBrowser.runtime.onMessage.trigger({ type: 'rules/reset' }, { id: fakeBrowser.runtime.id }, () => undefined);
    expect(refused).toMatchObject({ ok: false });
    expect((await storedUserRules()).list.rules).toHaveLength(1);
  });

  it('notes the default-list version on install and update, leaving the user’s rules alone', async () => {
    await fakeBrowser.storage.local.set({
      userRules: { list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [] }, ruleTimes: {} },
      userRules$: { v: 2 },
      defaultRuleState: { disabledIds: ['default:cheat-terms'], seenVersion: 0 },
    });
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({
        disabledIds: ['default:cheat-terms'],
        seenVersion: DEFAULT_RULES_VERSION,
      }),
    );
    expect(await storedUserRules()).toEqual(EMPTY_USER_RULES);
  });
});
