/**
 * `local:undoSnapshot` version 1 → 2. Version 1 said what the snapshot undoes as Chinese text, which the options
 * page showed as it was, also in English; version 2 keeps it as data (`action`) that each page words in its own
 * language. The background wrote version 1 text in exactly three forms, so it is read back exactly. Total: null
 * (nothing to undo) stays null, and anything else is returned unchanged, for validation to refuse and the corrupt-value
 * backup to keep.
 */
const IMPORT_LABEL = /^导入规则（(合并|替换)）：新增 (\d+) 条，修改 (\d+) 条(?:，移除 (\d+) 条)?$/;
const RESET_LABEL = '恢复默认规则';

export function migrateUndoSnapshotToV2(previous: unknown): unknown {
  if (typeof previous !== 'object' || previous === null || !('label' in previous) || typeof previous.label !== 'string') return previous;
  const { label, ...rest } = previous;
  if (label === RESET_LABEL) return { ...rest, action: { kind: 'reset' } };
  const parts = IMPORT_LABEL.exec(label);
  if (parts === null) return previous;
  const [, mode, added, changed, removed] = parts;
  return {
    ...rest,
    action: { kind: 'import', mode: mode === '合并' ? 'merge' : 'replace', added: Number(added), changed: Number(changed), removed: Number(removed ?? 0) },
  };
}
