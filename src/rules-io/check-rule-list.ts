/**
 * The one check every rule list passes before it is stored or shown as importable: the engine's `validateRuleList`
 * (the rule schema, RE2 compiles each pattern, ids are unique, referenced keyword sets exist, terms still say
 * something after normalisation), then CSS selector syntax as far as it can be judged without a DOM. Problems come
 * back as values with their path (`rules[4].pattern`) and a Chinese message that starts with it; nothing is thrown.
 *
 * The schema runs here once before the engine's validator, only for its messages: zod's Chinese locale says
 * 「数值过大：期望 number <=100」 where a user needs 「不能大于 100」 (see describe-schema-issue.ts). On a valid list
 * this costs one more schema pass, about 0.15 s for 100,000 rules, and only when importing or saving.
 */
import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';
import { validateRuleList } from '@/src/engine/validate-rule-list';
import { describeSchemaIssue } from '@/src/rules-io/describe-schema-issue';
import { findSelectorProblem } from '@/src/rules-io/find-selector-problem';
import { formatIssuePath } from '@/src/rules-io/format-issue-path';
import { limitProblems, type RuleFileProblem } from '@/src/rules-io/rule-file-problem';

export type RuleListCheck = { ok: true; list: RuleList } | { ok: false; problems: RuleFileProblem[] };

export function checkRuleList(input: unknown): RuleListCheck {
  const parsed = ruleListSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue): RuleFileProblem[] =>
      // One problem per unknown field, at the field itself.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => problemAt([...issue.path, key], '不认识的字段（拼错了，或是更新版本的净读才有的字段）'))
        : [problemAt(issue.path, describeSchemaIssue(issue, input))],
    );
    return { ok: false, problems: limitProblems(problems) };
  }
  const validation = validateRuleList(parsed.data);
  if (!validation.ok) return { ok: false, problems: limitProblems(validation.problems.map(toFileProblem)) };
  const problems = findSelectorProblems(validation.list);
  return problems.length === 0 ? { ok: true, list: validation.list } : { ok: false, problems: limitProblems(problems) };
}

/**
 * The engine writes `rules[3].pattern: reason`; rule files, the background and the options page write
 * `rules[3].pattern：reason` (a Chinese colon, and the options page strips that prefix at the field), so the
 * engine's prefix is rewritten. A problem of the whole list has no path.
 */
function toFileProblem(problem: { path: string; message: string }): RuleFileProblem {
  const label = problem.path === '' ? '规则列表' : problem.path;
  const reason = problem.message.startsWith(`${label}: `) ? problem.message.slice(label.length + 2) : problem.message;
  return problem.path === '' ? { message: `${label}：${reason}` } : { path: problem.path, message: `${label}：${reason}` };
}

function problemAt(path: readonly PropertyKey[], reason: string): RuleFileProblem {
  const formatted = formatIssuePath(path);
  return { path: formatted, message: `${formatted}：${reason}` };
}

function findSelectorProblems(list: RuleList): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const check = (selector: string, path: (string | number)[]) => {
    const problem = findSelectorProblem(selector);
    if (problem !== undefined) problems.push(problemAt(path, problem));
  };
  list.rules.forEach((rule, index) => {
    if (rule.kind !== 'site') return;
    for (const field of ['itemSelectors', 'hideSelectors', 'exceptSelectors'] as const) {
      rule[field].forEach((selector, position) => check(selector, ['rules', index, field, position]));
    }
    for (const field of ['titleSelector', 'summarySelector'] as const) {
      const selector = rule[field];
      if (selector !== undefined) check(selector, ['rules', index, field]);
    }
  });
  return problems;
}
