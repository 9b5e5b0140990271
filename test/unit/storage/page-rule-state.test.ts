/**
 * The content script's zod-free reader must agree with the schema-based one (`loadRuleState`) on every value the
 * background can write, and fall back to the defaults on anything else without throwing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { PAGE_DEFAULT_SETTINGS } from '@/src/storage/default-settings';
import { PAGE_EMPTY_RULE_LIST, PAGE_STORED_KEYS, loadPageRuleState, watchPageRuleState } from '@/src/storage/page-rule-state';
import { loadRuleState } from '@/src/storage/rule-state';
import { DEFAULT_SETTINGS, settingsSchema } from '@/src/storage/settings-schema';
import {
  EMPTY_RULE_LIST,
  defaultRuleStateItem,
  localSettingsItem,
  settingsItem,
  userRulesItem,
} from '@/src/storage/storage-items';

const LIST = {
  format: 'jingdu-rules',
  version: 1,
  keywordSets: [{ id: 'user:set', name: '棋牌', enabled: true, terms: ['跑得快'] }],
  rules: [
    { kind: 'keyword', id: 'user:a', name: '外挂', enabled: true, hosts: [], terms: ['开挂'], sets: [], requireSets: [], weight: 3 },
    { kind: 'regex', id: 'user:r', name: '正则', enabled: true, hosts: ['example.com'], pattern: '开.挂', ignoreCase: true, matchNormalized: true, weight: 2 },
    { kind: 'allow', id: 'user:w', name: '电梯', enabled: false, hosts: [], terms: ['外挂电梯'], sets: [], weight: 3, alwaysShow: false },
    {
      kind: 'site', id: 'user:s', name: '站点', enabled: true, hosts: ['news.example.com'], itemSelectors: ['li'],
      titleSelector: 'a', hideSelectors: [], exceptSelectors: [], judgeItems: true,
    },
  ],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the content script reads the same state as the UI, without zod', () => {
  it('has the keys, areas and versions of storage-items.ts, and the same defaults', () => {
    expect(PAGE_STORED_KEYS).toEqual({
      syncSettings: { area: settingsItem.area, key: settingsItem.key, version: settingsItem.version },
      localSettings: { area: localSettingsItem.area, key: localSettingsItem.key, version: localSettingsItem.version },
      userRules: { area: userRulesItem.area, key: userRulesItem.key, version: userRulesItem.version },
      defaultRuleState: { area: defaultRuleStateItem.area, key: defaultRuleStateItem.key, version: defaultRuleStateItem.version },
    });
    expect(PAGE_DEFAULT_SETTINGS).toEqual(settingsSchema.parse({}));
    expect(PAGE_DEFAULT_SETTINGS).toEqual(DEFAULT_SETTINGS);
    expect(PAGE_EMPTY_RULE_LIST).toEqual(EMPTY_RULE_LIST);
  });

  const cases: { name: string; local: Record<string, unknown>; sync: Record<string, unknown> }[] = [
    { name: 'a fresh install', local: {}, sync: {} },
    {
      name: 'stored values of the current version',
      local: {
        userRules: { list: LIST, ruleTimes: { 'user:a': { createdAt: 5, updatedAt: 6 } } },
        userRules$: { v: 2 },
        defaultRuleState: { disabledIds: ['default:cheat-terms'], seenVersion: 1 },
      },
      sync: { settings: { ...DEFAULT_SETTINGS, collapseMode: 'hide', sensitivity: 8, pausedHosts: ['example.com'] } },
    },
    { name: 'a version 1 rule list (migrated)', local: { userRules: LIST }, sync: {} },
    { name: 'local settings win over sync', local: { settings: { ...DEFAULT_SETTINGS, enabled: false } }, sync: { settings: DEFAULT_SETTINGS } },
    {
      name: 'corrupt values',
      local: { userRules: { list: 42, ruleTimes: {} }, userRules$: { v: 2 }, defaultRuleState: [] },
      sync: { settings: { sensitivity: 'high' } },
    },
    { name: 'a rule of an unknown kind', local: { userRules: { list: { ...LIST, rules: [{ kind: 'script', id: 'x', name: 'x', enabled: true, hosts: [] }] }, ruleTimes: {} }, userRules$: { v: 2 } }, sync: {} },
    { name: 'a rule list with a non-string term', local: { userRules: { list: { ...LIST, keywordSets: [{ id: 's', name: 's', enabled: true, terms: [1] }] }, ruleTimes: {} }, userRules$: { v: 2 } }, sync: {} },
    { name: 'a value from a newer version', local: { userRules: { list: LIST, ruleTimes: {} }, userRules$: { v: 9 } }, sync: {} },
    {
      name: 'rules without the fields the schema defaults',
      local: {
        userRules: {
          list: { format: 'jingdu-rules', version: 1, rules: [
            { kind: 'keyword', id: 'user:t', name: '测试', terms: ['特斯拉'], weight: 20 },
            { kind: 'site', id: 'user:s', name: '站点', hosts: ['127.0.0.1'], itemSelectors: ['.card'], hideSelectors: ['.ad'] },
            { kind: 'regex', id: 'user:r', name: '正则', pattern: 'a+' },
            { kind: 'allow', id: 'user:w', name: '电梯', sets: ['user:set'] },
          ], keywordSets: [{ id: 'user:set', name: '棋牌', terms: ['跑得快'] }] },
          ruleTimes: {},
        },
        userRules$: { v: 2 },
      },
      sync: {},
    },
    { name: 'partial settings (schema defaults fill in)', local: {}, sync: { settings: { collapseMode: 'hide' } } },
  ];
  it.each(cases)('$name', async ({ local, sync }) => {
    await fakeBrowser.storage.local.set(local);
    await fakeBrowser.storage.sync.set(sync);
    expect(await loadPageRuleState()).toEqual(await loadRuleState());
  });

  it('delivers the fresh state when a watched key changes', async () => {
    const states: unknown[] = [];
    const unwatch = watchPageRuleState((state) => states.push(state.settings.collapseMode));
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, collapseMode: 'hide' } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    unwatch();
    expect(states).toEqual(['hide']);
  });
});
