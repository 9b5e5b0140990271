/**
 * Compiles the default list and the user's list into the form `classifyItem` runs: every term of every keyword set
 * and rule in one Aho–Corasick automaton, regex rules compiled by RE2, and the tables that lead from a matched term
 * to the rules it serves. Compile once per rule change; classify many times.
 *
 *   keyword sets ─┐                      ┌─ pattern → the rules that read it (through its term groups)
 *   rule terms ───┼─ normalise ─ dedupe ─┤
 *                 │                      └─ one automaton over all patterns
 *   regex rules ──── RE2 (linear time) ──── run per item
 *   site rules ───── passed through for the page code (see site-rules-for-host.ts)
 *
 * A term group is one keyword set, or the terms a rule lists itself; a rule reads its own group and the groups of
 * the sets it names. Disabled rules and sets (their own `enabled`, or a default id in `disabledIds`) are left out.
 * Compiling never throws: a rule that cannot compile (a pattern RE2 refuses, which validation should have caught) is
 * skipped and listed in `problems`.
 *
 * RE2 is large (about 180 kB) and the default list has no regex rules, so the content script compiles with
 * `compileRulesWith` and a compiler it loads only when enabled regex rules exist (src/page/load-regex-engine.ts);
 * without one, regex rules are skipped and listed in `problems`. `compileRules` binds RE2 statically for everyone
 * else. Keep the content script's import graph off `compileRules` and `compileRe2Regex`: the bundle-size check in
 * test/e2e/build-output.e2e.ts fails if RE2 comes back into it.
 */
import { RE2JS } from 're2js';

import { SIGNAL_SET_IDS, type BuiltInSignalId } from '@/src/engine/built-in-signals';
import { NGRAM_MODEL_WEIGHTS } from '@/src/engine/ngram-model-weights';
import { normalizeText } from '@/src/engine/normalize-text';
import { packLists, type PackedLists } from '@/src/engine/packed-lists';
import type { KeywordSet, Rule, RuleList, SiteRule } from '@/src/engine/rule-schema';
import { decodeNgramModel, type NgramModel } from '@/src/engine/score-ngram-model';
import { MATCH_ROLE } from '@/src/engine/signal-evidence';
import { buildTermAutomaton, type TermAutomaton } from '@/src/engine/term-automaton';

export interface RuleSources {
  defaults: RuleList;
  user: RuleList;
  /** Default rules and keyword sets the user switched off, and built-in signal ids (`signal:template`, `model`). */
  disabledIds: readonly string[];
  /** The statistical model: the shipped one when left out; `null` for none (the trainer passes its own). */
  model?: NgramModel | null;
}

/** A keyword or allow rule, reduced to what scoring needs. */
export interface TermRule {
  id: string;
  name: string;
  kind: 'keyword' | 'allow';
  weight: number;
  /** Host patterns; empty: every site. */
  hosts: readonly string[];
  /** Term groups whose matches fire the rule. */
  groups: readonly number[];
  /** Term groups that must each match too (keyword rules' `requireSets`). */
  requiredGroups: readonly number[];
  /** Term groups any of which, matching too, takes an allow rule's subtraction away (its `unlessSets`). */
  unlessGroups: readonly number[];
  alwaysShow: boolean;
}

export interface CompiledRegexRule {
  id: string;
  name: string;
  weight: number;
  hosts: readonly string[];
  matchNormalized: boolean;
  regex: RE2JS;
}

export interface CompileProblem {
  path: string;
  message: string;
}

