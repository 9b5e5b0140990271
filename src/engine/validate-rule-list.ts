/**
 * The one validator for rule lists, for loading from storage and for importing a file alike: the zod schema first,
 * then the checks zod cannot make. Each problem names its position, so the options page can say exactly what to fix:
 *
 *   rules[3].pattern: 无效的正则表达式: missing closing )
 *
 * Checks after the schema: every regex compiles in RE2 (the engine that will run it); ids are unique across rules and
 * keyword sets; every set a rule names exists (in this list, or in the default list for `default:` ids); every term
 * still has letters or digits after normalisation (a term of punctuation alone would match nothing); keyword and
 * allow rules have something to match; site rules have something to do. CSS selector syntax needs a DOM and is
 * checked by the options page.
 */
import { RE2JS } from 're2js';
import { zhCN } from 'zod/locales';
import type { core } from 'zod';

import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { normalizeText } from '@/src/engine/normalize-text';
import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';

export interface RuleListProblem {
  /** Where: `rules[3].pattern`, `keywordSets[0].terms[2]`, or '' for the list itself. */
  path: string;
  /** The path, then what is wrong, in Chinese: `rules[3].pattern: 无效的正则表达式: missing closing )`. */
  message: string;
}

export type RuleListValidation = { ok: true; list: RuleList } | { ok: false; problems: RuleListProblem[] };

const localeError = zhCN().localeError;
const RULE_KINDS = 'keyword、regex、allow 或 site';

export function validateRuleList(input: unknown): RuleListValidation {
  const parsed = ruleListSchema.safeParse(input, { error: describeIssue });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      // One problem per unknown field, at the field itself: `rules[0].colour: 未知字段`.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => problem(formatPath([...issue.path, key]), '未知字段'))
        : [problem(formatPath(issue.path), issue.message)],
    );
    return { ok: false, problems };
  }
  const problems = checkSemantics(parsed.data);
  return problems.length === 0 ? { ok: true, list: parsed.data } : { ok: false, problems };
}

function checkSemantics(list: RuleList): RuleListProblem[] {
  const problems: RuleListProblem[] = [];
  const firstUse = new Map<string, string>();
  const claimId = (id: string, path: string): void => {
    const earlier = firstUse.get(id);
    if (earlier === undefined) firstUse.set(id, path);
    else problems.push(problem(`${path}.id`, `id “${id}” 重复（${earlier} 已使用）`));
  };
  const knownSets = new Set([...list.keywordSets, ...DEFAULT_RULE_LIST.keywordSets].map((set) => set.id));
  const checkTerms = (terms: readonly string[], path: string): void => {
    terms.forEach((term, index) => {
      if (normalizeText(term) === '') problems.push(problem(`${path}.terms[${index}]`, '词条在规范化后为空（只有空白、标点或符号）'));
    });
  };
  const checkSetReferences = (ids: readonly string[], path: string): void => {
    ids.forEach((id, index) => {
      if (!knownSets.has(id)) problems.push(problem(`${path}[${index}]`, `词集 “${id}” 不存在`));
    });
  };

  list.keywordSets.forEach((set, index) => {
    const path = `keywordSets[${index}]`;
    claimId(set.id, path);
    checkTerms(set.terms, path);
  });
  list.rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    claimId(rule.id, path);
    switch (rule.kind) {
      case 'keyword':
      case 'allow':
        checkTerms(rule.terms, path);
        checkSetReferences(rule.sets, `${path}.sets`);
        if (rule.kind === 'keyword') checkSetReferences(rule.requireSets, `${path}.requireSets`);
        if (rule.terms.length === 0 && rule.sets.length === 0) problems.push(problem(path, '规则至少需要一个词条或一个词集'));
        break;
      case 'regex':
        try {
          RE2JS.compile(rule.pattern, rule.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
        } catch (error) {
          problems.push(problem(`${path}.pattern`, `无效的正则表达式: ${describeRegexError(error)}`));
        }
        break;
      case 'site':
        if (rule.itemSelectors.length === 0 && rule.hideSelectors.length === 0 && rule.exceptSelectors.length === 0) {
          problems.push(problem(path, '站点规则至少需要一个条目、隐藏或例外选择器'));
        }
        break;
    }
  });
  return problems;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: 'true 或 false',
  array: '数组',
  object: '对象',
  null: 'null',
};

/**
 * Chinese wording for zod's own issues, in the user's terms (a missing field is not a "wrong type"); the schema's
 * custom messages are Chinese already and win over this. Anything unusual falls back to zod's zh-CN locale.
 */
function describeIssue(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少这个字段';
      const received = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${TYPE_NAMES[received] ?? received}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((value) => JSON.stringify(value)).join('、')}`;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, 'max');
    // The schema's only union is the rule kind.
    case 'invalid_union':
      return `未知的规则类型（kind 应为 ${RULE_KINDS}）`;
    default:
      return localeError(issue)?.toString();
  }
}

function describeBound(origin: string, bound: number | bigint, side: 'min' | 'max'): string {
  const amount = String(bound);
  if (origin === 'string') return side === 'min' ? `至少 ${amount} 个字符` : `不能超过 ${amount} 个字符`;
  if (origin === 'array') return side === 'min' ? `至少需要 ${amount} 项` : `不能超过 ${amount} 项`;
  return side === 'min' ? `不能小于 ${amount}` : `不能大于 ${amount}`;
}

function describeRegexError(error: unknown): string {
  if (error instanceof Error && 'getDescription' in error && typeof error.getDescription === 'function') {
    return String(error.getDescription());
  }
  return error instanceof Error ? error.message : String(error);
}

function problem(path: string, reason: string): RuleListProblem {
  return { path, message: `${path === '' ? '规则列表' : path}: ${reason}` };
}

/** `['rules', 3, 'pattern']` → `rules[3].pattern`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text === '' ? '' : '.'}${String(key)}`),
    '',
  );
}
