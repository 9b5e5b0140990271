import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  MARK_KIND,
  MAX_SOURCE_LENGTH,
  createNormalizedText,
  normalizeInto,
  normalizeText,
  sourceSlice,
  sourceText,
  type NormalizedText,
} from '@/src/engine/normalize-text';

describe('normalizeText', () => {
  test.each([
    // NFKC: full-width forms, Kangxi radicals, CJK compatibility ideographs, circled and math letters
    ['full-width letters and digits', 'ＫＡＩ挂 ９分钟 ＶＸ', 'kai挂9分钟vx'],
    ['Kangxi radicals', '⽜⽜ ⿇将 ⽃地主', '牛牛麻将斗地主'],
    ['CJK compatibility ideographs (蘭 also folds to simplified)', '\uf9f4\uf91f', '林兰'],
    ['math bold letters', '𝐀𝐈辅助', 'ai辅助'],
    ['circled digits', '①②③', '123'],
    ['circled digits and letters that NFKC leaves (dingbats, negative circled and squared)', '❶分钟➋招⓫ 🅐🅸透视 ⓿', '1分钟2招11ai透视0'],
    // invisible characters
    ['zero-width space', '开\u200b挂', '开挂'],
    ['zero-width joiner and non-joiner', '辅\u200d助\u200c器', '辅助器'],
    ['byte order mark and word joiner', '透\ufeff视\u2060挂', '透视挂'],
    ['soft hyphen', '外\u00ad挂', '外挂'],
    ['variation selector', '开\ufe0f挂', '开挂'],
    ['Hangul filler used as blank', '开\u3164挂', '开挂'],
    // spaces, punctuation and symbols inserted between CJK characters
    ['spaces', '开 挂　透 视', '开挂透视'],
    ['punctuation', '透.视.辅.助', '透视辅助'],
    ['symbols and emoji', '开★挂 开🔥挂 开➕挂 开👨‍👩‍👧挂', '开挂开挂开挂开挂'],
    ['strokes written as dots between characters', '辅丶助 控丿制 输⼂赢', '辅助控制输赢'],
    ['brackets around each character', '『开』『挂』', '开挂'],
    // a plus sign before a contact word is how spam writes 加 ("add me"); anywhere else it separates
    ['a plus before a contact word', '+V：qp0529 ➕薇 ＋ｑ群 +vx:a1 ✚v：hy8826', '加vqp0529加薇加q群加vxa1加vhy8826'],
    ['a plus anywhere else', 'AI+医疗 记牌器+透视 c++ 开+挂 Ctrl+V 掼蛋+微博 +Vue 12345+微信 热线+微信', 'ai医疗记牌器透视c开挂ctrlv掼蛋微博vue12345微信热线微信'],
    // traditional to simplified
    ['traditional characters', '開掛輔助透視 撲克 麻將', '开挂辅助透视扑克麻将'],
    ['Taiwan variant forms', '裡面 為了', '里面为了'],
    ['characters that are themselves simplified are never folded', '乾隆 著名 於是', '乾隆著名於是'],
    // case and letter variants
    ['case', 'KaiGua FuZhu', 'kaiguafuzhu'],
    ['accented pinyin', 'kāi guà', 'kaigua'],
    ['Cyrillic look-alike letters', 'vх', 'vx'],
    ['small capitals, which NFKC keeps', 'ᴠx ᴍᴊ2025ᴋᴘ', 'vxmj2025kp'],
    // nothing to keep
    ['empty text', '', ''],
    ['only punctuation', '！？…——', ''],
    ['lone surrogates', '\ud800开\udc00挂\ud800', '开挂'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('rules and text fold alike', () => {
    expect(normalizeText('開 掛')).toBe(normalizeText('开挂'));
  });
});

describe('normalizeInto', () => {
  test('records a word boundary at separators and script changes only', () => {
    const text = normalizeInto('fu zhu开gua123', createNormalizedText());
    const boundaries = [...text.boundaryBefore.subarray(0, text.length)];
    //                        f  u  z  h  u  开 g  u  a  1  2  3
    expect(boundaries).toEqual([1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0]);
  });

  test('an invisible character is not a word boundary', () => {
    const text = normalizeInto('fu\u200bzhu', createNormalizedText());
    expect([...text.boundaryBefore.subarray(0, text.length)]).toEqual([1, 0, 0, 0, 0]);
  });

  test('maps folded units back to the text as the page showed it', () => {
    const text = normalizeInto('前言：開★掛 𝐀𝐈', createNormalizedText());
    expect(sourceSlice(text, 2, 4)).toBe('開★掛');
    expect(sourceSlice(text, 4, 6)).toBe('𝐀𝐈');
  });

  test('records quotes and brackets with their positions', () => {
    const text = normalizeInto('开挂"游戏辅助"(有挂)', createNormalizedText());
    const marks = Array.from({ length: text.markCount }, (_, mark) => [...text.marks.subarray(mark * 3, mark * 3 + 3)]);
    expect(marks).toEqual([
      [MARK_KIND.quote, 2, 2],
      [MARK_KIND.quote, 6, 7],
      [MARK_KIND.open, 6, 8],
      [MARK_KIND.close, 8, 11],
    ]);
  });

  test('records # and ＃ as marks of a topic tag', () => {
    const text = normalizeInto('#外挂电梯# ＃反诈', createNormalizedText());
    expect(Array.from({ length: text.markCount }, (_, mark) => text.marks[mark * 3])).toEqual([MARK_KIND.hash, MARK_KIND.hash, MARK_KIND.hash]);
  });

  test('reuses and grows its buffers', () => {
    const buffer = createNormalizedText(4);
    expect(normalizeText('\ufdfa')).toHaveLength(normalizeInto('\ufdfa', buffer).length); // one character folds to many
    normalizeInto('短', buffer);
    expect(buffer.length).toBe(1);
  });

  test(`judges at most the first ${MAX_SOURCE_LENGTH} characters`, () => {
    const text = normalizeInto('字'.repeat(MAX_SOURCE_LENGTH * 2), createNormalizedText());
    expect(text.length).toBe(MAX_SOURCE_LENGTH);
  });
});

describe('a text in two parts (an item\'s title and summary)', () => {
  /** Everything a normalised text holds, for comparison. */
  const contents = (text: NormalizedText) => ({
    sourceLength: text.sourceLength,
    codes: [...text.codes.subarray(0, text.length)],
    sourceIndex: [...text.sourceIndex.subarray(0, text.length)],
    boundaryBefore: [...text.boundaryBefore.subarray(0, text.length)],
    marks: [...text.marks.subarray(0, text.markCount * 3)],
  });
  const part = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('开', '挂"', '(辅', 'gua', '\ud83d', '\ude00', '\ufdfa', ''),
    fc.integer({ min: MAX_SOURCE_LENGTH - 3, max: MAX_SOURCE_LENGTH + 1 }).map((length) => 'x'.repeat(length)),
  );

  test('normalises as the two joined by a line break, and quotes the joined text', () => {
    fc.assert(
      fc.property(part, part, fc.nat(), fc.nat(), (title, summary, from, to) => {
        const joined = `${title}\n${summary}`;
        const inParts = normalizeInto(title, createNormalizedText(), summary);
        expect(contents(inParts)).toEqual(contents(normalizeInto(joined, createNormalizedText())));
        const cut = joined.slice(0, MAX_SOURCE_LENGTH);
        expect(sourceText(inParts, from % (cut.length + 2), to % (cut.length + 2))).toBe(
          cut.slice(from % (cut.length + 2), to % (cut.length + 2)),
        );
      }),
    );
  });
});

test('characters that fold to many units early in a long text lose no unit later', () => {
  const text = `${'\ufdfa'.repeat(3)}${'字'.repeat(1_000)}`;
  const normalized = normalizeInto(text, createNormalizedText(1));
  expect(normalized.length).toBe(normalizeText('\ufdfa').length * 3 + 1_000);
  expect(normalized.sourceIndex[normalized.length - 1]).toBe(text.length - 1);
});

describe('ASCII', () => {
  // Every ASCII character, with letters before and after so separators show as word boundaries: letters fold to
  // lower case, digits stay, quotes, brackets and # are recorded as marks, everything else separates words.
  test.each(Array.from({ length: 128 }, (_, code) => code))('U+%i folds as the Unicode rules say', (code) => {
    const character = String.fromCharCode(code);
    const normalized = normalizeInto(`a${character}b`, createNormalizedText());
    const text = String.fromCharCode(...normalized.codes.subarray(0, normalized.length));
    const isLetter = /[A-Za-z]/.test(character);
    const isDigit = /[0-9]/.test(character);
    expect(text).toBe(isLetter || isDigit ? `a${character.toLowerCase()}b` : 'ab');
    // A separator, quote or bracket leaves a word boundary before `b`; a letter joins the word, a digit starts one.
    expect(normalized.boundaryBefore[normalized.length - 1]).toBe(isLetter ? 0 : 1);
    const mark = `"'`.includes(character)
      ? MARK_KIND.quote
      : '([{'.includes(character)
        ? MARK_KIND.open
        : ')]}'.includes(character)
          ? MARK_KIND.close
          : character === '#'
            ? MARK_KIND.hash
            : undefined;
    expect(normalized.markCount === 0 ? undefined : normalized.marks[0]).toBe(mark);
  });
});
