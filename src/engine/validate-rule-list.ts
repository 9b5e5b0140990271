/**
 * The one validator for rule lists, for loading from storage and for importing a file alike: the zod schema first,
 * then the checks zod cannot make. Each problem names its position, so the options page can say exactly what to fix:
 *
 *   { path: 'rules[3].pattern', reason: 无效的正则表达式: missing closing ) }
 *
 * Checks after the schema: every regex compiles in RE2 (the engine that will run it); ids are unique across rules and
 * keyword sets; every set a rule names exists (in this list, or in the default list for `default:` ids); every term
 * still has letters or digits after normalisation (a term of punctuation alone would match nothing); keyword and
 * allow rules have something to match; site rules have something to do. CSS selector syntax needs a DOM and is
 * checked by the options page. Reasons are catalogue messages (localizable-text.ts), worded where they are shown.
 */
import { RE2JS } from 're2js';

import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { formatIssuePath } from '@/src/engine/format-issue-path';
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';
import { normalizeText } from '@/src/engine/normalize-text';
import { ruleListSchema, type RuleList } from '@/src/engine/rule-schema';

export interface RuleListProblem {
  /** Where: `rules[3].pattern`, `keywordSets[0].terms[2]`, or '' for the list itself. */
  path: string;
  /** What is wrong there, without the position. */
  reason: LocalizableText;
}

export type RuleListValidation = { ok: true; list: RuleList } | { ok: false; problems: RuleListProblem[] };

export function validateRuleList(input: unknown): RuleListValidation {
  const parsed = ruleListSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      // One problem per unknown field, at the field itself.
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => problem(formatIssuePath([...issue.path, key]), localizable('problem_unknownField')))
        : [problem(formatIssuePath(issue.path), describeSchemaIssue(issue, input))],
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
    else problems.push(problem(`${path}.id`, localizable('problem_duplicateId', id, earlier)));
  };
  const knownSets = new Set([...list.keywordSets, ...DEFAULT_RULE_LIST.keywordSets].map((set) => set.id));
  const checkTerms = (terms: readonly string[], path: string): void => {
    terms.forEach((term, index) => {
      if (normalizeText(term) === '') problems.push(problem(`${path}.terms[${index}]`, localizable('problem_termNormalizesToNothing')));
    });
  };
  const checkSetReferences = (ids: readonly string[], path: string): void => {
    ids.forEach((id, index) => {
      if (!knownSets.has(id)) problems.push(problem(`${path}[${index}]`, localizable('problem_noSuchKeywordSet', id)));
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
        if (rule.kind === 'allow') checkSetReferences(rule.unlessSets, `${path}.unlessSets`);
        if (rule.terms.length === 0 && rule.sets.length === 0) problems.push(problem(path, localizable('problem_ruleNeedsTerms')));
        break;
      case 'regex':
        try {
          RE2JS.compile(rule.pattern, rule.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
        } catch (error) {
          problems.push(problem(`${path}.pattern`, localizable('problem_invalidRegex', describeRegexError(error))));
        }
        break;
      case 'site':
        if (rule.itemSelectors.length === 0 && rule.hideSelectors.length === 0 && rule.exceptSelectors.length === 0) {
          problems.push(problem(path, localizable('problem_siteRuleNeedsSelectors')));
        }
        break;
    }
  });
  return problems;
}

/** RE2's own explanation (`missing closing )`), in English: it names the construct, which needs no translation. */
function describeRegexError(error: unknown): string {
  if (error instanceof Error && 'getDescription' in error && typeof error.getDescription === 'function') {
    return String(error.getDescription());
  }
  return error instanceof Error ? error.message : String(error);
}

function problem(path: string, reason: LocalizableText): RuleListProblem {
  return { path, reason };
}
