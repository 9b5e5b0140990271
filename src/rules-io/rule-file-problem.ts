/**
 * One reason a rule file or a rule list was refused, with where it is: `line` and `column` for text positions (JSON
 * syntax), `path` for a field of the parsed list (`rules[4].pattern`, '' for the whole file). `reason` says what is
 * wrong there; `describeRuleFileProblem` puts the two together as the user reads them, so a UI that shows only that
 * text still tells the user where to look.
 */
import { labelProblem } from '@/src/engine/format-issue-path';
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';

export interface RuleFileProblem {
  line?: number;
  column?: number;
  path?: string;
  reason: LocalizableText;
}

/** At most this many problems are listed; the last entry then says how many more there were. */
const MAX_LISTED_PROBLEMS = 100;

/** Keeps a problem list short enough to read and to send between contexts. */
export function limitProblems(problems: RuleFileProblem[]): RuleFileProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - (MAX_LISTED_PROBLEMS - 1);
  return [...problems.slice(0, MAX_LISTED_PROBLEMS - 1), { reason: localizable('problem_moreProblems', String(rest)) }];
}

/** `第 3 行第 7 列：…`, `rules[4].pattern：…`, or the reason alone for a problem of no place. */
export function describeRuleFileProblem(problem: RuleFileProblem): LocalizableText {
  if (problem.line !== undefined && problem.column !== undefined) {
    return localizable('problem_atLineColumn', String(problem.line), String(problem.column), problem.reason);
  }
  return problem.path === undefined ? problem.reason : labelProblem(problem.path, problem.reason);
}
