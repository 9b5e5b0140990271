/**
 * The statistical signal: a logistic model over hashed character unigrams and bigrams of the normalised text,
 * trained by `npm run train` (test/tools/train-ngram-model.ts) on the dev corpus and shipped as int8 weights in
 * ngram-model-weights.ts. Hashing keeps the table a fixed, small size whatever the vocabulary; collisions cost a
 * little accuracy and no memory. The trainer and the engine share `forEachNgram`, so they see the same features.
 */
import type { NormalizedText } from '@/src/engine/normalize-text';

/** The weights as shipped: int8 values times `scale`, base64-encoded. */
export interface EncodedNgramModel {
  bits: number;
  bias: number;
  scale: number;
  /** The score delta is `clamp(logit * gain, -cap, cap)`: the model informs the verdict but does not decide it alone. */
  gain: number;
  cap: number;
  weights: string;
}

export interface NgramModel {
  bits: number;
  bias: number;
  gain: number;
  cap: number;
  weights: Float32Array;
}

export interface NgramScore {
  /** The model's log-odds that the text is spam. */
  logit: number;
  /** Unit positions of the n-grams that pushed hardest towards spam (first) and towards real (second); -1: none. */
  strongestSpam: number;
  strongestReal: number;
}

export function decodeNgramModel(encoded: EncodedNgramModel): NgramModel {
  // One plain loop over the decoded string: this runs once per page that judges an item, mostly before the
  // JIT has warmed up, where a callback per byte (Uint8Array.from with a map function) costs several milliseconds.
  const bytes = atob(encoded.weights);
  const weights = new Float32Array(1 << encoded.bits);
  const count = Math.min(weights.length, bytes.length);
  for (let index = 0; index < count; index++) {
    weights[index] = ((bytes.charCodeAt(index) << 24) >> 24) * encoded.scale; // int8 stored as a byte
  }
  return { bits: encoded.bits, bias: encoded.bias, gain: encoded.gain, cap: encoded.cap, weights };
}

/**
 * Calls `visit` at each unit of `text` with the hashes of its features: the unigram there, and the bigram ending
 * there (-1 at the first unit). Features are scaled by `1 / sqrt(count)` in the score, so long and short items weigh
 * alike.
 */
export function forEachNgram(
  text: NormalizedText,
  bits: number,
  visit: (unigram: number, bigram: number, position: number) => void,
): void {
  const shift = 32 - bits;
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.codes[index] ?? 0;
    const bigram = index > 0 ? Math.imul((previous << 16) | unit, 0x85eb_ca6b) >>> shift : -1;
    visit(Math.imul(unit, 0x9e37_79b1) >>> shift, bigram, index);
    previous = unit;
  }
}

/** The number of features `forEachNgram` visits for a text of `length` units. */
export function ngramCount(length: number): number {
  return length > 0 ? 2 * length - 1 : 0;
}

export function scoreNgramModel(model: NgramModel, text: NormalizedText): NgramScore {
  // forEachNgram's features, inlined: a callback per character more than doubles the cost of this loop, which runs
  // for every item on a page. A unit test checks that both see the same features.
  const { weights } = model;
  const shift = 32 - model.bits;
  let sum = 0;
  let strongestSpam = -1;
  let strongestSpamWeight = 0;
  let strongestReal = -1;
  let strongestRealWeight = 0;
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.codes[index] ?? 0;
    let weight = weights[Math.imul(unit, 0x9e37_79b1) >>> shift] ?? 0;
    if (index > 0) weight += weights[Math.imul((previous << 16) | unit, 0x85eb_ca6b) >>> shift] ?? 0;
    previous = unit;
    sum += weight;
    if (weight > strongestSpamWeight) {
      strongestSpamWeight = weight;
      strongestSpam = index;
    } else if (weight < strongestRealWeight) {
      strongestRealWeight = weight;
      strongestReal = index;
    }
  }
  const count = ngramCount(text.length);
  const logit = model.bias + (count > 0 ? sum / Math.sqrt(count) : 0);
  return { logit, strongestSpam, strongestReal };
}
