/**
 * What importing `incoming` into `current` will do, item by item, and the list that results: the options page shows
 * the first part, and `rules/import` stores the second (recomputed in the background against the latest stored
 * list, so an import never works from a stale copy).
 *
 * - merge:   current items stay; incoming items are added, or replace the current item with the same id.
 * - replace: the result is exactly the incoming list; current items it does not contain are listed as removed.
 *
 * A duplicate is an incoming item with the same id and the same content as a current one, or the same content under
 * another id (content = everything but `id` and `name`: what a rule does, not what it is called). Duplicates are
 * not added twice, so re-importing a file changes nothing.
 *
 * Each list is within the limits on its own (the file was checked), but a merge can pass them: the preview says so
 * (`overLimit`), so the options page refuses it before the user confirms, and the background refuses it the same way.
 */
import type { KeywordSet, Rule, RuleList } from '@/src/engine/rule-schema';
import { errorMessage, type ErrorMessage } from '@/src/messages';
import { MAX_KEYWORD_SETS, MAX_RULES } from '@/src/engine/rule-schema';
import { stableStringify } from '@/src/rules-io/stable-stringify';

export type ImportMode = 'merge' | 'replace';

export interface ItemChanges<T> {
  added: T[];
  changed: { before: T; after: T }[];
  duplicated: T[];
  /** Replace mode only: current items the result no longer has. */
  removed: T[];
}

/** The result would hold more items than a rule list may: nothing can be imported. */
export interface OverLimit {
  part: 'rules' | 'keywordSets';
  count: number;
  limit: number;
}

export interface ImportPreview extends ItemChanges<Rule> {
  keywordSets: ItemChanges<KeywordSet>;
  result: RuleList;
  overLimit?: OverLimit;
}

export function previewImport(current: RuleList, incoming: RuleList, mode: ImportMode): ImportPreview {
  const rules = compareItems(current.rules, incoming.rules, mode);
  const keywordSets = compareItems(current.keywordSets, incoming.keywordSets, mode);
  const result = { ...current, keywordSets: keywordSets.result, rules: rules.result };
  const overLimit = findOverLimit(result);
  return { ...rules.changes, keywordSets: keywordSets.changes, result, ...(overLimit === undefined ? {} : { overLimit }) };
}

/** The refusal as the user reads it, in the options page's preview and from the background alike. */
export function describeOverLimit({ part, count, limit }: OverLimit): ErrorMessage {
  const format = (value: number) => value.toLocaleString('en-US');
  return errorMessage(part === 'rules' ? 'error_tooManyRules' : 'error_tooManyKeywordSets', format(count), format(limit));
}

function findOverLimit(list: RuleList): OverLimit | undefined {
  if (list.rules.length > MAX_RULES) return { part: 'rules', count: list.rules.length, limit: MAX_RULES };
  if (list.keywordSets.length > MAX_KEYWORD_SETS) return { part: 'keywordSets', count: list.keywordSets.length, limit: MAX_KEYWORD_SETS };
  return undefined;
}

function compareItems<T extends { id: string }>(
  current: readonly T[],
  incoming: readonly T[],
  mode: ImportMode,
): { changes: ItemChanges<T>; result: T[] } {
  const changes: ItemChanges<T> = { added: [], changed: [], duplicated: [], removed: [] };
  const indexById = new Map(current.map((item, index) => [item.id, index]));
  const contents = new Set(current.map(contentOf));
  const result = mode === 'merge' ? [...current] : [...incoming];

  for (const item of incoming) {
    const index = indexById.get(item.id);
    const before = index === undefined ? undefined : current[index];
    if (before !== undefined && index !== undefined) {
      if (stableStringify(before) === stableStringify(item)) changes.duplicated.push(item);
      else {
        changes.changed.push({ before, after: item });
        if (mode === 'merge') result[index] = item;
      }
      continue;
    }
    const content = contentOf(item);
    if (contents.has(content)) {
      changes.duplicated.push(item);
      if (mode === 'merge') continue;
    } else changes.added.push(item);
    contents.add(content);
    if (mode === 'merge') result.push(item);
  }

  if (mode === 'replace') {
    const keptIds = new Set(incoming.map((item) => item.id));
    const keptContents = new Set(incoming.map(contentOf));
    changes.removed = current.filter((item) => !keptIds.has(item.id) && !keptContents.has(contentOf(item)));
  }
  return { changes, result };
}

function contentOf(item: object): string {
  return stableStringify(item, ['id', 'name']);
}