export interface CompiledRules {
  /** Enabled site rules, defaults first; the page code reads them through `siteRulesForHost`. */
  siteRules: SiteRule[];
  automaton: TermAutomaton;
  /** For each pattern (automaton id), the term groups it belongs to. */
  patternGroups: PackedLists;
  /** For each pattern, the indices in `termRules` of the keyword rules that read it (through any of its groups). */
  patternKeywordRules: PackedLists;
  /** For each pattern, the indices in `termRules` of the allow rules that read it. */
  patternAllowRules: PackedLists;
  /** For each pattern, its `MATCH_ROLE` bits: which default sets the built-in signals read it from. */
  patternRoles: Uint8Array;
  /** Number of term groups (keyword sets and rules' own term lists). */
  groupCount: number;
  termRules: readonly TermRule[];
  regexRules: readonly CompiledRegexRule[];
  /** Per built-in signal, whether it runs: the user can switch each off. */
  enabledSignals: Readonly<Record<BuiltInSignalId, boolean>>;
  model: NgramModel | undefined;
  problems: readonly CompileProblem[];
}

/** Compiles one user pattern; must be linear-time (RE2), never the native `RegExp`. */
export type RegexCompiler = (pattern: string, ignoreCase: boolean) => RE2JS;

/** RE2 from the bundled package (background, popup, options, tests). */
export const compileRe2Regex: RegexCompiler = (pattern, ignoreCase) =>
  RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);

let shippedModel: NgramModel | undefined;

export function compileRules(sources: RuleSources): CompiledRules {
  return compileRulesWith(sources, compileRe2Regex);
}

