/**
 * Every storage migration, tested the way it runs after an update: the old shape is in storage first, then the item
 * is defined (as the extension does when it starts), then the value is read. The first test keeps this list complete:
 * a new migration without a case here fails it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { readStoredItem } from '@/src/storage/read-stored-item';
import * as items from '@/src/storage/storage-items';

const V1_LIST = {
  format: 'jingdu-rules',
  version: 1,
  keywordSets: [],
  rules: [{ kind: 'keyword', id: 'user:a', name: '外挂', enabled: true, hosts: [], terms: ['开挂'], sets: [], requireSets: [], weight: 3 }],
};

interface MigrationCase {
  name: string;
  define: () => { item: { getValue(): Promise<unknown> }; version: number };
  key: string;
  old: unknown;
  oldMeta?: unknown;
  expected: unknown;
}

/** `key@version` → cases for the migration to that version. */
const MIGRATIONS: Record<string, MigrationCase[]> = {
  'userRules@2': [
    {
      name: 'a version 1 rule list without a version mark (as WXT stored version 1 before its first migration)',
      define: items.defineUserRulesItem,
      key: 'userRules',
      old: V1_LIST,
      expected: { list: V1_LIST, ruleTimes: {} },
    },
    {
      name: 'a version 1 rule list with its version mark',
      define: items.defineUserRulesItem,
      key: 'userRules',
      old: V1_LIST,
      oldMeta: { v: 1 },
      expected: { list: V1_LIST, ruleTimes: {} },
    },
    {
      name: 'a version 2 value that lost its version mark is left as it is',
      define: items.defineUserRulesItem,
      key: 'userRules',
      old: { list: V1_LIST, ruleTimes: { 'user:a': { createdAt: 1, updatedAt: 2 } } },
      expected: { list: V1_LIST, ruleTimes: { 'user:a': { createdAt: 1, updatedAt: 2 } } },
    },
    {
      name: 'a corrupt version 1 value is wrapped as it is, for validation to refuse and the backup to keep',
      define: items.defineUserRulesItem,
      key: 'userRules',
      old: 'not a rule list',
      expected: { list: 'not a rule list', ruleTimes: {} },
    },
  ],
  'undoSnapshot@2': [
    ...(
      [
        ['导入规则（合并）：新增 12 条，修改 3 条', { kind: 'import', mode: 'merge', added: 12, changed: 3, removed: 0 }],
        ['导入规则（替换）：新增 1 条，修改 0 条，移除 40 条', { kind: 'import', mode: 'replace', added: 1, changed: 0, removed: 40 }],
        ['恢复默认规则', { kind: 'reset' }],
      ] as const
    ).map(([label, action]) => ({
      name: `the version 1 label 「${label}」 becomes data the page words in its language`,
      define: items.defineUndoSnapshotItem,
      key: 'undoSnapshot',
      old: { label, takenAt: 5, userRules: { list: V1_LIST, ruleTimes: {} }, defaultRuleState: { disabledIds: [], seenVersion: 2 } },
      oldMeta: { v: 1 },
      expected: { action, takenAt: 5, userRules: { list: V1_LIST, ruleTimes: {} }, defaultRuleState: { disabledIds: [], seenVersion: 2 } },
    })),
    {
      name: 'a label the background never wrote is left as it is, for validation to refuse and the backup to keep',
      define: items.defineUndoSnapshotItem,
      key: 'undoSnapshot',
      old: { label: '<b>?</b>', takenAt: 5 },
      oldMeta: { v: 1 },
      expected: { label: '<b>?</b>', takenAt: 5 },
    },
  ],
};

const DEFINERS = Object.entries(items).filter(([name]) => /^define\w+Item$/.test(name)) as [string, () => { key: string; version: number; migrations?: Record<number, unknown> }][];

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('storage migrations', () => {
  it('has test cases for every migration of every item', () => {
    const declared = DEFINERS.flatMap(([, define]) => {
      const item = define();
      return Object.keys(item.migrations ?? {}).map((version) => `${item.key}@${version}`);
    });
    expect(declared.length).toBeGreaterThan(0);
    expect(Object.keys(MIGRATIONS).sort()).toEqual(declared.sort());
    for (const [, define] of DEFINERS) {
      const item = define();
      for (let version = 2; version <= item.version; version++) expect(item.migrations?.[version], `${item.key}@${version}`).toBeTypeOf('function');
    }
  });

  describe.each(Object.entries(MIGRATIONS))('%s', (_migration, cases) => {
    it.each(cases)('$name', async ({ define, key, old, oldMeta, expected }) => {
      await fakeBrowser.storage.local.set({ [key]: old, ...(oldMeta === undefined ? {} : { [`${key}$`]: oldMeta }) });
      const stored = define();
      expect(await stored.item.getValue()).toEqual(expected);
      // The migrated value and the new version mark are persisted, so the next start does not migrate again.
      const raw = await fakeBrowser.storage.local.get([key, `${key}$`]);
      expect(raw).toEqual({ [key]: expected, [`${key}$`]: { v: stored.version } });
    });
  });

  it('a reader migrates in memory a value written in the old shape after the item was defined', async () => {
    const stored = items.defineUserRulesItem();
    await stored.item.getValue();
    await fakeBrowser.storage.local.set({ userRules: V1_LIST });
    const read = await readStoredItem(stored);
    expect(read).toEqual({ value: { list: V1_LIST, ruleTimes: {} }, isStored: true });
    expect((await fakeBrowser.storage.local.get('userRules')).userRules).toEqual(V1_LIST);
  });

  it('an item without a stored value starts at the current version on its first write', async () => {
    const stored = items.defineUserRulesItem();
    await stored.item.setValue(items.EMPTY_USER_RULES);
    expect(await fakeBrowser.storage.local.get('userRules$')).toEqual({ userRules$: { v: 2 } });
  });
});
