/**
 * The last check before the user's rules are written: the full rule-list check (schema, RE2, unique ids, referenced
 * keyword sets, selector syntax), and no id of the default list or its `default:` namespace, so switching a rule on
 * or off by id is never ambiguous, now or after an update brings new default rules. An invalid list is never
 * written; the error names the rules by name, as the options page lists them, and the page words it.
 */
import { isDefaultId } from '@/src/background/is-default-id';
import { clauses, localizable, type LocalizableText } from '@/src/engine/localizable-text';
import type { RuleList } from '@/src/engine/rule-schema';
import { errorResult, type BackgroundResult } from '@/src/messages';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { describeRuleFileProblem, type RuleFileProblem } from '@/src/rules-io/rule-file-problem';

const LISTED_PROBLEMS = 5;
/** Every id of the default list starts with this (default-rules.ts). */
const DEFAULT_ID_PREFIX = 'default:';

export function validateUserRules(list: RuleList): BackgroundResult<RuleList> {
  const check = checkRuleList(list);
  if (!check.ok) {
    const described = clauses(check.problems.slice(0, LISTED_PROBLEMS).map((problem) => describeByName(problem, list)));
    return check.problems.length > LISTED_PROBLEMS
      ? errorResult('error_rulesInvalidMore', described, String(check.problems.length))
      : errorResult('error_rulesInvalid', described);
  }
  const clash = [...check.list.rules, ...check.list.keywordSets].find((item) => isDefaultId(item.id));
  if (clash !== undefined) return errorResult('error_idOfDefault', clash.id);
  // The whole namespace, not only today's ids: a later default list could add the id, and the stored list would
  // then fail this check on every write, with `rules/delete` refusing the id as a default's (issue 6).
  const reserved = [...check.list.rules, ...check.list.keywordSets].find((item) => item.id.startsWith(DEFAULT_ID_PREFIX));
  if (reserved !== undefined) {
    return errorResult('error_idReserved', reserved.id, DEFAULT_ID_PREFIX);
  }
  return { ok: true, value: check.list };
}

/** `rules[3].pattern：…` → `规则「名称」的 pattern：…`: the user knows rules by name, not by position. */
function describeByName(problem: RuleFileProblem, list: RuleList): LocalizableText {
  const [, collection, index, field] = /^(rules|keywordSets)\[(\d+)\]\.?(.*)$/.exec(problem.path ?? '') ?? [];
  const isRule = collection === 'rules';
  const item = isRule ? list.rules[Number(index)] : list.keywordSets[Number(index)];
  if (item === undefined) return describeRuleFileProblem(problem);
  const place =
    field === ''
      ? localizable(isRule ? 'problem_rule' : 'problem_keywordSet', item.name)
      : localizable(isRule ? 'problem_ruleField' : 'problem_keywordSetField', item.name, field!);
  return localizable('problem_labelled', place, problem.reason);
}
