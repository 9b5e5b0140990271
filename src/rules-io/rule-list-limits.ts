/**
 * How many rules and keyword sets one rule list may hold: the limits `ruleListSchema` enforces
 * (src/engine/rule-schema.ts), for the checks that count before or without the schema (filter lines as they are
 * read, a merged import in the preview). test/unit/rules-io/preview-import.test.ts keeps them equal to the schema's.
 */
export const MAX_RULES = 100_000;
export const MAX_KEYWORD_SETS = 10_000;
