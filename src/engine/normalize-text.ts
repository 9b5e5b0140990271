/**
 * Normalisation for matching: rules and page text go through the same fold, so a rule written once matches the
 * disguises spammers use. Per character:
 *
 *   NFKD → lower case → drop combining marks → NFKC → look-alike letters → traditional→simplified → classify
 *
 * so full-width forms, Kangxi radicals, circled digits, accented pinyin (kāi guà) and 開掛 all become plain 开挂 / kai
 * gua. Letters and digits are kept; spaces, punctuation and symbols are dropped wherever they stand (开★挂, 开 挂 and
 * 开-挂 all read 开挂); zero-width and other invisible characters are dropped without a trace.
 *
 * Dropping separators would glue Latin words together ("gua" in "language"), so each kept character records whether
 * a word boundary precedes it: a separator stood there, or the script changed (开gua, qq123). The matcher requires a
 * boundary at the Latin and digit edges of a term, never at Han edges. Quotes, brackets and # are dropped too but
 * their positions are recorded, for the spam template's shape ("游戏名辅助" … (发现有挂)) and for topic tags (#话题#).
 *
 * Folding one character is costly (three `normalize` calls), so each code point's fold is computed once and cached:
 * a page's text then costs one table look-up per character. Every kept unit remembers the index of the character it
 * came from, so reasons can quote the text as the page showed it.
 */
import { simplifyCharacter } from '@/src/engine/simplify-character';

/** What a matcher needs to know about a kept character: only alphabetic and digit term edges need a boundary. */
const CHARACTER_CLASS = { ideographic: 1, alphabetic: 2, digit: 3 } as const;

/** The punctuation whose position is recorded (see `NormalizedText.marks`); `hash` marks a topic tag (#话题#). */
export const MARK_KIND = { quote: 1, open: 2, close: 3, hash: 4 } as const;

/**
 * Items are short; a longer text (a whole container handed over by generic detection) is judged on its first
 * characters, which keeps the cost of one item bounded whatever the page holds.
 */
export const MAX_SOURCE_LENGTH = 4_000;

/** The normalised form of one text. Buffers are reused across calls: see `normalizeInto`. */
export interface NormalizedText {
  /**
   * The text that was normalised (cut to `MAX_SOURCE_LENGTH`), the source, in two parts: `head`, then, when the
   * text has a second part (an item's summary after its title), a line break and `tail`. The parts are not joined:
   * joining them made a string the engine had to copy into one piece before reading it. Read the source through
   * `sourceText`; source indices count in the joined text.
   */
  head: string;
  tail: string | undefined;
  /** The source's length: the head's, plus the line break's and the tail's when there is a tail. */
  sourceLength: number;
  /** Number of valid entries in `codes`, `sourceIndex` and `boundaryBefore`. */
  length: number;
  /** The folded UTF-16 code units: letters and digits only. */
  codes: Uint16Array;
  /** For each unit, the index in the source of the character it came from. */
  sourceIndex: Int32Array;
  /** 1 where a word boundary precedes the unit (text start, a separator, or a change of script). */
  boundaryBefore: Uint8Array;
  /** Number of valid marks; mark `m` is `marks[3m]` kind, `marks[3m+1]` position in `codes`, `marks[3m+2]` in the source. */
  markCount: number;
  marks: Int32Array;
}

// A fold is a list of operations: a kept unit is `(class << 16) | codeUnit` (always positive), the rest negative.
const DROP = -1; // invisible: format characters, combining marks, variation selectors
const SEPARATOR = -2; // space, punctuation, symbol, control, lone surrogate
const QUOTE = -3;
const OPEN = -4;
const CLOSE = -5;
/** In the BMP cache: the fold is longer than one operation; look in `longFolds`. */
const LONG = -6;
/** In the BMP cache: the first half of a surrogate pair; the pair's code point decides. */
const HIGH_SURROGATE = -7;
const HASH = -8;
/** A plus sign: 加 before a contact word (see `applyPlus`), a separator anywhere else. */
const PLUS = -9;

const bmpFolds = new Int32Array(0x1_0000); // 0 = not computed yet
const longFolds = new Map<number, Int32Array>();

/**
 * Read as `charCodeAt.call(source, index)` in the hot loop. Page text reaches it as several kinds of engine string
 * (flat, concatenated title and summary, sliced, external DOM text), so `source.charCodeAt` there sees more of them
 * than V8 specialises for, and each character then paid a generic property look-up: normalising took twice as long
 * in the benchmark. A fixed function needs no look-up. The same goes for `source.length`: read it once.
 */
