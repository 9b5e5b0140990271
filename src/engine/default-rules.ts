/**
 * The default rule list shipped in assets/default-rules.json: `{ defaultsVersion, list }`. `defaultsVersion` is
 * bumped whenever the list changes; defaults are never copied into the user's rules, so an update replaces them
 * without touching anything the user wrote (the user's switches for default rules are kept by id).
 */
import defaultRulesFile from '@/assets/default-rules.json';
import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';

export const DEFAULT_RULES_VERSION: number = defaultRulesFile.defaultsVersion;
export const DEFAULT_RULE_LIST: RuleList = ruleListSchema.parse(defaultRulesFile.list);
