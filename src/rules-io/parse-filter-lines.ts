/**
 * A whole uBlock Origin / AdGuard filter list → our rule list, line by line. Every line that gives no rule and is not
 * a comment is reported with its number and the reason; the first of several identical lines wins. Work is linear in
 * the size of the text and the rule count is capped at the schema's limit, so a hostile file cannot run away.
 */
import { clauses, localizable, type Substitution } from '@/src/engine/localizable-text';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION, type Rule, type RuleList } from '@/src/engine/rule-schema';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { formatFilterLine } from '@/src/rules-io/cosmetic-filter';
import { parseFilterLine } from '@/src/rules-io/parse-filter-line';
import { rulesFromCosmeticFilter } from '@/src/rules-io/rules-from-cosmetic-filter';
import { MAX_RULES } from '@/src/engine/rule-schema';

export interface RejectedLine {
  /** 1-based line number in the file. */
  line: number;
  /** The line as written (cut to 200 characters). */
  text: string;
  reason: Substitution;
}

export interface FilterLinesParse {
  list: RuleList;
  /** The first `MAX_LISTED_REJECTED` rejected lines. */
  rejected: RejectedLine[];
  /** How many lines were rejected in all. */
  rejectedCount: number;
}

const MAX_LISTED_REJECTED = 1_000;

export function parseFilterLines(text: string): FilterLinesParse {
  const rules: Rule[] = [];
  const rejected: RejectedLine[] = [];
  let rejectedCount = 0;
  const firstLineOf = new Map<string, number>();
  const reject = (line: number, lineText: string, reason: Substitution) => {
    rejectedCount++;
    if (rejected.length < MAX_LISTED_REJECTED) rejected.push({ line, text: lineText.trim().slice(0, 200), reason });
  };

  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    const line = index + 1;
    const parsed = parseFilterLine(lineText);
    if (parsed.kind === 'skip') return;
    if (parsed.kind === 'rejected') return reject(line, lineText, parsed.reason);

    const canonical = formatFilterLine(parsed.filter);
    const earlier = firstLineOf.get(canonical);
    if (earlier !== undefined) return reject(line, lineText, localizable('problem_lineDuplicate', String(earlier)));
    // The line's rules go through the same check as any list (schema, RE2, whatever the engine adds), on their own,
    // so a problem is reported against this line and the other lines still import.
    const check = checkRuleList({
      format: RULE_LIST_FORMAT,
      version: RULE_LIST_VERSION,
      rules: rulesFromCosmeticFilter(parsed.filter, canonical),
    });
    // The paths are of the line's own rules, meaningless in the file: the reasons alone.
    if (!check.ok) return reject(line, lineText, clauses(check.problems.map((problem) => problem.reason)));
    if (rules.length + check.list.rules.length > MAX_RULES) {
      return reject(line, lineText, localizable('problem_lineOverLimit', MAX_RULES.toLocaleString('en-US')));
    }
    firstLineOf.set(canonical, line);
    rules.push(...check.list.rules);
  });

  return {
    list: { format: RULE_LIST_FORMAT, version: RULE_LIST_VERSION, keywordSets: [], rules },
    rejected,
    rejectedCount,
  };
}
