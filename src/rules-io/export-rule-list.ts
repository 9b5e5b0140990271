/**
 * Writes a rule list (or the rules and keyword sets with the given ids) as a file: our JSON format, which keeps
 * everything, or uBlock Origin / AdGuard filter lines, which keep what they can express and list the rest in
 * `skipped` with the reason. Every filter line written is read back before it is kept, so an exported file always
 * re-imports: a list imported from filter lines exports to the same lines and re-imports to the same rules and ids.
 *
 * What filter lines can express (FORMAT.md has the full table):
 * - a site rule's hide and except selectors: `hosts##selector`, `hosts#@#selector`;
 * - a site rule's item selectors together with an enabled keyword or regex rule for the same hosts whose weight is
 *   FILTER_TEXT_WEIGHT ("hide outright", the only thing a filter line can say): `hosts##item:has-text(term)`.
 *   Every item selector is written with every such term of its hosts (that is what the rules do together), except
 *   that two rules imported from different lines are not crossed again: re-importing the lines recreates that.
 *   A keyword rule with several terms becomes one line per term.
 * Not expressible: keyword sets, allow rules, disabled rules, other weights, set references, title/summary
 * selectors, regex rules on the page's raw text. Filter lines carry no ids or names: use JSON for a backup.
 */
import { clauses, localizable, type LocalizableText, type Substitution } from '@/src/engine/localizable-text';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION, type RuleList, type SiteRule } from '@/src/engine/rule-schema';
import { setReferences } from '@/src/engine/set-references';
import { formatFilterLine, type CosmeticFilter, type FilterText } from '@/src/rules-io/cosmetic-filter';
import { parseFilterLine } from '@/src/rules-io/parse-filter-line';
import { FILTER_TEXT_WEIGHT } from '@/src/rules-io/rules-from-cosmetic-filter';
import { stableStringify } from '@/src/rules-io/stable-stringify';

export type ExportFormat = 'json' | 'filter-lines';

export interface ExportedRules {
  text: string;
  /** Rules and keyword sets (by id) that were left out or only partly written, with the reason. */
  skipped: { id: string; reason: Substitution }[];
}

export const FILTER_LINES_HEADER = '! Title: 净读 Jingdu 导出的规则（uBlock Origin / AdGuard 过滤规则格式）';

export function exportRuleList(list: RuleList, options: { ids?: readonly string[]; format: ExportFormat }): ExportedRules {
  const wanted = options.ids === undefined ? undefined : new Set(options.ids);
  const rules = wanted === undefined ? list.rules : list.rules.filter((rule) => wanted.has(rule.id));
  const skipped: ExportedRules['skipped'] = [];
  if (wanted !== undefined) {
    const known = new Set([...list.rules, ...list.keywordSets].map((item) => item.id));
    for (const id of wanted) if (!known.has(id)) skipped.push({ id, reason: localizable('problem_exportNoSuchId') });
  }

  if (options.format === 'json') {
    // A rule is only usable with the keyword sets it names, so those come along even when not selected.
    const referenced = new Set(rules.flatMap(setReferences));
    const keywordSets = list.keywordSets.filter((set) => wanted === undefined || wanted.has(set.id) || referenced.has(set.id));
    const exported: RuleList = { format: RULE_LIST_FORMAT, version: RULE_LIST_VERSION, keywordSets, rules };
    return { text: `${JSON.stringify(exported, null, 2)}\n`, skipped };
  }

  const sets = wanted === undefined ? list.keywordSets : list.keywordSets.filter((set) => wanted.has(set.id));
  for (const set of sets) skipped.push({ id: set.id, reason: localizable('problem_exportKeywordSet') });
  return { text: writeFilterLines(list, rules, skipped), skipped };
}

type TextRule = Extract<RuleList['rules'][number], { kind: 'keyword' | 'regex' }>;

