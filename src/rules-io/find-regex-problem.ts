/**
 * Whether RE2 accepts a pattern. Rules run their patterns with RE2 (linear time: no pattern, not even `(a+)+$`, can
 * freeze a page), so a pattern is only accepted if RE2 compiles it; lookaround and backreferences, which RE2 lacks,
 * are refused here with RE2's own explanation after ours.
 */
import { RE2JS } from 're2js';

export function findRegexProblem(pattern: string, ignoreCase: boolean): string | undefined {
  try {
    RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `正则表达式有误，或用了 RE2 不支持的写法（如 (?= 前瞻、\\1 反向引用）：${detail}`;
  }
}
