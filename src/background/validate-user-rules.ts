/**
 * The last check before the user's rules are written: the full rule-list check (schema, RE2, unique ids, referenced
 * keyword sets, selector syntax), and no id of the default list or its `default:` namespace, so switching a rule on
 * or off by id is never ambiguous, now or after an update brings new default rules. An invalid list is never
 * written; the error names the rules by name, as the options page lists them.
 */
import { isDefaultId } from '@/src/background/is-default-id';
import type { RuleList } from '@/src/engine/rule-schema';
import type { CommandResult } from '@/src/messages';
import { checkRuleList } from '@/src/rules-io/check-rule-list';

const LISTED_PROBLEMS = 5;
/** Every id of the default list starts with this (default-rules.ts). */
const DEFAULT_ID_PREFIX = 'default:';

export function validateUserRules(list: RuleList): CommandResult<RuleList> {
  const check = checkRuleList(list);
  if (!check.ok) {
    const described = check.problems.slice(0, LISTED_PROBLEMS).map((problem) => nameRuleIn(problem.message, list));
    const more = check.problems.length > LISTED_PROBLEMS ? `等 ${check.problems.length} 个问题` : '';
    return { ok: false, error: `规则没有保存：${described.join('；')}${more}` };
  }
  const clash = [...check.list.rules, ...check.list.keywordSets].find((item) => isDefaultId(item.id));
  if (clash !== undefined) return { ok: false, error: `规则没有保存：id「${clash.id}」是默认规则的 id，请换一个` };
  // The whole namespace, not only today's ids: a later default list could add the id, and the stored list would
  // then fail this check on every write, with `rules/delete` refusing the id as a default's (issue 6).
  const reserved = [...check.list.rules, ...check.list.keywordSets].find((item) => item.id.startsWith(DEFAULT_ID_PREFIX));
  if (reserved !== undefined) {
    return { ok: false, error: `规则没有保存：id「${reserved.id}」以 ${DEFAULT_ID_PREFIX} 开头，这样的 id 留给默认规则，请换一个` };
  }
  return { ok: true, value: check.list };
}

/** `rules[3].pattern：…` → `规则「名称」的 pattern：…`: the user knows rules by name, not by position. */
function nameRuleIn(message: string, list: RuleList): string {
  return message.replace(/^(rules|keywordSets)\[(\d+)\]\.?/, (whole, field: string, index: string) => {
    const item = field === 'rules' ? list.rules[Number(index)] : list.keywordSets[Number(index)];
    if (item === undefined) return whole;
    return `${field === 'rules' ? '规则' : '词集'}「${item.name}」${whole.endsWith('.') ? '的 ' : ''}`;
  });
}
