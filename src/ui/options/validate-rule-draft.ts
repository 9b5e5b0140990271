/**
 * Validation of a rule as the editor reads it, field by field, so each reason can be shown at its field:
 *
 *   1. the rule schema (the same one storage and imports use), each issue addressed by its path;
 *   2. the checks every stored or imported list passes (`checkRuleList`: RE2 compiles the pattern, referenced
 *      keyword sets exist, selectors are plain CSS), run on a one-rule list next to the sets the rule may use;
 *   3. what only a page can check: whether the browser parses each CSS selector;
 *   4. rules that would do nothing (no terms and no sets; a site rule without selectors).
 *
 * Only a rule that passes all of these is returned, and only a returned rule is ever sent to the background.
 */
import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { localizable, type Substitution } from '@/src/engine/localizable-text';
import {
  RULE_LIST_FORMAT,
  RULE_LIST_VERSION,
  ruleSchema,
  type KeywordSet,
  type Rule,
} from '@/src/engine/rule-schema';
import { localizeText } from '@/src/messages';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { findRegexProblem } from '@/src/rules-io/find-regex-problem';
import type { RuleFileProblem } from '@/src/rules-io/rule-file-problem';
import { t } from '@/src/ui/i18n';
import { isValidCssSelector } from '@/src/ui/options/check-css-selector';
import type { FormDraft } from '@/src/ui/options/validated-form';

/** The rule as read from the form (list fields are arrays of non-blank lines, with their line numbers). */
export type RuleDraft = FormDraft;

export interface DraftCheck {
  rule: Rule | undefined;
  /** First reason per field key. */
  errors: Map<string, string>;
}

const SELECTOR_LIST_FIELDS = ['itemSelectors', 'hideSelectors', 'exceptSelectors'] as const;
const SELECTOR_FIELDS = ['titleSelector', 'summarySelector'] as const;

export function validateRuleDraft(draft: RuleDraft, keywordSets: readonly KeywordSet[]): DraftCheck {
  const { errors, report } = createErrorReport(draft.lineNumbers);

  const values = draft.values;
  // The browser's own selector check runs on what was typed, valid rule or not, so its reason shows as soon as the
  // selector field is touched.
  for (const key of SELECTOR_LIST_FIELDS) {
    const selectors = values[key];
    if (!Array.isArray(selectors)) continue;
    selectors.forEach((selector: unknown, index) => {
      if (typeof selector === 'string' && !isValidCssSelector(selector)) report([key, index], t('options_errorSelector'));
    });
  }
  for (const key of SELECTOR_FIELDS) {
    const selector = values[key];
    if (typeof selector === 'string' && !isValidCssSelector(selector)) report([key], t('options_errorSelector'));
  }

  const parsed = ruleSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, describeSchemaIssue(issue, values));
    // The pattern's RE2 check does not wait for the rest of the rule to be valid.
    if (values.kind === 'regex' && typeof values.pattern === 'string' && values.pattern !== '') {
      const problem = findRegexProblem(values.pattern, values.ignoreCase !== false);
      if (problem !== undefined) report(['pattern'], problem);
    }
    return { rule: undefined, errors };
  }
  const rule = parsed.data;

  const listCheck = checkRuleList({
    format: RULE_LIST_FORMAT,
    version: RULE_LIST_VERSION,
    keywordSets: [...keywordSets],
    rules: [rule],
  });
  if (!listCheck.ok) reportListProblems(listCheck.problems, 'rules', report);

  if (rule.kind === 'site' && rule.itemSelectors.length === 0 && rule.hideSelectors.length === 0) {
    report(['itemSelectors'], t('options_errorSiteNeedsSelector'));
  }
  if ((rule.kind === 'keyword' || rule.kind === 'allow') && rule.terms.length === 0 && rule.sets.length === 0) {
    report(['terms'], t('options_errorNeedsTerms'));
  }
  return { rule: errors.size === 0 ? rule : undefined, errors };
}

/**
 * Reports the problems `checkRuleList` found in the first entry of `collection` at their fields: its path
 * `rules[0].terms[2]` addresses field `terms`, entry 2. Problems elsewhere (the keyword sets lent to a rule for its
 * references) are not the draft's.
 */
export function reportListProblems(
  problems: readonly RuleFileProblem[],
  collection: 'rules' | 'keywordSets',
  report: (path: readonly PropertyKey[], reason: Substitution) => void,
): void {
  const fieldPath = new RegExp(`^${collection}\\[0\\]\\.(\\w+)(?:\\[(\\d+)\\])?`);
  for (const problem of problems) {
    const match = fieldPath.exec(problem.path ?? '');
    if (match === null) continue;
    // Shown at its field, the reason needs no path.
    report(match[2] === undefined ? [match[1]!] : [match[1]!, Number(match[2])], problem.reason);
  }
}

/** Collects the first reason per field, in the page's language, naming the textarea line of list entries. */
export function createErrorReport(lineNumbers: Record<string, number[]>) {
  const errors = new Map<string, string>();
  const report = (path: readonly PropertyKey[], reason: Substitution) => {
    const key = String(path[0] ?? 'rule');
    if (errors.has(key)) return;
    const index = path[1];
    const line = typeof index === 'number' ? (lineNumbers[key]?.[index] ?? index + 1) : undefined;
    errors.set(key, localizeText(line === undefined ? reason : localizable('options_errorAtLine', String(line), reason)));
  };
  return { errors, report };
}
