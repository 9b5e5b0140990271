/**
 * The one schema for rule lists. Storage loads through it, imports go through it, the default list is checked
 * against it in tests: there is no second definition of what a rule is.
 *
 * Shape of a rule list (also documented in the README, "Rule list format"):
 *
 *   { format: 'jingdu-rules', version: 1, keywordSets: KeywordSet[], rules: Rule[] }
 *
 * A rule is one of four kinds, told apart by `kind`:
 * - keyword: terms or phrases that add `weight` to an item's score (terms may reference shared keyword sets);
 * - regex:   a pattern run by RE2 (linear time, so no user pattern can freeze a page) that adds `weight`;
 * - allow:   negative evidence: terms that subtract `weight` (加装外挂电梯, 辅助驾驶), or, with `alwaysShow`,
 *            keep a matching item visible whatever its score;
 * - site:    for hosts matching `hosts`, the selectors of the items to judge and of clutter to always hide.
 * Every rule may be limited to some hosts (`hosts`); an empty list means every site.
 *
 * Semantic checks that need a browser or the regex engine (CSS selector syntax, RE2 compilation) are not here:
 * see `validate-rule-list.ts`, which runs this schema first and then those checks, reporting each problem with
 * its path.
 */
import { z } from 'zod';

export const RULE_LIST_FORMAT = 'jingdu-rules';
export const RULE_LIST_VERSION = 1;

const MAX_TERMS = 5_000;
const MAX_TERM_LENGTH = 200;

const identifierSchema = z
  .string()
  .min(1, 'id must not be empty')
  .max(64, 'id is longer than 64 characters')
  .regex(/^[\w.:-]+$/, 'id may only use letters, digits and . _ : -');

/** Names are shown to users as text; control characters are refused so a name cannot hide or fake content. */
const nameSchema = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(200, 'name is longer than 200 characters')
  // eslint-disable-next-line no-control-regex -- the point of this check is to find control characters
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'name contains control characters');

const termSchema = z
  .string()
  .max(MAX_TERM_LENGTH, `term is longer than ${MAX_TERM_LENGTH} characters`)
  .refine((term) => term.trim().length > 0, 'term must not be empty');

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
    'host pattern must look like example.com, *.example.com or *',
  );

const weightSchema = z.number().finite().min(-100).max(100);

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
  terms: z.array(termSchema).min(1, 'a keyword set needs at least one term').max(MAX_TERMS),
});

export const keywordRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('keyword'),
  /** Terms and phrases; matched after normalisation (see engine/normalize-text.ts). */
  terms: z.array(termSchema).max(MAX_TERMS).default([]),
  /** Ids of keyword sets whose terms this rule also uses. */
  sets: z.array(identifierSchema).max(100).default([]),
  weight: weightSchema.default(1),
});

export const regexRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('regex'),
  pattern: z.string().min(1, 'pattern must not be empty').max(2_000, 'pattern is longer than 2000 characters'),
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
  /** Keep a matching item visible whatever its score (the "not spam" button creates these). */
  alwaysShow: z.boolean().default(false),
});

export const siteRuleSchema = z.strictObject({
  ...ruleBaseShape,
  kind: z.literal('site'),
  hosts: z.array(hostPatternSchema).min(1, 'a site rule needs at least one host pattern').max(1_000),
  /** CSS selectors of the repeated items to judge (one `li` of a 热门资讯 list, say). */
  itemSelectors: z.array(z.string().trim().min(1).max(1_000)).max(100).default([]),
  /** Optional parts of an item to read instead of its whole text. */
  titleSelector: z.string().trim().min(1).max(1_000).optional(),
  summarySelector: z.string().trim().min(1).max(1_000).optional(),
  /** Plain clutter to hide without judging, like a cosmetic filter. */
  hideSelectors: z.array(z.string().trim().min(1).max(1_000)).max(1_000).default([]),
  /** Selectors of elements never to hide on these hosts (an exception, like `#@#` in filter lists). */
  exceptSelectors: z.array(z.string().trim().min(1).max(1_000)).max(1_000).default([]),
  /** Judge items with the keyword engine even where generic detection is off. */
  judgeItems: z.boolean().default(true),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  keywordRuleSchema,
  regexRuleSchema,
  allowRuleSchema,
  siteRuleSchema,
]);

export const ruleListSchema = z.strictObject({
  format: z.literal(RULE_LIST_FORMAT),
  version: z.literal(RULE_LIST_VERSION),
  keywordSets: z.array(keywordSetSchema).max(10_000).default([]),
  rules: z.array(ruleSchema).max(100_000),
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
