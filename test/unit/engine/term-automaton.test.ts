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

  test('finds exactly the occurrences a naive search finds, for any terms and text', () => {
    // Han characters only (no word boundaries apply), from a small alphabet so that terms overlap and nest often.
    const han = fc.constantFrom('开', '挂', '辅', '助', '透', '视');
    const term = fc.string({ unit: han, minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 12 }), fc.string({ unit: han, maxLength: 40 }), (terms, text) => {
        const automaton = buildTermAutomaton(terms);
        const matches = scanTerms(automaton, normalizeInto(text, createNormalizedText()), createTermMatches());
        const found = Array.from({ length: matches.count }, (_, match) => `${matches.starts[match]}:${terms[matches.patterns[match] ?? 0]}`);
        const expected = terms.flatMap((pattern) =>
          Array.from({ length: text.length }, (_, start) => start).filter((start) => text.startsWith(pattern, start)).map((start) => `${start}:${pattern}`),
        );
        expect(found.sort()).toEqual(expected.sort());
      }),
    );
  });
});
