import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { readSettings } from '@/src/storage/read-settings';
import { readStoredItem } from '@/src/storage/read-stored-item';
import { DEFAULT_SETTINGS } from '@/src/storage/settings-schema';
import { EMPTY_USER_RULES, userRulesItem } from '@/src/storage/storage-items';

import { textIn } from '../ui/use-locale-messages';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('readStoredItem', () => {
  it('gives the fallback when nothing is stored', async () => {
    expect(await readStoredItem(userRulesItem)).toEqual({ value: EMPTY_USER_RULES, isStored: false });
  });

  it.each([
    ['a string', 'garbage', '（整个值）：应为对象 { … }，实际是文本'],
    ['a list with a broken rule', { list: { format: 'jingdu-rules', version: 1, rules: [{ kind: 'keyword', id: 'a' }] }, ruleTimes: {} }, 'list.rules[0].name：缺少这个字段'],
    ['times that are not times', { list: { format: 'jingdu-rules', version: 1, rules: [] }, ruleTimes: { a: { updatedAt: -1 } } }, 'ruleTimes.a.updatedAt：不能小于 0'],
  ])('falls back on %s, and hands back the raw value with what is wrong', async (_name, raw, problem) => {
    await fakeBrowser.storage.local.set({ userRules: raw, userRules$: { v: 2 } });
    const read = await readStoredItem(userRulesItem);
    expect(read.value).toEqual(EMPTY_USER_RULES);
    expect(read.isStored).toBe(true);
    expect(read.corrupt).toMatchObject({ raw, version: 2 });
    expect(read.corrupt!.problems.map((text) => textIn('zh_CN', text))).toContain(problem);
  });

  it('refuses a value from a newer version instead of misreading it', async () => {
    await fakeBrowser.storage.local.set({ userRules: { list: {}, ruleTimes: {}, tags: [] }, userRules$: { v: 3 } });
    const read = await readStoredItem(userRulesItem);
    expect(read.value).toEqual(EMPTY_USER_RULES);
    expect(textIn('zh_CN', read.corrupt!.problems[0]!)).toBe('由更新版本的净读写入（第 3 版数据，这个版本只认识第 2 版）');
    expect(textIn('en', read.corrupt!.problems[0]!)).toBe('Written by a newer Jingdu (data version 3; this version knows version 2)');
  });
});

describe('readSettings: sync, unless a local copy exists because sync refused it', () => {
  it('reads sync:settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 8 } });
    expect(await readSettings()).toMatchObject({ area: 'sync', value: { sensitivity: 8 } });
  });

  it('prefers local:settings when present', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 8 } });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, sensitivity: 2 } });
    expect(await readSettings()).toMatchObject({ area: 'local', value: { sensitivity: 2 } });
  });

  it('gives the defaults when sync cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync is disabled'));
    expect(await readSettings()).toMatchObject({ area: 'local', value: DEFAULT_SETTINGS, isStored: false });
  });

  it('fills in settings added since they were stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
    expect((await readSettings()).value).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
