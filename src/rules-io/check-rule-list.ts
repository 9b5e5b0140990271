/**
 * The one check every rule list passes before it is stored or shown as importable: the engine's `validateRuleList`
 * (the rule schema, RE2 compiles each pattern, ids are unique, referenced keyword sets exist, terms still say
 * something after normalisation), then CSS selector syntax as far as it can be judged without a DOM. Problems come
 * back as values with their path (`rules[4].pattern`) and what is wrong there; nothing is thrown.
 */
import type { RuleList } from '@/src/engine/rule-schema';
import { formatIssuePath } from '@/src/engine/format-issue-path';
import { validateRuleList } from '@/src/engine/validate-rule-list';
import { findSelectorProblem } from '@/src/rules-io/find-selector-problem';
import { limitProblems, type RuleFileProblem } from '@/src/rules-io/rule-file-problem';

export type RuleListCheck = { ok: true; list: RuleList } | { ok: false; problems: RuleFileProblem[] };

export function checkRuleList(input: unknown): RuleListCheck {
  const validation = validateRuleList(input);
  if (!validation.ok) return { ok: false, problems: limitProblems(validation.problems) };
  const problems = findSelectorProblems(validation.list);
  return problems.length === 0 ? { ok: true, list: validation.list } : { ok: false, problems: limitProblems(problems) };
}

function findSelectorProblems(list: RuleList): RuleFileProblem[] {
  const problems: RuleFileProblem[] = [];
  const check = (selector: string, path: (string | number)[]) => {
    const reason = findSelectorProblem(selector);
    if (reason !== undefined) problems.push({ path: formatIssuePath(path), reason });
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