const charCodeAt = String.prototype.charCodeAt;

const COMBINING_MARKS = /\p{M}/gu;
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{M}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const IDEOGRAPHIC = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]$/u;
const DIGIT = /^\p{N}$/u;
const QUOTES = new Set([...'"\'“”‘’„‟‹›«»「」『』《》〈〉〝〞〟'].map((character) => character.codePointAt(0)));
const OPENING = /^\p{Ps}$/u;
const CLOSING = /^\p{Pe}$/u;

/**
 * Cyrillic and Greek letters that look like Latin ones (vх with a Cyrillic х), and small capitals (ᴠx: NFKC keeps
 * them), folded to the Latin letter. Lower case only: folding runs after lower-casing.
 */
const LOOK_ALIKES = new Map(
  [...'аaвbеeкkмmнhоoрpсcтtуyхxѕsіiјjԁdɡgνvοoρpαaτtκkιiᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz'.matchAll(/(.)(.)/gu)].map(([, from = '', to = '']) => [
    from.codePointAt(0) ?? 0,
    to.codePointAt(0) ?? 0,
  ]),
);

export function createNormalizedText(capacity = 256): NormalizedText {
  return {
    head: '',
    tail: undefined,
    sourceLength: 0,
    length: 0,
    codes: new Uint16Array(capacity),
    sourceIndex: new Int32Array(capacity),
    boundaryBefore: new Uint8Array(capacity),
    markCount: 0,
    marks: new Int32Array(48),
  };
}

/**
 * Normalises `text` into `into` (growing its buffers as needed) and returns it. Never throws. With `secondPart`, the
 * text is `text`, a line break and `secondPart` (an item's title and summary), read where they stand.
 */
export function normalizeInto(text: string, into: NormalizedText, secondPart?: string): NormalizedText {
  const head = text.length > MAX_SOURCE_LENGTH ? text.slice(0, MAX_SOURCE_LENGTH) : text;
  const roomAfterLineBreak = MAX_SOURCE_LENGTH - head.length - 1;
  const tail = secondPart === undefined || roomAfterLineBreak < 0 ? undefined : secondPart.slice(0, roomAfterLineBreak);
  into.head = head;
  into.tail = tail;
  into.sourceLength = tail === undefined ? head.length : head.length + 1 + tail.length;
  into.length = 0;
  into.markCount = 0;
  // Invariant: room for the units written so far plus one per source unit still to read. The fast path writes at
  // most one unit per source unit, so it needs no check; long folds restore the invariant when they grow.
  if (into.codes.length < into.sourceLength + 1) grow(into, into.sourceLength + 1, 0);
  foldState.separated = true;
  foldState.previousClass = 0;
  foldPart(into, foldState, head, 0);
  if (tail !== undefined) {
    foldState.separated = true; // the line break
    foldPart(into, foldState, tail, head.length + 1);
  }
  return into;
}

interface FoldState {
  /** A separator stood since the last kept unit (or nothing was kept yet). */
  separated: boolean;
  previousClass: number;
}

/** Where a normalisation stands between its parts and the rare folds (one at a time, as JavaScript runs). */
const foldState: FoldState = { separated: true, previousClass: 0 };

/** Folds `part`, which starts at `offset` in the source, into `into` after the units already there. */
function foldPart(into: NormalizedText, state: FoldState, part: string, offset: number): void {
  // The hot loop keeps everything in locals; the rare paths (long folds, surrogate pairs, marks) sync through `into`
  // and `state`.
  let { codes, sourceIndex, boundaryBefore, length } = into;
  let { separated, previousClass } = state;
  const partLength = part.length;
  for (let index = 0; index < partLength; index++) {
    const unit = charCodeAt.call(part, index);
    let fold = bmpFolds[unit] ?? 0;
    if (fold === 0) fold = cacheBmpFold(unit);
    if (fold > 0) {
      const characterClass = fold >>> 16;
      codes[length] = fold & 0xffff;
      sourceIndex[length] = offset + index;
      boundaryBefore[length] = separated || characterClass !== previousClass ? 1 : 0;
      length++;
      separated = false;
      previousClass = characterClass;
    } else if (fold === SEPARATOR) {
      separated = true;
    } else if (fold !== DROP) {
      into.length = length;
      state.separated = separated;
      state.previousClass = previousClass;
      index += applyRareFold(into, state, part, offset, fold, index);
      ({ codes, sourceIndex, boundaryBefore, length } = into);
      ({ separated, previousClass } = state);
    }
  }
  into.length = length;
  state.separated = separated;
  state.previousClass = previousClass;
}

