/**
 * The default rule list, shipped in `assets/default-rules.json`.
 *
 * Format: an ordinary rule list (see rule-schema.ts) with one more top-level field, `defaultsVersion`, an integer
 * bumped whenever the file changes:
 *
 *   { "defaultsVersion": 1, "format": "jingdu-rules", "version": 1, "keywordSets": [...], "rules": [...] }
 *
 * `version` is the rule-list *format* version (shared with user lists and import files); `defaultsVersion` is the
 * version of this list's *content*. Defaults are never copied into the user's list: the engine compiles both side
 * by side, and the user's choices about defaults are kept as `disabledIds` (default ids the user switched off).
 * A new default list therefore replaces the old one without touching user rules, and a switched-off default stays
 * off as long as its id exists. Every default id starts with `default:`, so user ids never collide with them.
 */
import rawDefaultRules from '@/assets/default-rules.json';
import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';

const { defaultsVersion, ...list } = rawDefaultRules;

export const DEFAULT_RULES_VERSION: number = defaultsVersion;

/** Parsed with the one rule schema, which also fills in defaults (`enabled`, `hosts`…); tests validate it fully. */
export const DEFAULT_RULE_LIST: RuleList = ruleListSchema.parse(list);
