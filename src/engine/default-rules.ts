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
 *
 * Shipped pre-validated: this module runs in the content script of every page and frame, which must not carry zod
 * (about 115 kB to evaluate on every page). The file is checked against the one rule schema by a unit test
 * (test/unit/engine/default-rules.test.ts proves `ruleListSchema.parse(file)` equals `DEFAULT_RULE_LIST`), so here we
 * only fill in the fields the schema defaults (`enabled`, `hosts`…) and the file may leave out
 * (fill-rule-list-defaults.ts). A schema default added or changed without updating that module fails that test.
 */
import rawDefaultRules from '@/assets/default-rules.json';
import { fillRuleListDefaults } from '@/src/engine/fill-rule-list-defaults';
import type { RuleList } from '@/src/engine/rule-schema';

const { defaultsVersion, ...list } = rawDefaultRules;

export const DEFAULT_RULES_VERSION: number = defaultsVersion;

/** The shipped list as `ruleListSchema.parse` gives it (unit-tested); no schema runs in the page. */
export const DEFAULT_RULE_LIST = fillRuleListDefaults(list) as RuleList;