const scratch = createNormalizedText();

/** The normalised form of `text` as a string: rule terms, tests, and regex rules read it so. */
export function normalizeText(text: string): string {
  return normalizedString(normalizeInto(text, scratch));
}

/** The folded units of `normalized` as a string. */
export function normalizedString(normalized: NormalizedText): string {
  let result = '';
  // fromCharCode takes its arguments on the stack: convert in slices.
  for (let start = 0; start < normalized.length; start += 4_096) {
    result += String.fromCharCode(...normalized.codes.subarray(start, Math.min(normalized.length, start + 4_096)));
  }
  return result;
}

/** The end (exclusive) in the source of the character that produced unit `position`. */
function sourceEndOf(normalized: NormalizedText, position: number): number {
  const start = normalized.sourceIndex[position] ?? 0;
  const { head, tail } = normalized;
  const unit = start < head.length ? head.charCodeAt(start) : (tail ?? '').charCodeAt(start - head.length - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? start + 2 : start + 1;
}

/** The text as the page showed it for units `[start, end)`: the matched term with whatever was inserted in it. */
export function sourceSlice(normalized: NormalizedText, start: number, end: number): string {
  if (end <= start) return '';
  return sourceText(normalized, normalized.sourceIndex[start] ?? 0, sourceEndOf(normalized, end - 1));
}

/** The source from index `from` to `to` (exclusive), as `String.prototype.slice` would cut the joined text. */
export function sourceText(normalized: NormalizedText, from: number, to: number): string {
  const { head, tail } = normalized;
  if (tail === undefined || to <= head.length) return head.slice(from, to);
  const tailStart = head.length + 1;
  if (from >= tailStart) return tail.slice(from - tailStart, to - tailStart);
  return `${head.slice(from)}\n${tail.slice(0, to - tailStart)}`;
}

/** Whether a term edge made of this folded unit must stand at a word boundary: alphabetic and digit edges do. */
export function needsWordBoundary(codeUnit: number): boolean {
  if (codeUnit >= 0xd800 && codeUnit <= 0xdfff) return false; // astral: treated like Han (CJK extensions)
  const fold = bmpFolds[codeUnit] || cacheBmpFold(codeUnit);
  return fold > 0 && fold >>> 16 !== CHARACTER_CLASS.ideographic;
}

/** Applies a fold that is not a single kept unit, a separator or a drop; returns how many extra units it consumed. */
function applyRareFold(
  into: NormalizedText,
  state: FoldState,
  part: string,
  offset: number,
  fold: number,
  index: number,
): number {
  if (fold === HIGH_SURROGATE) {
    // Past the part's end (at the line break) there is no low surrogate: a high one there stands alone.
    const low = part.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const high = part.charCodeAt(index);
      applyFolds(into, state, foldsOf(0x1_0000 + ((high - 0xd800) << 10) + (low - 0xdc00)), offset + index);
      return 1;
    }
    state.separated = true; // a lone surrogate carries no text
    return 0;
  }
  if (fold === LONG) applyFolds(into, state, foldsOf(part.charCodeAt(index)), offset + index);
  else if (fold === PLUS) applyPlus(into, state, part, index, offset);
  else applyDrop(into, state, fold, offset + index);
  return 0;
}

/** What a plus sign before a contact word reads as: 加 (+V, ➕薇, ＋q: "add me on…"). */
const PLUS_AS_ADD = Int32Array.of((CHARACTER_CLASS.ideographic << 16) | '加'.charCodeAt(0));
/**
 * The contact words a plus sign stands before in spam, as they are written (any case, half or full width): v and vx,
 * wx, q and qq alone (not the start of a word: +Vue, +Quest), and 薇, 威信, 扣扣, 企鹅. Not 微信: news joins services
 * with it (互联网+微信, 12345热线+微信小程序).
 */
const CONTACT_AFTER_PLUS = /^(?:[vＶｖ][xｘＸ]?|[wＷｗ][xｘＸ]|[qＱｑ][qＱｑ]?|薇|威信|扣扣|企鹅)(?![a-zA-Zａ-ｚＡ-Ｚ])/i;
/** A letter or a digit before the plus makes it a key chord (Ctrl+V), a name (C+) or a sum (12345+), not 加. */
const LETTER_BEFORE_PLUS = /[a-zA-Z0-9ａ-ｚＡ-Ｚ０-９]/;

