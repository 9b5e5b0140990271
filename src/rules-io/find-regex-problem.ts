/**
 * Whether RE2 accepts a pattern. Rules run their patterns with RE2 (linear time: no pattern, not even `(a+)+$`, can
 * freeze a page), so a pattern is only accepted if RE2 compiles it; lookaround and backreferences, which RE2 lacks,
 * are refused here with RE2's own explanation after ours.
 */
import { RE2JS } from 're2js';

import { localizable, type LocalizableText } from '@/src/engine/localizable-text';

export function findRegexProblem(pattern: string, ignoreCase: boolean): LocalizableText | undefined {
  try {
    RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return localizable('problem_regexUnsupported', detail);
  }
}
