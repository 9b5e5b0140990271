/**
 * Property-based tests: the normaliser and the classifier never throw, whatever the text (lone surrogates, every
 * Unicode category, very long strings), their results keep their invariants, and adversarial text costs no more than
 * a bounded amount per character.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { classifyItem } from '@/src/engine/classify-item';
import { compileRules } from '@/src/engine/compile-rules';
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { MAX_SOURCE_LENGTH, createNormalizedText, normalizeInto, normalizeText } from '@/src/engine/normalize-text';
import { ruleListSchema } from '@/src/engine/rule-schema';

/** Any UTF-16 code units, lone surrogates included. */
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((units) => String.fromCharCode(...units));
/** Any code points, every Unicode category. */
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 200 });
/**
 * Spam vocabulary, punctuation, characters that fold to many units and broken surrogates, mixed with anything:
 * exercises matches, marks, buffer growth and signals, not just misses.
 */
const spammy = fc
  .array(
    fc.oneof(
      fc.constantFrom('开挂', '開掛', '辅助', '透视', '有挂', '麻将', '斗地主', '"', '“', '(', ')', '【', '9分钟', 'vx:', 'QQ', '12345678', '\u200b', ' ', '外挂电梯', 'gua', 'kai', '\ufdfa', '㈱', '𝐀', '\ud800'),
      anyCodePoints,
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(anyUnits, anyCodePoints, spammy);

const rules = compileRules({
  defaults: DEFAULT_RULE_LIST,
  user: ruleListSchema.parse({
    format: 'jingdu-rules',
    version: 1,
    rules: [
      { kind: 'regex', id: 'user:r', name: '正则', pattern: '(a|b)*c\\d+' },
      { kind: 'regex', id: 'user:raw', name: '原文正则', pattern: '[挂掛]', matchNormalized: false },
      { kind: 'allow', id: 'user:ok', name: '放行', terms: ['情怀'], alwaysShow: true },
    ],
  }),
  disabledIds: [],
});

describe('normalizeText', () => {
  test('never throws and keeps only letters and digits', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(normalizeText(text)).toMatch(/^[\p{L}\p{N}]*$/u);
      }),
    );
  });

  test('is idempotent: rules and text normalised twice stay the same', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });

  test('maps every unit back to a character of the text, in order', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(spammy, { maxLength: 20 }).map((parts) => parts.join(''))), (text) => {
        const normalized = normalizeInto(text, createNormalizedText(1));
        let previous = 0;
        for (let unit = 0; unit < normalized.length; unit++) {
          const index = normalized.sourceIndex[unit] ?? -1;
          expect(index).toBeGreaterThanOrEqual(previous);
          expect(index).toBeLessThan(text.length);
          previous = index;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('classifyItem', () => {
  test('never throws; the score is the sum of the reasons; every term comes from the text', () => {
    fc.assert(
      fc.property(anyText, fc.option(anyText, { nil: undefined }), fc.string(), fc.integer({ min: -5, max: 20 }), (title, summary, host, sensitivity) => {
        const item = summary === undefined ? { title } : { title, summary };
        const verdict = classifyItem(rules, item, { host, sensitivity });
        const shown = summary === undefined || summary === '' ? title : `${title}\n${summary}`;
        expect(verdict.score).toBeCloseTo(verdict.reasons.reduce((sum, reason) => sum + reason.delta, 0), 5);
        expect(verdict.spam).toBe(verdict.score >= verdict.threshold && !verdict.reasons.some((reason) => reason.id === 'user:ok'));
        for (const term of verdict.reasons.flatMap((reason) => reason.terms)) expect(shown).toContain(term.replace(/…$/u, ''));
      }),
    );
  });

  test('never throws on what a broken page could hand it', () => {
    for (const item of [{ title: undefined }, { title: 42, summary: null }, {}] as unknown as { title: string }[]) {
      expect(classifyItem(rules, item, { host: undefined as unknown as string, sensitivity: Number.NaN }).spam).toBe(false);
    }
  });

  test.each([
    ['one term over and over', '开挂'.repeat(4_000)],
    ['a term prefix over and over', '开'.repeat(8_000)],
    ['quotes and brackets', '"开挂"(有挂)'.repeat(1_000)],
    ['bait words and digits', 'qq1'.repeat(3_000)],
    ['lone surrogates', '\ud800'.repeat(8_000)],
    ['one character that folds to eighteen', '\ufdfa'.repeat(4_000)],
    ['everything at once', '9分钟開★掛"麻将辅助"(发现有挂)vx:ab12345678外挂电梯'.repeat(200)],
  ])('adversarial text costs a bounded time per character: %s', (_, text) => {
    // Judged on its first MAX_SOURCE_LENGTH characters, with at most MAX_MATCHES matches: bounded by construction.
    // The bound below is two orders of magnitude above what a laptop takes; it catches a quadratic path, not noise.
    const start = performance.now();
    classifyItem(rules, { title: text, summary: text }, { host: 'example.com', sensitivity: 5 });
    expect(performance.now() - start).toBeLessThan(MAX_SOURCE_LENGTH * 0.05);
  });
});