/** A plus sign reads as 加 right before a contact word, and separates anywhere else (AI+医疗, 记牌器+透视, Ctrl+V). */
function applyPlus(into: NormalizedText, state: FoldState, part: string, index: number, offset: number): void {
  const isContact = !LETTER_BEFORE_PLUS.test(part.charAt(index - 1)) && CONTACT_AFTER_PLUS.test(part.slice(index + 1, index + 4));
  if (isContact) applyFolds(into, state, PLUS_AS_ADD, offset + index);
  else state.separated = true;
}

function applyFolds(into: NormalizedText, state: FoldState, folds: Int32Array, sourceIndex: number): void {
  const needed = into.length + folds.length + (into.sourceLength - sourceIndex) + 1;
  if (into.codes.length < needed) grow(into, Math.max(needed, into.codes.length * 2), into.length);
  for (const fold of folds) {
    if (fold > 0) {
      const characterClass = fold >>> 16;
      const position = into.length++;
      into.codes[position] = fold & 0xffff;
      into.sourceIndex[position] = sourceIndex;
      into.boundaryBefore[position] = state.separated || characterClass !== state.previousClass ? 1 : 0;
      state.separated = false;
      state.previousClass = characterClass;
    } else {
      applyDrop(into, state, fold, sourceIndex);
    }
  }
}

function applyDrop(into: NormalizedText, state: FoldState, fold: number, sourceIndex: number): void {
  if (fold === DROP) return;
  state.separated = true;
  if (fold === SEPARATOR || fold === PLUS) return;
  if (into.marks.length < (into.markCount + 1) * 3) {
    const marks = new Int32Array(into.marks.length * 2);
    marks.set(into.marks);
    into.marks = marks;
  }
  const base = into.markCount++ * 3;
  into.marks[base] =
    fold === QUOTE ? MARK_KIND.quote : fold === OPEN ? MARK_KIND.open : fold === HASH ? MARK_KIND.hash : MARK_KIND.close;
  into.marks[base + 1] = into.length;
  into.marks[base + 2] = sourceIndex;
}

/** Grows the unit buffers to `capacity`, keeping the first `keep` units. */
function grow(into: NormalizedText, capacity: number, keep: number): void {
  const codes = new Uint16Array(capacity);
  codes.set(into.codes.subarray(0, keep));
  const sourceIndex = new Int32Array(capacity);
  sourceIndex.set(into.sourceIndex.subarray(0, keep));
  const boundaryBefore = new Uint8Array(capacity);
  boundaryBefore.set(into.boundaryBefore.subarray(0, keep));
  into.codes = codes;
  into.sourceIndex = sourceIndex;
  into.boundaryBefore = boundaryBefore;
}

function cacheBmpFold(codeUnit: number): number {
  if (codeUnit >= 0xd800 && codeUnit <= 0xdbff) return (bmpFolds[codeUnit] = HIGH_SURROGATE);
  const folds = computeFolds(codeUnit);
  const single = folds.length === 1 ? (folds[0] ?? DROP) : folds.length === 0 ? DROP : LONG;
  if (single === LONG) longFolds.set(codeUnit, folds);
  bmpFolds[codeUnit] = single;
  return single;
}

function foldsOf(codePoint: number): Int32Array {
  let folds = longFolds.get(codePoint);
  if (folds === undefined) {
    folds = computeFolds(codePoint);
    longFolds.set(codePoint, folds);
  }
  return folds;
}

/**
 * 丶 and 丿: strokes that are characters only in dictionaries, written as dots and slashes between characters (辅丶助,
 * and as the Kangxi radicals ⼂ ⼃ that fold to them).
 */
const STROKE_SEPARATORS: ReadonlySet<number> = new Set([0x4e36, 0x4e3f]);

