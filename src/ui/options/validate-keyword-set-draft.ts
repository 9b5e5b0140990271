/** Validation of a keyword set as its form reads it: the schema, then the list checks, reasons at their fields. */
import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION, keywordSetSchema, type KeywordSet } from '@/src/engine/rule-schema';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import type { FormCheck, FormDraft } from '@/src/ui/options/validated-form';
import { createErrorReport, reportListProblems } from '@/src/ui/options/validate-rule-draft';

export function validateKeywordSetDraft(draft: FormDraft): FormCheck<KeywordSet> {
  const { errors, report } = createErrorReport(draft.lineNumbers);
  const parsed = keywordSetSchema.safeParse(draft.values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path, describeSchemaIssue(issue, draft.values));
    return { value: undefined, errors };
  }
  const check = checkRuleList({ format: RULE_LIST_FORMAT, version: RULE_LIST_VERSION, keywordSets: [parsed.data], rules: [] });
  if (!check.ok) reportListProblems(check.problems, 'keywordSets', report);
  return { value: errors.size === 0 ? parsed.data : undefined, errors };
}
