/**
 * Contact bait: a bait word (加微, vx, QQ, 扣扣…) next to a handle (a run of letters and digits with at least a few
 * digits), as in 加微:abc12345, QQ 88996677 or (1367043)客服QQ. The bait word alone is common in real news (微信支付,
 * QQ音乐), and numbers beside it are short there (微信8.0); a handle is what turns it into bait. A number written out
 * in Chinese numerals (扣扣:贰捌叁伍柒玖零壹), which spammers use to slip past digit filters, counts as a handle too
 * when it is as long as a phone or QQ number: real text writes no such runs. A number a list's cut runs into (电话同微
 * 138...) counts from its first three digits. A handle stays within the title or the summary.
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
/** A number cut short by the list (see `handleEnd`) needs this many digits. */
const MIN_CUT_HANDLE_DIGITS = 3;
/** An ellipsis, and nothing else up to the next part (the line break before the summary) or the text's end. */
const CUT_MARK = /^\s*(?:\.{2,}|…+|。{3,})\s*$/u;
/**
 * Chinese numerals, plain and financial (大写), and 幺 (one, as phone numbers are read out); a run of this many is a
 * number spelt out, not a date or a count.
 */
const MIN_NUMERAL_HANDLE_LENGTH = 6;
const CHINESE_NUMERALS = new Set([...'零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两'].map((character) => character.charCodeAt(0)));
const ZERO = '0'.charCodeAt(0);
const NINE = '9'.charCodeAt(0);

/** `summaryUnit`: the summary's first unit (`text.length` without one); a handle never runs from title into summary. */
export function detectContactBait(
  text: NormalizedText,
  matches: TermMatches,
  roles: Uint8Array,
  summaryUnit: number,
): SignalEvidence | undefined {
  for (let match = 0; match < matches.count; match++) {
    if (!((roles[match] ?? 0) & MATCH_ROLE.contact)) continue;
    const start = matches.starts[match] ?? 0;
    const end = matches.ends[match] ?? 0;
    const part: Part = start < summaryUnit ? { start: 0, end: summaryUnit } : { start: summaryUnit, end: text.length };
    const after = handleEnd(text, part, end, 1);
    if (after !== end) return { delta: WEIGHT, terms: [sourceSlice(text, start, after)] };
    const before = handleEnd(text, part, start - 1, -1);
    if (before !== start - 1) return { delta: WEIGHT, terms: [sourceSlice(text, before + 1, end)] };
  }
  return undefined;
}

/** A sentence's end: a handle is never read across one (千万别加什么VX。 2024-05-25, a comment's date after its words). */
const SENTENCE_END = /[。！？!?]/u;
/**
 * A date or a time of day in the source, beside a handle: a comment's or a list's (vx：jp_6688 2024-05-24 11:03, 05-24
 * 11:03 mj8899加微). Global: a run before the bait word is cut after the last one.
 */
const DATE_OR_TIME = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}(?!\d)|\d{1,2}:\d{2}/gu;

/** The units `[start, end)` of the title or of the summary. */
interface Part {
  start: number;
  end: number;
}

/**
 * Walks from `from` in `direction` over at most MAX_GAP Han characters, then over a run of letters and digits, within
 * `part`; the unit past the run if it is a handle, or `from` if not.
 */
function handleEnd(text: NormalizedText, part: Part, from: number, direction: 1 | -1): number {
  const inside = (index: number): boolean => index >= part.start && index < part.end;
  let index = from;
  const numerals = numeralRunEnd(text, part, from, direction);
  if (numerals !== from) return numerals;
  for (let gap = 0; gap < MAX_GAP && inside(index) && !needsWordBoundary(text.codes[index] ?? 0); gap++) index += direction;
  if (inside(index) && SENTENCE_END.test(sourceBetween(text, from, index, direction))) return from;
  const runStart = index;
  while (index - runStart !== direction * MAX_HANDLE_LENGTH && inside(index) && needsWordBoundary(text.codes[index] ?? 0)) index += direction;
  index = withoutDateOrTime(text, runStart, index, direction);
  let length = 0;
  let digits = 0;
  for (let unit = runStart; unit !== index; unit += direction) {
    const code = text.codes[unit] ?? 0;
    if (code >= ZERO && code <= NINE) digits++;
    length++;
  }
  if (length >= MIN_HANDLE_LENGTH && digits >= MIN_HANDLE_DIGITS) return index;
  // A list cuts long titles (电话同微 138...): a number the cut runs into counts from its first digits. Not a year
  // (微信 2024...), nor a short number (QQ 20...).
  const isCutNumber = direction === 1 && digits === length && length >= MIN_CUT_HANDLE_DIGITS && index === part.end;
  return isCutNumber && !isYear(text, index - length, length) && isCutAt(text, index) ? index : from;
}

/** The source text between the units `from` (or the bait word's edge) and `to`, whichever way the walk went. */
function sourceBetween(text: NormalizedText, from: number, to: number, direction: 1 | -1): string {
  const [first, last] = direction === 1 ? [from - 1, to] : [to, from + 1];
  return sourceText(text, (text.sourceIndex[first] ?? -1) + 1, text.sourceIndex[last] ?? text.sourceLength);
}

/**
 * Where the run of units from `runStart` to `end` (walked in `direction`, `end` excluded) stops short of a date or a
 * time of day in its source: after the bait word, before the first one; before it, after the last one. The run goes
 * on into them otherwise, as their separators are dropped.
 */
function withoutDateOrTime(text: NormalizedText, runStart: number, end: number, direction: 1 | -1): number {
  if (runStart === end) return end;
  const [first, last] = direction === 1 ? [runStart, end - 1] : [end + 1, runStart];
  const sourceStart = text.sourceIndex[first] ?? 0;
  const found = [...sourceText(text, sourceStart, (text.sourceIndex[last] ?? 0) + 1).matchAll(DATE_OR_TIME)];
  if (found.length === 0) return end;
  let unit = runStart;
  if (direction === 1) {
    const dateStart = sourceStart + (found[0]!.index ?? 0);
    while (unit < end && (text.sourceIndex[unit] ?? 0) < dateStart) unit++;
  } else {
    const lastDate = found.at(-1)!;
    const dateEnd = sourceStart + (lastDate.index ?? 0) + lastDate[0].length;
    while (unit > end && (text.sourceIndex[unit] ?? 0) >= dateEnd) unit--;
  }
  return unit;
}

/** Whether an ellipsis (…, ...) and nothing else stands between unit `index - 1` and the next part or the text's end. */
function isCutAt(text: NormalizedText, index: number): boolean {
  const from = (text.sourceIndex[index - 1] ?? 0) + 1;
  const to = index < text.length ? (text.sourceIndex[index] ?? 0) : text.sourceLength;
  return CUT_MARK.test(sourceText(text, from, to));
}

function isYear(text: NormalizedText, start: number, length: number): boolean {
  if (length !== 4) return false;
  const century = String.fromCharCode(text.codes[start] ?? 0, text.codes[start + 1] ?? 0);
  return century === '19' || century === '20';
}

/** The unit past a run of at least MIN_NUMERAL_HANDLE_LENGTH Chinese numerals starting at `from`, or `from`. */
function numeralRunEnd(text: NormalizedText, part: Part, from: number, direction: 1 | -1): number {
  let index = from;
  let length = 0;
  while (length < MAX_HANDLE_LENGTH && index >= part.start && index < part.end && CHINESE_NUMERALS.has(text.codes[index] ?? 0)) {
    length++;
    index += direction;
  }
  return length >= MIN_NUMERAL_HANDLE_LENGTH ? index : from;
}
