/**
 * Trains the n-gram model (see src/engine/score-ngram-model.ts): L2-regularised logistic regression over the hashed
 * character unigrams and bigrams of each item's normalised text, fitted with AdaGrad on the dev corpus only.
 */
import { createNormalizedText, normalizeInto } from '@/src/engine/normalize-text';
import { forEachNgram, ngramCount, type EncodedNgramModel, type NgramModel } from '@/src/engine/score-ngram-model';

import type { CorpusItem } from './load-corpus';

export interface TrainingOptions {
  bits: number;
  /** L2 penalty per example. */
  l2: number;
  epochs: number;
  learningRate: number;
  gain: number;
  cap: number;
}

interface Example {
  features: Map<number, number>;
  label: number;
  /** Spam and real weigh alike whatever their counts. */
  weight: number;
}

/** A trained model: its own float weights, unscaled. */
export type TrainedNgramModel = NgramModel & { weights: Float32Array };

export function trainNgramModel(items: readonly CorpusItem[], options: TrainingOptions): TrainedNgramModel {
  const spamCount = items.filter((item) => item.spam).length;
  const realCount = items.length - spamCount;
  const examples = items.map((item): Example => ({
    features: featuresOf(item, options.bits),
    label: item.spam ? 1 : 0,
    weight: items.length / 2 / (item.spam ? spamCount : realCount),
  }));
  const size = 1 << options.bits;
  const weights = new Float64Array(size);
  const squaredGradients = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  // Deterministic order shuffles, so the same corpus trains the same weights.
  let seed = 1;
  const random = (): number => ((seed = Math.imul(seed, 48_271) % 2_147_483_647) & 0x7fff_ffff) / 2_147_483_647;
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
    }
    for (const exampleIndex of order) {
      const example = examples[exampleIndex];
      if (example === undefined) continue;
      let logit = bias;
      for (const [hash, value] of example.features) logit += (weights[hash] ?? 0) * value;
      const error = (1 / (1 + Math.exp(-logit)) - example.label) * example.weight;
      for (const [hash, value] of example.features) {
        const gradient = error * value + options.l2 * (weights[hash] ?? 0);
        squaredGradients[hash] = (squaredGradients[hash] ?? 0) + gradient * gradient;
        weights[hash] = (weights[hash] ?? 0) - (options.learningRate * gradient) / Math.sqrt(squaredGradients[hash] ?? 1);
      }
      biasSquared += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquared);
    }
  }
  return { bits: options.bits, bias, gain: options.gain, cap: options.cap, weights: Float32Array.from(weights), scale: 1 };
}

/** Int8 weights (scaled so the largest is ±127), base64, as ngram-model-weights.ts ships them. */
export function encodeNgramModel(model: TrainedNgramModel): EncodedNgramModel {
  const largest = model.weights.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0);
  const scale = largest === 0 ? 0 : largest / 127;
  const bytes = Uint8Array.from(model.weights, (weight) => (scale === 0 ? 0 : Math.round(weight / scale) & 0xff));
  return {
    bits: model.bits,
    bias: round(model.bias, 4),
    scale: round(scale, 8),
    gain: model.gain,
    cap: model.cap,
    weights: Buffer.from(bytes).toString('base64'),
  };
}

function featuresOf(item: CorpusItem, bits: number): Map<number, number> {
  const text = normalizeInto(item.summary === '' ? item.title : `${item.title}\n${item.summary}`, createNormalizedText());
  const features = new Map<number, number>();
  const value = 1 / Math.sqrt(Math.max(1, ngramCount(text.length)));
  const add = (hash: number): void => {
    features.set(hash, (features.get(hash) ?? 0) + value);
  };
  forEachNgram(text, bits, (unigram, bigram) => {
    add(unigram);
    if (bigram >= 0) add(bigram);
  });
  return features;
}

function round(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}
