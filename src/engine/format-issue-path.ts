/**
 * Where a problem is, the way a user finds a field in a JSON file: `['rules', 4, 'pattern']` → `rules[4].pattern`,
 * and a problem labelled with it, `rules[4].pattern：…`.
 */
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';

/** '' for the empty path: the whole thing. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/** The whole file a rule list was read from, where a problem has no path: `（整个文件）`. */
export const WHOLE_FILE = localizable('problem_wholeFile');

/** `reason` after its place: `rules[4].pattern：reason`, or `（整个文件）：reason` (`whole`) for the path ''. */
export function labelProblem(path: string, reason: LocalizableText, whole: LocalizableText = WHOLE_FILE): LocalizableText {
  return localizable('problem_labelled', path === '' ? whole : path, reason);
}