/** `compileRules` with the regex compiler given; `undefined` (RE2 not loaded yet) skips regex rules as problems. */
export function compileRulesWith(sources: RuleSources, compileRegex: RegexCompiler | undefined): CompiledRules {
  const disabled = new Set(sources.disabledIds);
  const lists = [
    { list: sources.defaults, label: 'defaults' },
    { list: sources.user, label: 'user' },
  ];
  const problems: CompileProblem[] = [];
  const patternIds = new Map<string, number>();
  const patternGroups: number[][] = [];
  let groupCount = 0;

  const addGroup = (terms: readonly string[]): number => {
    const group = groupCount++;
    for (const term of terms) {
      const pattern = normalizeText(term);
      if (pattern === '') continue; // validation reports these; a term of punctuation alone matches nothing
      let id = patternIds.get(pattern);
      if (id === undefined) {
        id = patternGroups.length;
        patternIds.set(pattern, id);
        patternGroups.push([]);
      }
      const groups = patternGroups[id];
      if (groups && !groups.includes(group)) groups.push(group);
    }
    return group;
  };

  // Sets first, so rules of either list can name the sets of both (a user rule may reuse a default set).
  const setGroups = new Map<string, number>();
  for (const { list } of lists) {
    for (const set of list.keywordSets) {
      if (isEnabled(set, disabled) && !setGroups.has(set.id)) setGroups.set(set.id, addGroup(set.terms));
    }
  }

  const termRules: TermRule[] = [];
  const regexRules: CompiledRegexRule[] = [];
  const siteRules: SiteRule[] = [];
  for (const { list, label } of lists) {
    list.rules.forEach((rule, index) => {
      if (!isEnabled(rule, disabled)) return;
      if (rule.kind === 'site') {
        siteRules.push(rule);
      } else if (rule.kind === 'regex') {
        if (compileRegex === undefined) {
          problems.push({ path: `${label}.rules[${index}].pattern`, message: 'regex engine not loaded' });
          return;
        }
        try {
          const regex = compileRegex(rule.pattern, rule.ignoreCase);
          const { id, name, hosts, weight, matchNormalized } = rule;
          regexRules.push({ id, name, weight, hosts, matchNormalized, regex });
        } catch (error) {
          problems.push({ path: `${label}.rules[${index}].pattern`, message: String(error) });
        }
      } else {
        const requireSets = rule.kind === 'keyword' ? rule.requireSets : [];
        // A required set that is missing or switched off cannot match, so the rule cannot fire: leave it out.
        if (requireSets.some((id) => !setGroups.has(id))) return;
        const ownGroup = rule.terms.length > 0 ? [addGroup(rule.terms)] : [];
        // Every field written out, in one order: classifying reads these rules for every item, and objects built by
        // spreading can take several shapes (they did in Node 20's V8), which made those reads megamorphic there
        // (about 8% of classifying an item).
        termRules.push({
          id: rule.id,
          name: rule.name,
          kind: rule.kind,
          weight: rule.weight,
          hosts: rule.hosts,
          groups: [...ownGroup, ...setIdsToGroups(rule.sets, setGroups)],
          requiredGroups: setIdsToGroups(requireSets, setGroups),
          // A set that is missing or switched off never matches, so it takes nothing away.
          unlessGroups: setIdsToGroups(rule.kind === 'allow' ? rule.unlessSets : [], setGroups),
          alwaysShow: rule.kind === 'allow' && rule.alwaysShow,
        });
      }
    });
  }

  const groupRules = Array.from({ length: groupCount }, (): number[] => []);
  termRules.forEach((rule, ruleIndex) => {
    for (const group of rule.groups) groupRules[group]?.push(ruleIndex);
  });
  // Per group first, then per pattern: most patterns belong to one group and share its list.
  const groupRulesOf = (kind: TermRule['kind']) => groupRules.map((rules) => rules.filter((rule) => termRules[rule]?.kind === kind));
  const groupKeywordRules = groupRulesOf('keyword');
  const groupAllowRules = groupRulesOf('allow');
  const rulesOfPattern = (groups: readonly number[], byGroup: readonly number[][]): readonly number[] =>
    groups.length === 1 ? (byGroup[groups[0] ?? 0] ?? []) : [...new Set(groups.flatMap((group) => byGroup[group] ?? []))];
  // Per group first, then per pattern: a pattern's roles are those of its groups.
  const groupRoles = new Uint8Array(groupCount);
  for (const [role, ids] of [
    [MATCH_ROLE.cheat, SIGNAL_SET_IDS.cheat],
    [MATCH_ROLE.game, SIGNAL_SET_IDS.game],
    [MATCH_ROLE.contact, SIGNAL_SET_IDS.contact],
    [MATCH_ROLE.lead, SIGNAL_SET_IDS.lead],
    [MATCH_ROLE.mention, SIGNAL_SET_IDS.mention],
  ] as const) {
    for (const group of setIdsToGroups(ids, setGroups)) groupRoles[group]! |= role;
  }
  const patternRoles = new Uint8Array(patternGroups.length);
  patternGroups.forEach((groups, pattern) => {
    for (const group of groups) patternRoles[pattern]! |= groupRoles[group] ?? 0;
  });
  // An object with one fixed shape, not a Set: classifying reads it for every item.
  const enabledSignals: Record<BuiltInSignalId, boolean> = {
    'signal:template': !disabled.has('signal:template'),
    'signal:contact': !disabled.has('signal:contact'),
    model: !disabled.has('model'),
  };
  const model = sources.model === undefined ? (shippedModel ??= decodeNgramModel(NGRAM_MODEL_WEIGHTS)) : sources.model;
  return {
    siteRules,
    automaton: buildTermAutomaton([...patternIds.keys()]),
    patternGroups: packLists(patternGroups),
    patternKeywordRules: packLists(patternGroups.map((groups) => rulesOfPattern(groups, groupKeywordRules))),
    patternAllowRules: packLists(patternGroups.map((groups) => rulesOfPattern(groups, groupAllowRules))),
    patternRoles,
    groupCount,
    termRules,
    regexRules,
    enabledSignals,
    model: model ?? undefined,
    problems,
  };
}

function isEnabled(item: Rule | KeywordSet, disabled: ReadonlySet<string>): boolean {
  return item.enabled && !disabled.has(item.id);
}

function setIdsToGroups(ids: readonly string[], setGroups: ReadonlyMap<string, number>): number[] {
  return ids.flatMap((id) => {
    const group = setGroups.get(id);
    return group === undefined ? [] : [group];
  });
}
