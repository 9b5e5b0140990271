import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { createNormalizedText, normalizeInto, normalizeText, sourceSlice } from '@/src/engine/normalize-text';
import { MAX_MATCHES, buildTermAutomaton, createTermMatches, scanTerms } from '@/src/engine/term-automaton';

/** The terms found in `text`, as the text showed them, in order of their ends. */
function find(terms: string[], text: string): string[] {
  const automaton = buildTermAutomaton(terms.map(normalizeText));
  const normalized = normalizeInto(text, createNormalizedText());
  const matches = scanTerms(automaton, normalized, createTermMatches());
  return Array.from({ length: matches.count }, (_, match) =>
    sourceSlice(normalized, matches.starts[match] ?? 0, matches.ends[match] ?? 0),
  );
}

describe('scanTerms', () => {
  test.each([
    ['one term', ['开挂'], '9分钟开挂"游戏"', ['开挂']],
    ['overlapping terms, all reported', ['开挂', '挂辅', '开挂辅助', '辅助'], '开挂辅助', ['开挂', '挂辅', '开挂辅助', '辅助']],
    ['a term inside another, through failure links', ['透视辅助器', '辅助'], '透视辅助', ['辅助']],
    ['repeated occurrences', ['有挂'], '有挂有挂', ['有挂', '有挂']],
    ['disguised text', ['开挂透视'], '開★掛 透\u200b視', ['開★掛 透\u200b視']],
    ['disguised rule term', ['開 掛'], '开挂', ['开挂']],
    ['nothing to find', ['开挂'], '国内大模型打起了价格战', []],
    ['no terms at all', [], '开挂', []],
  ])('%s', (_, terms, text, expected) => {
    expect(find(terms, text)).toEqual(expected);
  });

  test.each([
    ['a Latin term inside a word is no match', ['gua'], 'language Guatemala', []],
    ['a Latin term as a word', ['gua'], 'wepoker有gua吗', ['gua']],
    ['a Latin term next to Han characters', ['gua'], '开gua', ['gua']],
    ['a mixed term needs a boundary at its Latin edge only', ['k挂'], 'k挂 ok挂', ['k挂']],
    ['a pinyin term spread over words', ['fuzhu'], 'fu zhu', ['fu zhu']],
    ['a Latin term before digits', ['qq'], 'QQ12345', ['QQ']],
    ['a Han term needs no boundary', ['辅助'], 'AI辅助机器人', ['辅助']],
  ])('%s', (_, terms, text, expected) => {
    expect(find(terms, text)).toEqual(expected);
  });

  test(`stops after ${MAX_MATCHES} matches`, () => {
    expect(find(['挂'], '挂'.repeat(MAX_MATCHES * 2))).toHaveLength(MAX_MATCHES);
  });

  /** Every occurrence of every term (Han only: no word boundaries apply), as `start:term id`, sorted. */
  const naiveSearch = (terms: readonly string[], text: string): string[] =>
    terms
      .flatMap((pattern, id) =>
        Array.from({ length: text.length }, (_, start) => start).filter((start) => text.startsWith(pattern, start)).map((start) => `${start}:${id}`),
      )
      .sort();
  const automatonSearch = (terms: readonly string[], text: string): string[] => {
    const matches = scanTerms(buildTermAutomaton(terms), normalizeInto(text, createNormalizedText()), createTermMatches());
    return Array.from({ length: matches.count }, (_, match) => `${matches.starts[match]}:${matches.patterns[match]}`).sort();
  };

  test('finds exactly the occurrences a naive search finds, for any terms and text', () => {
    // From a small alphabet, so that terms overlap and nest often.
    const han = fc.constantFrom('开', '挂', '辅', '助', '透', '视');
    const term = fc.string({ unit: han, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 12 }), fc.string({ unit: han, maxLength: 40 }), (terms, text) => {
        expect(automatonSearch(terms, text)).toEqual(naiveSearch(terms, text));
      }),
    );
  });

  test('finds what a naive search finds with many terms over a wide alphabet, repeated terms included', () => {
    // Hundreds of terms over thousands of characters, a few of them common: states with many edges and states with
    // one, as the default list has.
    const han = fc
      .integer({ min: 0x4e00, max: 0x4e00 + 3_000 })
      .map((code) => String.fromCharCode(code))
      .filter((character) => normalizeText(character) === character); // not a traditional form
    const common = fc.constantFrom('开', '挂', '辅', '助');
    const unit = fc.oneof(common, han);
    const term = fc.string({ unit, minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(term, { minLength: 1, maxLength: 400 }), fc.string({ unit, maxLength: 60 }), (terms, text) => {
        // Text made mostly of the terms themselves, so that deep states and failure links are exercised.
        const joined = `${terms.slice(0, 8).join('')}${text}${terms.slice(-8).join('')}`;
        expect(automatonSearch(terms, joined)).toEqual(naiveSearch(terms, joined));
      }),
      { numRuns: 60 },
    );
  });

  test('finds what a naive search finds when many states branch over few characters', () => {
    // Every 4-character prefix over 开 and 挂, each followed by the same four characters: so many states with
    // several edges over so small an alphabet that their edges no longer fit the array's first size.
    const characters = [...'开挂辅助透视'];
    const prefixes = Array.from({ length: 16 }, (_, bits) => Array.from({ length: 4 }, (_, bit) => characters[(bits >> bit) & 1]).join(''));
    const terms = prefixes.flatMap((prefix) => ['开', '辅', '助', '视'].map((last) => prefix + last));
    expect(automatonSearch(terms, terms.join(''))).toEqual(naiveSearch(terms, terms.join('')));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...characters), maxLength: 60 }), (text) => {
        expect(automatonSearch(terms, text)).toEqual(naiveSearch(terms, text));
      }),
    );
  });

  test('reports a term given twice under both ids, in id order', () => {
    const matches = scanTerms(buildTermAutomaton(['挂', '开挂', '挂']), normalizeInto('开挂', createNormalizedText()), createTermMatches());
    expect(Array.from(matches.patterns.subarray(0, matches.count))).toEqual([1, 0, 2]);
  });
});
