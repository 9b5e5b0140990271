/**
 * The names of what ships with the extension (default rules and keyword sets, built-in signals, the model) in the
 * user's language. Stored rules keep the name they were stored with, in Chinese for the defaults: the storage format
 * does not change, and a name the user typed is theirs. Where a name is shown, `displayName` decides: an item with a
 * shipped id whose name is still the shipped one shows the catalogue's message `name_<id>` (every shipped item has
 * one in both catalogues, and the zh_CN one is the shipped name: test/unit/engine/shipped-names.test.ts); any other
 * name shows as it is.
 */
import { BUILT_IN_SIGNALS } from '@/src/engine/built-in-signals';
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';

export type NameKey = `name_${string}`;

export interface NamedItem {
  id: string;
  name: string;
}

/** The shipped name of every shipped id. */
const SHIPPED_NAMES: ReadonlyMap<string, string> = new Map(
  [...DEFAULT_RULE_LIST.rules, ...DEFAULT_RULE_LIST.keywordSets, ...BUILT_IN_SIGNALS].map(({ id, name }) => [id, name]),
);

/** `default:set:gua-words` → `name_default_set_gua_words` (message names allow letters, digits and `_` only). */
export function nameKeyOf(id: string): NameKey {
  return `name_${id.replace(/\W/g, '_')}`;
}

/** The name to show for `item`: from the catalogue `translateName` reads when shipped and not renamed. */
export function displayName(item: NamedItem, translateName: (key: NameKey) => string): string {
  if (SHIPPED_NAMES.get(item.id) !== item.name) return item.name;
  // Every placeholder asks again for the same few ids: their keys are made once.
  let key = SHIPPED_NAME_KEYS.get(item.id);
  if (key === undefined) {
    key = nameKeyOf(item.id);
    SHIPPED_NAME_KEYS.set(item.id, key);
  }
  return translateName(key);
}

/** `nameKeyOf` of the shipped ids asked so far (a bounded set: shipped ids only). */
const SHIPPED_NAME_KEYS = new Map<string, NameKey>();
