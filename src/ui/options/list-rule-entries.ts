/**
 * The options page's view of all rules: default rules (read-only, can be switched off) and the user's own, each with
 * whether it is in effect, and the search and filters over them. Pure: the rule list is plain data.
 */
import type { KeywordSet, Rule, RuleKind, RuleList } from '@/src/engine/rule-schema';
import { setReferences } from '@/src/engine/set-references';

export type RuleOrigin = 'user' | 'default';

export interface RuleEntry<T = Rule> {
  item: T;
  origin: RuleOrigin;
  /** In effect: its own `enabled` flag, and for a default, not switched off by the user. */
  isEnabled: boolean;
}

export interface RuleFilter {
  text: string;
  kind: RuleKind | 'all';
  origin: RuleOrigin | 'all';
}

interface Sources {
  userRules: RuleList;
  defaultRules: RuleList;
  defaultRuleState: { disabledIds: readonly string[] };
}

export function listRuleEntries(sources: Sources): RuleEntry[] {
  const disabled = new Set(sources.defaultRuleState.disabledIds);
  return [
    ...sources.userRules.rules.map((rule) => ({ item: rule, origin: 'user' as const, isEnabled: rule.enabled })),
    ...sources.defaultRules.rules.map((rule) => ({
      item: rule,
      origin: 'default' as const,
      isEnabled: rule.enabled && !disabled.has(rule.id),
    })),
  ];
}

export function listKeywordSetEntries(sources: Sources): RuleEntry<KeywordSet>[] {
  const disabled = new Set(sources.defaultRuleState.disabledIds);
  return [
    ...sources.userRules.keywordSets.map((set) => ({ item: set, origin: 'user' as const, isEnabled: set.enabled })),
    ...sources.defaultRules.keywordSets.map((set) => ({
      item: set,
      origin: 'default' as const,
      isEnabled: set.enabled && !disabled.has(set.id),
    })),
  ];
}

/** Every keyword set a rule may reference, user sets first (a user set shadows a default of the same id). */
export function availableKeywordSets(sources: Sources): KeywordSet[] {
  const seen = new Set<string>();
  return [...sources.userRules.keywordSets, ...sources.defaultRules.keywordSets].filter((set) => {
    if (seen.has(set.id)) return false;
    seen.add(set.id);
    return true;
  });
}

/** `nameOf` gives the name the list shows (a default rule's in the page's language), which search finds too. */
export function filterRuleEntries(entries: readonly RuleEntry[], filter: RuleFilter, nameOf: (rule: Rule) => string): RuleEntry[] {
  const words = filter.text.toLowerCase().split(/\s+/u).filter(Boolean);
  return entries.filter(
    (entry) =>
      (filter.kind === 'all' || entry.item.kind === filter.kind) &&
      (filter.origin === 'all' || entry.origin === filter.origin) &&
      words.every((word) => searchText(entry.item, nameOf(entry.item)).includes(word)),
  );
}

/** Everything a user might search a rule by: name (as stored and as shown), id, hosts, terms, pattern, selectors. */
function searchText(rule: Rule, shownName: string): string {
  return [rule.name, shownName, rule.id, ...rule.hosts, ...ruleContent(rule)].join('\n').toLowerCase();
}

/** The rule's own content, for the one-line summary in the list and for search. */
export function ruleContent(rule: Rule): string[] {
  switch (rule.kind) {
    case 'keyword':
    case 'allow':
      return [...rule.terms, ...setReferences(rule)];
    case 'regex':
      return [rule.pattern];
    case 'site':
      return [
        ...rule.itemSelectors,
        ...(rule.titleSelector === undefined ? [] : [rule.titleSelector]),
        ...(rule.summarySelector === undefined ? [] : [rule.summarySelector]),
        ...rule.hideSelectors,
        ...rule.exceptSelectors,
      ];
  }
}
