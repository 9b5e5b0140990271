/**
 * Our own JSON rule file (`{ "format": "jingdu-rules", "version": 1, … }`, see FORMAT.md) → a checked rule list.
 * Syntax errors are reported by line and column, a file of another kind or version by one clear sentence, and
 * everything else by the path of the field (`rules[4].pattern`) through the same check stored lists pass.
 */
import { localizable } from '@/src/engine/localizable-text';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION, type RuleList } from '@/src/engine/rule-schema';
import { checkRuleList } from '@/src/rules-io/check-rule-list';
import { findJsonSyntaxError } from '@/src/rules-io/find-json-syntax-error';
import type { RuleFileProblem } from '@/src/rules-io/rule-file-problem';

/** Our files nest four deep (list → rules → rule → hosts); anything far deeper is not one of them. */
const MAX_JSON_DEPTH = 16;

export type JsonRuleFileParse = { ok: true; list: RuleList } | { ok: false; problems: RuleFileProblem[] };

export function parseJsonRuleFile(text: string): JsonRuleFileParse {
  const syntaxError = findJsonSyntaxError(text, MAX_JSON_DEPTH);
  if (syntaxError !== undefined) {
    return failure(syntaxError);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The scanner accepts exactly JSON, so this is not expected; it is still reported, not thrown.
    return failure({ reason: localizable('problem_jsonUnreadable', error instanceof Error ? error.message : String(error)) });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure({ reason: localizable('problem_notObject') });
  }
  const { format, version } = value as Record<string, unknown>;
  if (format !== RULE_LIST_FORMAT) {
    return failure({ path: 'format', reason: localizable('problem_notRuleFile', JSON.stringify(RULE_LIST_FORMAT)) });
  }
  if (version !== RULE_LIST_VERSION) {
    const reason =
      typeof version === 'number' && Number.isInteger(version) && version > RULE_LIST_VERSION
        ? localizable('problem_versionNewer', String(version), String(RULE_LIST_VERSION))
        : localizable('problem_versionUnsupported', JSON.stringify(version) ?? localizable('problem_missingValue'), String(RULE_LIST_VERSION));
    return failure({ path: 'version', reason });
  }
  return checkRuleList(value);
}

function failure(problem: RuleFileProblem): JsonRuleFileParse {
  return { ok: false, problems: [problem] };
}
