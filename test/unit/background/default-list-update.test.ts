/**
 * An update that ships a new default list (issue 6: upgrades lose nothing). The default list is mocked here as the
 * next version would ship it: `defaultsVersion` + 1, one default rule removed (`default:allow-warning`) and one added
 * (`default:added-later`). Storage holds what the previous version left. The update (`runtime.onInstalled`) must
 * leave the user's rules, their times, the undo snapshot and the settings byte-for-byte as they were, keep the user's
 * switches for default rules by id, and leave the user able to change their rules afterwards.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { startBackground } from '@/src/background/start-background';
import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';
import { loadRuleState } from '@/src/storage/rule-state';

import { createContext, keyword, send, sendOk, storedUserRules } from './background-support';

vi.mock('@/src/engine/default-rules', async (importOriginal) => {
  const shipped = await importOriginal<typeof import('@/src/engine/default-rules')>();
  const [first] = shipped.DEFAULT_RULE_LIST.rules;
  return {
    DEFAULT_RULES_VERSION: shipped.DEFAULT_RULES_VERSION + 1,
    DEFAULT_RULE_LIST: {
      ...shipped.DEFAULT_RULE_LIST,
      rules: [...shipped.DEFAULT_RULE_LIST.rules.filter((rule) => rule.id !== 'default:allow-warning'), { ...first!, id: 'default:added-later' }],
    },
  };
});

/** What the previous version stored: its default-list version was one less than the one now shipped. */
const PREVIOUS_DEFAULTS_VERSION = DEFAULT_RULES_VERSION - 1;
const USER_RULES = {
  list: {
    format: 'jingdu-rules',
    version: 1,
    keywordSets: [{ id: 'user:set', name: '我的词集', enabled: true, terms: ['麻将'] }],
    rules: [
      { ...keyword('user:mine'), enabled: true, hosts: [], sets: ['user:set'], requireSets: [] },
      { kind: 'site', id: 'user:site', name: '我的站点规则', enabled: false, hosts: ['news.example.com'], itemSelectors: ['li'], hideSelectors: [], exceptSelectors: [], judgeItems: true },
    ],
  },
  ruleTimes: { 'user:mine': { createdAt: 10, updatedAt: 20 } },
};
const UNDO_SNAPSHOT = {
  action: { kind: 'import', mode: 'merge', added: 1, changed: 0, removed: 0 },
  takenAt: 30,
  userRules: { list: { ...USER_RULES.list, rules: [] }, ruleTimes: {} },
  defaultRuleState: { disabledIds: [], seenVersion: PREVIOUS_DEFAULTS_VERSION },
};
const SETTINGS = { enabled: true, pausedHosts: ['a.example.com'], genericDetection: false, collapseMode: 'hide', sensitivity: 3 };
/** A default the user switched off that the new list keeps, and one it removed. */
const DISABLED_IDS = ['default:cheat-terms', 'default:allow-warning'];

async function storeWhatThePreviousVersionLeft(): Promise<void> {
  await fakeBrowser.storage.local.set({
    userRules: USER_RULES,
    userRules$: { v: 2 },
    undoSnapshot: UNDO_SNAPSHOT,
    undoSnapshot$: { v: 2 },
    defaultRuleState: { disabledIds: DISABLED_IDS, seenVersion: PREVIOUS_DEFAULTS_VERSION },
    defaultRuleState$: { v: 1 },
  });
  await fakeBrowser.storage.sync.set({ settings: SETTINGS, settings$: { v: 1 } });
}

/** Everything but the items an update may change: the version seen, and the notice that announces a new one. */
const UPDATED_KEYS = new Set(['defaultRuleState', 'defaultRuleState$', 'defaultsNotice', 'defaultsNotice$']);
function withoutDefaultRuleState(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !UPDATED_KEYS.has(key)));
}