function computeFolds(codePoint: number): Int32Array {
  // Lone surrogates cannot be normalised; they carry no text.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return Int32Array.of(SEPARATOR);
  // Shortcut for the bulk of a Chinese page: unified ideographs (extension A and the main block) have no
  // decomposition and no case, so their fold is the traditional→simplified table alone. This skips the costly
  // general path for the first sight of each character, which a page's first items pay.
  if ((codePoint >= 0x3400 && codePoint <= 0x4dbf) || (codePoint >= 0x4e00 && codePoint <= 0x9fff)) {
    if (STROKE_SEPARATORS.has(codePoint)) return Int32Array.of(SEPARATOR);
    return Int32Array.of((CHARACTER_CLASS.ideographic << 16) | simplifyCharacter(codePoint));
  }
  // Shortcut for ASCII (pinyin and Latin terms, digits, ASCII punctuation), the other bulk of rule terms: the general
  // path's answer without its regular expressions and normalisations, which cost most on a page's first items.
  // (normalize-text.test.ts checks every ASCII character against what the Unicode rules say.)
  if (codePoint < 0x80) return Int32Array.of(foldAscii(codePoint));
  const character = enclosedAlphanumeric(codePoint) ?? String.fromCodePoint(codePoint);
  if (INVISIBLE.test(character)) return Int32Array.of(DROP);
  const folded = character.normalize('NFKD').toLowerCase().replace(COMBINING_MARKS, '').normalize('NFKC');
  const folds: number[] = [];
  for (const part of folded) {
    const partCode = part.codePointAt(0) ?? 0;
    const target = simplifyCharacter(LOOK_ALIKES.get(partCode) ?? partCode);
    folds.push(...classify(String.fromCodePoint(target)));
  }
  return Int32Array.from(folds);
}

/** `[first, last, what first shows]`: a number (the run counts up from it) or a letter (the run goes on from it). */
const ENCLOSED_RUNS: readonly (readonly [number, number, number | string])[] = [
  [0x2776, 0x277f, 1], // ❶…❿
  [0x2780, 0x2789, 1], // ➀…➉
  [0x278a, 0x2793, 1], // ➊…➓
  [0x24eb, 0x24f4, 11], // ⓫…⓴
  [0x24f5, 0x24fe, 1], // ⓵…⓾
  [0x24ff, 0x24ff, 0], // ⓿
  [0x1f10b, 0x1f10c, 0], // 🄋 🄌
  [0x1f150, 0x1f169, 'a'], // 🅐…🅩
  [0x1f170, 0x1f189, 'a'], // 🅰…🆉
];

/**
 * Numbers and letters in circles and squares that Unicode gives no compatibility form (❶ ➋ ⓫ 🅐 🅰, where ① and 🄰
 * fold by NFKC): spam numbers its steps and spells its words with them (❶分钟教你❷招, 🅰🅸透视), so they read as
 * the digits and letters they show. Undefined for any other character.
 */
function enclosedAlphanumeric(codePoint: number): string | undefined {
  for (const [first, last, value] of ENCLOSED_RUNS) {
    if (codePoint < first || codePoint > last) continue;
    const offset = codePoint - first;
    return typeof value === 'number' ? String(value + offset) : String.fromCharCode(value.charCodeAt(0) + offset);
  }
  return undefined;
}


function foldAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return (CHARACTER_CLASS.alphabetic << 16) | (code + 0x20); // A–Z → a–z
  if (code >= 0x61 && code <= 0x7a) return (CHARACTER_CLASS.alphabetic << 16) | code;
  if (code >= 0x30 && code <= 0x39) return (CHARACTER_CLASS.digit << 16) | code;
  if (code === 0x22 || code === 0x27) return QUOTE; // " '
  if (code === 0x23) return HASH; // #
  if (code === 0x2b) return PLUS; // +
  if (code === 0x28 || code === 0x5b || code === 0x7b) return OPEN; // ( [ {
  if (code === 0x29 || code === 0x5d || code === 0x7d) return CLOSE; // ) ] }
  return SEPARATOR; // spaces, controls, other punctuation and symbols
}

function classify(character: string): number[] {
  if (INVISIBLE.test(character)) return [DROP];
  const codePoint = character.codePointAt(0) ?? 0;
  if (STROKE_SEPARATORS.has(codePoint)) return [SEPARATOR];
  if (LETTER_OR_DIGIT.test(character)) {
    const characterClass = IDEOGRAPHIC.test(character)
      ? CHARACTER_CLASS.ideographic
      : DIGIT.test(character)
        ? CHARACTER_CLASS.digit
        : CHARACTER_CLASS.alphabetic;
    // An astral letter (CJK extension B, say) is kept as its two surrogate units.
    return character.split('').map((unit) => (characterClass << 16) | unit.charCodeAt(0));
  }
  if (QUOTES.has(codePoint)) return [QUOTE];
  if (codePoint === 0x23) return [HASH]; // #, and ＃ folded to it
  // +, ＋ folded to it, ➕, and the crosses drawn as plus signs (✙ ✚ ✛ ✜)
  if (codePoint === 0x2b || codePoint === 0x2795 || (codePoint >= 0x2719 && codePoint <= 0x271c)) return [PLUS];
  if (OPENING.test(character)) return [OPEN];
  if (CLOSING.test(character)) return [CLOSE];
  return [SEPARATOR];
}
