/**
 * The one schema for rule lists. Storage loads through it, imports go through it, the default list is checked
 * against it in tests: there is no second definition of what a rule is.
 *
 * Shape of a rule list (also documented in the README, "Rule list format"):
 *
 *   { format: 'jingdu-rules', version: 1, keywordSets: KeywordSet[], rules: Rule[] }
 *
 * A rule is one of four kinds, told apart by `kind`:
 * - keyword: terms or phrases that add `weight` to an item's score once, however many of them match (terms may
 *            reference shared keyword sets; `requireSets` makes the rule fire only when those sets match too);
 * - regex:   a pattern run by RE2 (linear time, so no user pattern can freeze a page) that adds `weight`;
 * - allow:   negative evidence: terms that subtract `weight` (加装外挂电梯, 辅助驾驶), unless a set named in
 *            `unlessSets` matches too, or, with `alwaysShow`, keep a matching item visible whatever its score;
 * - site:    for hosts matching `hosts`, the selectors of the items to judge and of clutter to always hide.
 * Every rule may be limited to some hosts (`hosts`); an empty list means every site.
 *
 * Checks zod cannot express (RE2 compilation, unique ids, referenced sets exist, terms that normalise to nothing)
 * are in `validate-rule-list.ts`, which runs this schema first and then those checks, reporting each problem with
 * its path. CSS selector syntax needs a DOM and is checked by the options page. The schema's own messages are
 * catalogue keys (`problem_…`), worded in the user's language where an import or an edit is refused
 * (describe-schema-issue.ts fills in the bound that was broken).
 */
import { z } from 'zod';

export const RULE_LIST_FORMAT = 'jingdu-rules';
export const RULE_LIST_VERSION = 1;

const MAX_TERMS = 5_000;
const MAX_TERM_LENGTH = 200;

const identifierSchema = z
  .string()
  .min(1, 'problem_idEmpty')
  .max(64, 'problem_idTooLong')
  .regex(/^[\w.:-]+$/, 'problem_idCharacters');

/** Names are shown to users as text; control characters are refused so a name cannot hide or fake content. */
const nameSchema = z
  .string()
  .trim()
  .min(1, 'problem_nameEmpty')
  .max(200, 'problem_nameTooLong')
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'problem_nameControlCharacters');

const termSchema = z
  .string()
  .max(MAX_TERM_LENGTH, 'problem_termTooLong')
  .refine((term) => term.trim().length > 0, 'problem_termEmpty');

/**
 * A host pattern: `example.com` (that host and its subdomains), `*.example.com` (subdomains only), or `*` (every
 * host). Ports, paths and schemes are not part of a host pattern.
 */
export const hostPatternSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*|(\*\.)?([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)*[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?)$/,
    'problem_hostPattern',
  );

const weightSchema = z.number().finite().min(-100).max(100);

const selectorSchema = z.string().trim().min(1, 'problem_selectorEmpty').max(1_000, 'problem_selectorTooLong');

const ruleBaseShape = {
  id: identifierSchema,
  name: nameSchema,
  enabled: z.boolean().default(true),
  /** Limit the rule to these hosts; empty means every site. */
  hosts: z.array(hostPatternSchema).max(1_000).default([]),
};

export const keywordSetSchema = z.strictObject({
  id: identifierSchema,
  name: nameSchema,
  enabled: z.boolean().default(true),
  terms: z.array(termSchema).min(1, 'problem_keywordSetNeedsTerm').max(MAX_TERMS),
});

export const keywordRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('keyword'),
  /** Terms and phrases; matched after normalisation (see engine/normalize-text.ts). */
  terms: z.array(termSchema).max(MAX_TERMS).default([]),
  /** Ids of keyword sets whose terms this rule also uses. */
  sets: z.array(identifierSchema).max(100).default([]),
  /**
   * Ids of keyword sets that must each match somewhere in the item too, or the rule does not fire: co-occurrence,
   * such as a cheat term together with a card-game name, is stronger evidence than either alone.
   */
  requireSets: z.array(identifierSchema).max(100).default([]),
  weight: weightSchema.default(1),
});

export const regexRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('regex'),
  pattern: z.string().min(1, 'problem_patternEmpty').max(2_000, 'problem_patternTooLong'),
  /** Only case-insensitivity is offered; RE2 has no backreferences or lookaround anyway. */
  ignoreCase: z.boolean().default(true),
  /** Match against the normalised text (default) or the text as the page shows it. */
  matchNormalized: z.boolean().default(true),
  weight: weightSchema.default(1),
});

export const allowRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('allow'),
  terms: z.array(termSchema).max(MAX_TERMS).default([]),
  sets: z.array(identifierSchema).max(100).default([]),
  /** Subtracted from the score when any term matches. */
  weight: z.number().finite().min(0).max(100).default(3),
  /**
   * Ids of keyword sets that, when one of them matches too, take the subtraction away: a warning that goes on to
   * sell (别信那些骗子…我这个是真的，私我) is a pitch, not a warning. The rule's terms still explain the words inside
   * them, and `alwaysShow` still holds.
   */
  unlessSets: z.array(identifierSchema).max(100).default([]),
  /** Keep a matching item visible whatever its score (the "not spam" button creates these). */
  alwaysShow: z.boolean().default(false),
});

export const siteRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('site'),
  hosts: z.array(hostPatternSchema).min(1, 'problem_siteRuleNeedsHost').max(1_000),
  /** CSS selectors of the repeated items to judge (one `li` of a 热门资讯 list, say). */
  itemSelectors: z.array(selectorSchema).max(100).default([]),
  /** Optional parts of an item to read instead of its whole text. */
  titleSelector: selectorSchema.optional(),
  summarySelector: selectorSchema.optional(),
  /** Plain clutter to hide without judging, like a cosmetic filter. */
  hideSelectors: z.array(selectorSchema).max(1_000).default([]),
  /** Selectors of elements never to hide on these hosts (an exception, like `#@#` in filter lists). */
  exceptSelectors: z.array(selectorSchema).max(1_000).default([]),
  /** Judge items with the keyword engine even where generic detection is off. */
  judgeItems: z.boolean().default(true),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  keywordRuleSchema,
  regexRuleSchema,
  allowRuleSchema,
  siteRuleSchema,
]);

/** How many rules and keyword sets one list may hold (also checked before the schema: filter lines, merged imports). */
export const MAX_RULES = 100_000;
export const MAX_KEYWORD_SETS = 10_000;

export const ruleListSchema = z.strictObject({
  format: z.literal(RULE_LIST_FORMAT),
  version: z.literal(RULE_LIST_VERSION),
  keywordSets: z.array(keywordSetSchema).max(MAX_KEYWORD_SETS).default([]),
  rules: z.array(ruleSchema).max(MAX_RULES),
});

export type KeywordSet = z.infer<typeof keywordSetSchema>;
export type KeywordRule = z.infer<typeof keywordRuleSchema>;
export type RegexRule = z.infer<typeof regexRuleSchema>;
export type AllowRule = z.infer<typeof allowRuleSchema>;
export type SiteRule = z.infer<typeof siteRuleSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleList = z.infer<typeof ruleListSchema>;
/** What a user or an import file may write: defaults may be left out. */
export type RuleListInput = z.input<typeof ruleListSchema>;
