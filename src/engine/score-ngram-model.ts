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
  /** Each weight is `fround(weights[i] * scale)`: the shipped int8 values, or a trained model's own (scale 1). */
  weights: Int8Array | Float32Array;
  scale: number;
}

export interface NgramScore {
  /** The model's log-odds that the text is spam. */
  logit: number;
  /** Unit positions of the n-grams that pushed hardest towards spam (first) and towards real (second); -1: none. */
  strongestSpam: number;
  strongestReal: number;
}

export function decodeNgramModel(encoded: EncodedNgramModel): NgramModel {
  // The int8 values are kept as they are and scaled where they are read: this runs once per page that judges an item,
  // before the JIT has warmed up, where a loop over 16,384 weights cost about 3 ms (a third of compiling the rules).
  const bytes = decodeBase64(encoded.weights);
  const weights = new Int8Array(1 << encoded.bits);
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset, Math.min(weights.length, bytes.length)));
  return { bits: encoded.bits, bias: encoded.bias, gain: encoded.gain, cap: encoded.cap, weights, scale: encoded.scale };
}

/** Base64 to bytes: natively where the browser has `Uint8Array.fromBase64` (Chromium 140+, Firefox 133+), else a loop. */
function decodeBase64(base64: string): Uint8Array {
  const { fromBase64 } = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
  if (fromBase64 !== undefined) return fromBase64(base64);
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/** The model's weight at `index`, as a float32 (what a Float32Array of the scaled weights would hold). */
export function weightAt(model: NgramModel, index: number): number {
  return Math.fround((model.weights[index] ?? 0) * model.scale);
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
  const shift = 32 - model.bits;
  let sum = 0;
  let strongestSpam = -1;
  let strongestSpamWeight = 0;
  let strongestReal = -1;
  let strongestRealWeight = 0;
  let previous = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.codes[index] ?? 0;
    let weight = weightAt(model, Math.imul(unit, 0x9e37_79b1) >>> shift);
    if (index > 0) weight += weightAt(model, Math.imul((previous << 16) | unit, 0x85eb_ca6b) >>> shift);
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