function writeFilterLines(list: RuleList, rules: RuleList['rules'], skipped: ExportedRules['skipped']): string {
  const lines: string[] = [];
  const written = new Set<string>();
  const reasons = new Map<string, LocalizableText[]>();
  const exported = new Set<string>();
  const note = (id: string, reason: LocalizableText) => reasons.set(id, [...(reasons.get(id) ?? []), reason]);
  /** Sites whose item selectors were written with some text rule. */
  const judged = new Set<string>();
  const emit = (filter: CosmeticFilter, ids: string[]) => {
    const line = formatFilterLine(filter);
    const reason = findReadBackProblem(filter, line);
    if (reason !== undefined) return ids.forEach((id) => note(id, localizable('problem_exportLine', line.slice(0, 80), reason)));
    if (!written.has(line)) lines.push(line);
    written.add(line);
    ids.forEach((id) => exported.add(id));
    if (filter.text !== undefined) ids.forEach((id) => judged.add(id));
  };

  const siteRules = list.rules.filter((rule): rule is SiteRule => rule.kind === 'site');
  const siteIds = new Set(siteRules.map((rule) => rule.id));
  const textIds = new Set(list.rules.filter((rule) => rule.kind === 'keyword' || rule.kind === 'regex').map((rule) => rule.id));
  /** A site rule and the text rule made with it from one `:has-text` line share this pairing of ids. */
  const isOwnPair = (site: SiteRule, text: TextRule) => text.id === `${site.id}:text`;
  const hasOwnPair = (rule: SiteRule | TextRule) =>
    rule.kind === 'site' ? textIds.has(`${rule.id}:text`) : rule.id.endsWith(':text') && siteIds.has(rule.id.slice(0, -5));

  for (const rule of rules) {
    if (!rule.enabled) {
      note(rule.id, localizable('problem_exportDisabled'));
      continue;
    }
    switch (rule.kind) {
      case 'allow':
        note(rule.id, localizable('problem_exportAllow'));
        break;
      case 'site': {
        const hosts = filterHosts(rule.hosts);
        rule.hideSelectors.forEach((selector) => emit({ hosts, exception: false, selector }, [rule.id]));
        rule.exceptSelectors.forEach((selector) => emit({ hosts, exception: true, selector }, [rule.id]));
        if (rule.itemSelectors.length > 0 && !judgesWholeItems(rule)) {
          note(rule.id, localizable('problem_exportSiteItems'));
        }
        break;
      }
      case 'keyword':
      case 'regex': {
        const texts = filterTexts(rule);
        if (!Array.isArray(texts)) {
          note(rule.id, texts);
          break;
        }
        const partners = siteRules.filter((site) => site.enabled && judgesWholeItems(site) && pairs(site, rule));
        if (partners.length === 0) note(rule.id, localizable('problem_exportNoPartner'));
        for (const site of partners) {
          for (const selector of site.itemSelectors) {
            for (const text of texts) emit({ hosts: filterHosts(rule.hosts), exception: false, selector, text }, [rule.id, site.id]);
          }
        }
        break;
      }
    }
  }

  function pairs(site: SiteRule, text: TextRule): boolean {
    if (hostsKey(site.hosts) !== hostsKey(text.hosts)) return false;
    return isOwnPair(site, text) || !hasOwnPair(site) || !hasOwnPair(text);
  }
  // Item selectors are written only as part of a text rule's lines; say so for the sites none of them used.
  for (const rule of rules) {
    if (rule.kind === 'site' && rule.enabled && rule.itemSelectors.length > 0 && judgesWholeItems(rule) && !judged.has(rule.id)) {
      note(rule.id, localizable('problem_exportItemsNeedText', String(FILTER_TEXT_WEIGHT)));
    }
  }
  for (const [id, ruleReasons] of reasons) {
    const reason = clauses(ruleReasons);
    skipped.push({ id, reason: exported.has(id) ? localizable('problem_exportPartial', reason) : reason });
  }
  return [FILTER_LINES_HEADER, ...lines].join('\n') + '\n';
}

/** The `:has-text(…)` arguments a text rule becomes (one per term), or why it cannot become any. */
function filterTexts(rule: TextRule): FilterText[] | LocalizableText {
  if (rule.weight !== FILTER_TEXT_WEIGHT) {
    return localizable('problem_exportWeight', String(rule.weight), String(FILTER_TEXT_WEIGHT));
  }
  if (rule.kind === 'regex') {
    if (!rule.matchNormalized) return localizable('problem_exportRawRegex');
    return [{ kind: 'regex', pattern: rule.pattern, ignoreCase: rule.ignoreCase }];
  }
  if (rule.sets.length > 0 || rule.requireSets.length > 0) return localizable('problem_exportSetReferences');
  return rule.terms.map((term) => ({ kind: 'keyword', term }));
}

function judgesWholeItems(rule: SiteRule): boolean {
  return rule.judgeItems && rule.titleSelector === undefined && rule.summarySelector === undefined;
}

/** Filter lines say "every site" by writing no host; `*` anywhere in a host list means every site too. */
function filterHosts(hosts: readonly string[]): string[] {
  return hosts.includes('*') ? [] : [...hosts];
}

function hostsKey(hosts: readonly string[]): string {
  return [...new Set(filterHosts(hosts))].sort().join(',');
}

/**
 * Reads the line back; it must give the very filter it was written from, or importing it would give other rules
 * (the term `/开挂/` would come back as a regex, a term with unbalanced parentheses would not come back at all).
 */
function findReadBackProblem(filter: CosmeticFilter, line: string): LocalizableText | undefined {
  const parsed = parseFilterLine(line);
  if (parsed.kind === 'rejected') return localizable('problem_exportNotFilter', parsed.reason);
  if (parsed.kind === 'skip' || stableStringify(parsed.filter) !== stableStringify(filter)) return localizable('problem_exportChangesOnReadBack');
  return undefined;
}
