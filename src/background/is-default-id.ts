/**
 * Whether an id belongs to a rule or keyword set of the built-in default list. User rules may not take these ids, so
 * switching a rule on or off by id is never ambiguous, and the default list can be replaced by an update without
 * touching anything the user wrote.
 */
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';

const DEFAULT_IDS = new Set([...DEFAULT_RULE_LIST.rules, ...DEFAULT_RULE_LIST.keywordSets].map((item) => item.id));

export function isDefaultId(id: string): boolean {
  return DEFAULT_IDS.has(id);
}