async function update(): Promise<void> {
  startBackground();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
  await vi.waitFor(async () =>
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toMatchObject({ seenVersion: DEFAULT_RULES_VERSION }),
  );
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('an update with a new default list', () => {
  it('is what this file simulates: a newer list, one default removed, one added', () => {
    const ids = DEFAULT_RULE_LIST.rules.map((rule) => rule.id);
    expect(ids).toContain('default:added-later');
    expect(ids).not.toContain('default:allow-warning');
    expect(ids).toContain('default:cheat-terms');
  });

  it('leaves the user’s rules, times, undo snapshot and settings byte-for-byte, and keeps the default switches by id', async () => {
    await storeWhatThePreviousVersionLeft();
    const localBefore = withoutDefaultRuleState(await fakeBrowser.storage.local.get(null));
    const syncBefore = JSON.stringify(await fakeBrowser.storage.sync.get(null));
    await update();

    const localAfter = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(withoutDefaultRuleState(localAfter))).toBe(JSON.stringify(localBefore));
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).toBe(syncBefore);
    // The removed default's switch is kept too: harmless, and right again should a later list bring the id back.
    expect(localAfter.defaultRuleState).toEqual({ disabledIds: DISABLED_IDS, seenVersion: DEFAULT_RULES_VERSION });
    // In the same write: the notice the options page shows until the user dismisses it.
    expect(localAfter.defaultsNotice).toEqual({ version: DEFAULT_RULES_VERSION });

    const state = await loadRuleState();
    expect(state.userRules).toEqual(USER_RULES.list);
    expect(state.userRuleTimes).toEqual(USER_RULES.ruleTimes);
    expect(state.defaultRules).toBe(DEFAULT_RULE_LIST);
    expect(state.settings).toEqual(SETTINGS);
  });

  it('leaves the user able to change, switch, delete and undo afterwards', async () => {
    await storeWhatThePreviousVersionLeft();
    await update();
    const context = createContext();
    await sendOk(context, { type: 'rules/upsert', rules: [keyword('user:after-update')] });
    await sendOk(context, { type: 'rules/set-enabled', id: 'user:site', enabled: true });
    await sendOk(context, { type: 'rules/set-enabled', id: 'default:added-later', enabled: false });
    await sendOk(context, { type: 'rules/delete', ids: ['user:after-update'] });
    await sendOk(context, { type: 'rules/undo' });
    expect((await storedUserRules()).list.rules).toEqual([]);
    expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({
      disabledIds: [],
      seenVersion: DEFAULT_RULES_VERSION,
    });
  });

  it('leaves a notice until the user dismisses it, which changes nothing else', async () => {
    await storeWhatThePreviousVersionLeft();
    await update();
    const before = await fakeBrowser.storage.local.get(null);
    await sendOk(createContext(), { type: 'rules/dismiss-defaults-notice' });
    const after = await fakeBrowser.storage.local.get(null);
    expect(after.defaultsNotice ?? null).toBeNull();
    expect({ ...after, defaultsNotice: undefined }).toEqual({ ...before, defaultsNotice: undefined });
  });

  it('on a first install notes the version and leaves no notice: nothing changed for a new user', async () => {
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('defaultRuleState')).defaultRuleState).toEqual({ disabledIds: [], seenVersion: DEFAULT_RULES_VERSION }),
    );
    expect((await fakeBrowser.storage.local.get('defaultsNotice')).defaultsNotice).toBeUndefined();
  });

  it('with the same default list seen already, writes nothing', async () => {
    await storeWhatThePreviousVersionLeft();
    await fakeBrowser.storage.local.set({ defaultRuleState: { disabledIds: DISABLED_IDS, seenVersion: DEFAULT_RULES_VERSION } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(set).not.toHaveBeenCalled();
  });

  it('cannot collide with an id the user chose: the default: namespace is the default list’s alone', async () => {
    // Had the previous version stored a user rule `default:added-later`, this update would make it a default id: the
    // user's list would then fail the check on every later write, and `rules/delete` refuses default ids, so the
    // user could neither change nor delete anything. Refusing the whole namespace at every write rules that out.
    const context = createContext();
    for (const id of ['default:mine', 'default:set:mine']) {
      const asRule = await send(context, { type: 'rules/upsert', rules: [keyword(id)] });
      expect(asRule).toEqual({ ok: false, error: expect.stringContaining(`id「${id}」`) });
      const asSet = await send(context, { type: 'rules/upsert', rules: [], keywordSets: [{ id, name: '词集', terms: ['麻将'] }] });
      expect(asSet).toEqual({ ok: false, error: expect.stringContaining(`id「${id}」`) });
    }
    const imported = await send(context, {
      type: 'rules/import',
      list: { format: 'jingdu-rules', version: 1, keywordSets: [], rules: [keyword('default:from-a-file')] },
      mode: 'merge',
    });
    expect(imported).toEqual({ ok: false, error: expect.stringContaining('id「default:from-a-file」') });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
