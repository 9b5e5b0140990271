/**
 * One reason a rule file or a rule list was refused, with where it is: `line` for text positions (filter lines, JSON
 * syntax), `path` for a field of the parsed list (`rules[4].pattern`). `message` already names the position, so a
 * UI that shows only the message still tells the user where to look.
 */
export interface RuleFileProblem {
  line?: number;
  path?: string;
  message: string;
}

/** At most this many problems are listed; the last entry then says how many more there were. */
const MAX_LISTED_PROBLEMS = 100;

/** Keeps a problem list short enough to read and to send between contexts. */
export function limitProblems(problems: RuleFileProblem[]): RuleFileProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const rest = problems.length - (MAX_LISTED_PROBLEMS - 1);
  return [...problems.slice(0, MAX_LISTED_PROBLEMS - 1), { message: `另有 ${rest} 个问题未列出。` }];
}
