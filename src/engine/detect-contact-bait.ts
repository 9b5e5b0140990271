/**
 * Contact bait: a bait word (加微, vx, QQ, 扣扣…) next to a handle (a run of letters and digits with at least a few
 * digits), as in 加微:abc12345, QQ 88996677 or (1367043)客服QQ. The bait word alone is common in real news (微信支付,
 * QQ音乐), and numbers beside it are short there (微信8.0); a handle is what turns it into bait. A number written out
 * in Chinese numerals (扣扣:贰捌叁伍柒玖零壹), which spammers use to slip past digit filters, counts as a handle too
 * when it is as long as a phone or QQ number: real text writes no such runs.
 */
import { needsWordBoundary, sourceSlice, sourceText, type NormalizedText } from '@/src/engine/normalize-text';
import { MATCH_ROLE, type SignalEvidence } from '@/src/engine/signal-evidence';
import type { TermMatches } from '@/src/engine/term-automaton';

const WEIGHT = 3;
/** Han characters allowed between the bait word and the handle (加微信号：, QQ是). */
const MAX_GAP = 2;
const MIN_HANDLE_LENGTH = 5;
/** Handles are short; stopping here keeps a page of letters and digits from costing more than its length. */
const MAX_HANDLE_LENGTH = 32;
const MIN_HANDLE_DIGITS = 3;
/** A handle cut short by the list (see `handleEnd`) needs this many units, digits or not. */
const MIN_CUT_HANDLE_LENGTH = 2;
/** An ellipsis that ends the title or the summary, and nothing else up to the next part. */
const CUT_MARK = /^\s*(?:\.{2,}|…+|。{3,})\s*$/u;
/**
 * Chinese numerals, plain and financial (大写), and 幺 (one, as phone numbers are read out); a run of this many is a
 * number spelt out, not a date or a count.
 */
const MIN_NUMERAL_HANDLE_LENGTH = 6;
const CHINESE_NUMERALS = new Set([...'零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两'].map((character) => character.charCodeAt(0)));
const ZERO = '0'.charCodeAt(0);
const NINE = '9'.charCodeAt(0);

export function detectContactBait(text: NormalizedText, matches: TermMatches, roles: Uint8Array): SignalEvidence | undefined {
  for (let match = 0; match < matches.count; match++) {
    if (!((roles[match] ?? 0) & MATCH_ROLE.contact)) continue;
    const start = matches.starts[match] ?? 0;
    const end = matches.ends[match] ?? 0;
    const after = handleEnd(text, end, 1);
    if (after !== end) return { delta: WEIGHT, terms: [sourceSlice(text, start, after)] };
    const before = handleEnd(text, start - 1, -1);
    if (before !== start - 1) return { delta: WEIGHT, terms: [sourceSlice(text, before + 1, end)] };
  }
  return undefined;
}

/**
 * Walks from `from` in `direction` over at most MAX_GAP Han characters, then over a run of letters and digits; the
 * unit past the run if it is a handle, or `from` if not.
 */
function handleEnd(text: NormalizedText, from: number, direction: 1 | -1): number {
  const inside = (index: number): boolean => index >= 0 && index < text.length;
  let index = from;
  const numerals = numeralRunEnd(text, from, direction);
  if (numerals !== from) return numerals;
  for (let gap = 0; gap < MAX_GAP && inside(index) && !needsWordBoundary(text.codes[index] ?? 0); gap++) index += direction;
  let length = 0;
  let digits = 0;
  while (length < MAX_HANDLE_LENGTH && inside(index) && needsWordBoundary(text.codes[index] ?? 0)) {
    const unit = text.codes[index] ?? 0;
    if (unit >= ZERO && unit <= NINE) digits++;
    length++;
    index += direction;
  }
  if (length >= MIN_HANDLE_LENGTH && digits >= MIN_HANDLE_DIGITS) return index;
  // A list cuts long titles (电话同微 13..., vx:qiu_dd...): a handle the cut runs into counts from its first units.
  return direction === 1 && length >= MIN_CUT_HANDLE_LENGTH && isCutAfter(text, index) ? index : from;
}

/** Whether the text is cut (…, ...) right before unit `index`, at the end of the title or the summary. */
function isCutAfter(text: NormalizedText, index: number): boolean {
  const from = (text.sourceIndex[index - 1] ?? 0) + 1;
  const to = index < text.length ? (text.sourceIndex[index] ?? 0) : text.sourceLength;
  return CUT_MARK.test(sourceText(text, from, to));
}

/** The unit past a run of at least MIN_NUMERAL_HANDLE_LENGTH Chinese numerals starting at `from`, or `from`. */
function numeralRunEnd(text: NormalizedText, from: number, direction: 1 | -1): number {
  let index = from;
  let length = 0;
  while (length < MAX_HANDLE_LENGTH && index >= 0 && index < text.length && CHINESE_NUMERALS.has(text.codes[index] ?? 0)) {
    length++;
    index += direction;
  }
  return length >= MIN_NUMERAL_HANDLE_LENGTH ? index : from;
}
