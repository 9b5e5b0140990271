import fc from 'fast-check';
import { expect, test } from 'vitest';

import { NGRAM_MODEL_WEIGHTS } from '@/src/engine/ngram-model-weights';
import { createNormalizedText, normalizeInto } from '@/src/engine/normalize-text';
import { decodeNgramModel, forEachNgram, ngramCount, scoreNgramModel, weightAt } from '@/src/engine/score-ngram-model';

const model = decodeNgramModel(NGRAM_MODEL_WEIGHTS);

test('the scorer sees the same features as the trainer (forEachNgram)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
      const normalized = normalizeInto(text, createNormalizedText());
      let sum = 0;
      let features = 0;
      forEachNgram(normalized, model.bits, (unigram, bigram) => {
        sum += weightAt(model, unigram) + (bigram < 0 ? 0 : weightAt(model, bigram));
        features += bigram < 0 ? 1 : 2;
      });
      expect(features).toBe(ngramCount(normalized.length));
      const expected = model.bias + (features > 0 ? sum / Math.sqrt(features) : 0);
      expect(scoreNgramModel(model, normalized).logit).toBeCloseTo(expected, 4);
    }),
  );
});

test('the shipped model leans towards spam on the seed template and towards news on a seed headline', () => {
  const logit = (text: string) => scoreNgramModel(model, normalizeInto(text, createNormalizedText())).logit;
  expect(logit('9分钟开挂"情怀游戏字牌辅助"原先有开挂透视辅助器(发现有挂)')).toBeGreaterThan(0);
  expect(logit('12月6日消息,美国银行上调特斯拉12个月目标价至400美元并维持买入评级')).toBeLessThan(0);
});
