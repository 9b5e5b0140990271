import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { loadCorruptBackup } from '@/src/storage/load-corrupt-backup';
import { loadUndoSnapshot } from '@/src/storage/load-undo-snapshot';
import { loadRuleState, watchRuleState } from '@/src/storage/rule-state';
import { DEFAULT_SETTINGS } from '@/src/storage/settings-schema';
import { EMPTY_RULE_LIST } from '@/src/storage/storage-items';

const LIST = {
  format: 'jingdu-rules',
  version: 1,
  keywordSets: [],
  rules: [{ kind: 'keyword', id: 'user:a', name: '外挂', enabled: true, hosts: [], terms: ['开挂'], sets: [], requireSets: [], weight: 3 }],
} as const;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('loadRuleState', () => {
  it('gives defaults on a fresh install', async () => {
    expect(await loadRuleState()).toEqual({
      settings: DEFAULT_SETTINGS,
      userRules: EMPTY_RULE_LIST,
      userRuleTimes: {},
      defaultRules: DEFAULT_RULE_LIST,
      defaultRulesVersion: DEFAULT_RULES_VERSION,
      defaultRuleState: { disabledIds: [], seenVersion: 0 },
    });
  });

  it('reads what is stored', async () => {
    await fakeBrowser.storage.local.set({
      userRules: { list: LIST, ruleTimes: { 'user:a': { createdAt: 5, updatedAt: 6 } } },
      userRules$: { v: 2 },
      defaultRuleState: { disabledIds: ['default:cheat-terms'], seenVersion: 1 },
    });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, collapseMode: 'hide' } });
    expect(await loadRuleState()).toMatchObject({
      settings: { collapseMode: 'hide' },
      userRules: LIST,
      userRuleTimes: { 'user:a': { createdAt: 5, updatedAt: 6 } },
      defaultRuleState: { disabledIds: ['default:cheat-terms'] },
    });
  });

  it('runs on defaults where stored values are corrupt, without touching them (the background keeps them)', async () => {
    await fakeBrowser.storage.local.set({ userRules: { list: 42, ruleTimes: {} }, userRules$: { v: 2 }, defaultRuleState: [] });
    await fakeBrowser.storage.sync.set({ settings: { sensitivity: 'high' } });
    const state = await loadRuleState();
    expect(state.userRules).toEqual(EMPTY_RULE_LIST);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.defaultRuleState).toEqual({ disabledIds: [], seenVersion: 0 });
    expect((await fakeBrowser.storage.local.get('userRules')).userRules).toEqual({ list: 42, ruleTimes: {} });
  });
});

describe('watchRuleState', () => {
  it('delivers the latest state once per burst of changes, and stops when unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = watchRuleState((state) => seen.push(state.userRules.rules.length));
    await fakeBrowser.storage.local.set({ userRules: { list: LIST, ruleTimes: {} }, userRules$: { v: 2 }, defaultRuleState: { disabledIds: ['x'], seenVersion: 1 } });
    await vi.waitFor(() => expect(seen).toEqual([1]));
    unwatch();
    await fakeBrowser.storage.local.set({ userRules: null });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([1]);
  });

  it('notices settings kept locally', async () => {
    const seen: boolean[] = [];
    const unwatch = watchRuleState((state) => seen.push(state.settings.enabled));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    unwatch();
  });
});

describe('what the options page shows about undo and corrupt data', () => {
  it('summarises the undo snapshot, what it undoes as data for the page to word', async () => {
    expect(await loadUndoSnapshot()).toBeUndefined();
    await fakeBrowser.storage.local.set({
      undoSnapshot: { action: { kind: 'reset' }, takenAt: 7, userRules: { list: LIST, ruleTimes: {} }, defaultRuleState: { disabledIds: [], seenVersion: 1 } },
      undoSnapshot$: { v: 2 },
    });
    expect(await loadUndoSnapshot()).toEqual({ action: { kind: 'reset' }, takenAt: 7 });
  });

  it('lists the corrupt copies, newest first', async () => {
    await fakeBrowser.storage.local.set({
      corruptBackup: {
        entries: [
          { key: 'local:userRules', raw: 'a', version: 2, problems: ['x'], savedAt: 1 },
          { key: 'sync:settings', raw: 'b', version: 1, problems: ['y'], savedAt: 2 },
        ],
      },
    });
    expect((await loadCorruptBackup()).map((entry) => entry.raw)).toEqual(['b', 'a']);
  });
});
