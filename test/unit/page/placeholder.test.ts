/**
 * The placeholder line: which reason words it names, and that its parts (cloned from one template per document) are
 * its own and say what the last update asked for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import catalogues from 'virtual:jingdu-page-messages';

import type { Reason } from '@/src/engine/verdict';
import { createPlaceholder, placeholderReasons } from '@/src/page/placeholder';
import { translateFrom } from '@/src/page/translate';

/** The default catalogue's text, zh_CN. */
const translateChinese = translateFrom(catalogues[0]);

type ReasonPart = Pick<Reason, 'source' | 'id' | 'name' | 'terms' | 'delta'>;

/** The definition `placeholderReasons` must keep: every word's summed weight, heaviest first, first named first. */
function referenceReasons(reasonLists: readonly (readonly ReasonPart[])[], title: string): string[] {
  const isShortWord = (term: string) => {
    const trimmed = term.trim();
    return trimmed !== '' && trimmed.length <= 12 && (title === '' || trimmed.length < title.length * 0.6);
  };
  const weights = new Map<string, number>();
  for (const reasons of reasonLists) {
    for (const reason of reasons) {
      if (reason.delta <= 0) continue;
      const usable = reason.source === 'keyword' ? reason.terms.filter(isShortWord) : [];
      for (const word of usable.length > 0 ? usable : [reason.name]) {
        const trimmed = word.replace(/\p{Cf}+/gu, '').replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '').trim();
        if (trimmed === '' || trimmed.length > 40) continue;
        weights.set(trimmed, (weights.get(trimmed) ?? 0) + reason.delta);
      }
    }
  }
  return [...weights.entries()]
    .sort((first, second) => second[1] - first[1])
    .slice(0, 3)
    .map(([word]) => word);
}

describe('placeholderReasons', () => {
  it.each([
    {
      case: 'keyword terms, heaviest first',
      reasons: [
        { source: 'keyword', id: 'user:r', name: '外挂推广用语', terms: ['透视'], delta: 2 },
        { source: 'keyword', id: 'user:r', name: '外挂推广用语', terms: ['开挂', '透视'], delta: 3 },
      ],
      expected: ['透视', '开挂'],
    },
    {
      case: 'names for what quotes the item, and for terms nearly as long as the title',
      reasons: [
        { source: 'signal', id: 'user:r', name: '模板特征', terms: ['9分钟开挂'], delta: 2 },
        { source: 'keyword', id: 'user:r', name: '长词', terms: ['开挂"情怀游戏字牌辅助'], delta: 1 },
      ],
      expected: ['模板特征', '长词'],
    },
    {
      case: "the page's disguise is not shown: invisible characters and spaces between Chinese characters",
      reasons: [
        { source: 'keyword', id: 'user:r', name: '外挂用语', terms: ['辅\u200b 助', '透 视'], delta: 1 },
        { source: 'keyword', id: 'user:r', name: '外挂推广用语', terms: ['透视'], delta: 2 },
        { source: 'keyword', id: 'user:r', name: 'English', terms: ['hack app'], delta: 1 },
      ],
      expected: ['透视', '辅助', 'hack app'],
    },
    {
      case: 'at most three, first named first among equals, nothing for reasons that speak against',
      reasons: [
        { source: 'keyword', id: 'user:r', name: 'a', terms: ['甲', '乙', '丙', '丁'], delta: 1 },
        { source: 'model', id: 'user:r', name: '模型', terms: [], delta: -2 },
      ],
      expected: ['甲', '乙', '丙'],
    },
  ] as { case: string; reasons: ReasonPart[]; expected: string[] }[])('$case', ({ reasons, expected }) => {
    expect(placeholderReasons([reasons], '9分钟开挂"情怀游戏字牌辅助"', translateChinese)).toEqual(expected);
  });

  it('names shipped signals and rules in the page’s language, and a name the user gave as it is', () => {
    const reasons: ReasonPart[] = [
      { source: 'signal', id: 'signal:template', name: '外挂推广模板', terms: ['9分钟开挂'], delta: 3 },
      { source: 'model', id: 'model', name: '统计模型', terms: [], delta: 2 },
      { source: 'regex', id: 'user:mine', name: '统计模型', terms: ['x'], delta: 1 },
    ];
    expect(placeholderReasons([reasons], '', translateChinese)).toEqual(['外挂推广模板', '统计模型']);
    expect(placeholderReasons([reasons], '', translateFrom(catalogues[1]!))).toEqual(['Cheat ad template', 'Statistical model', '统计模型']);
  });

  it('falls back to the stored name when a catalogue lacks a shipped name, and never throws into the page', () => {
    const { messages } = catalogues[1]!;
    const lacking = { ...catalogues[1]!, messages: { ...messages, name_signal_template: undefined } } as unknown as (typeof catalogues)[1];
    const reasons: ReasonPart[] = [{ source: 'signal', id: 'signal:template', name: '外挂推广模板', terms: ['9分钟开挂'], delta: 3 }];
    expect(placeholderReasons([reasons], '', translateFrom(lacking))).toEqual(['外挂推广模板']);
  });

  it('picks the same words as sorting every word by weight, for any reasons', () => {
    const word = fc.string({ unit: fc.constantFrom('开', '挂', '透', '视', ' '), maxLength: 4 });
    const reason = fc.record({
      source: fc.constantFrom('keyword', 'signal', 'model', 'regex'),
      id: fc.constant('user:r'),
      name: word,
      terms: fc.array(word, { maxLength: 4 }),
      delta: fc.integer({ min: -2, max: 4 }),
    }) as fc.Arbitrary<ReasonPart>;
    fc.assert(
      fc.property(fc.array(fc.array(reason, { maxLength: 5 }), { maxLength: 4 }), word, (reasonLists, title) => {
        expect(placeholderReasons(reasonLists, title, translateChinese)).toEqual(referenceReasons(reasonLists, title));
      }),
    );
  });
});

describe('createPlaceholder', () => {
  const create = (before: Element) =>
    createPlaceholder({ document, translate: translateChinese, language: 'zh-CN', before, onToggle: () => undefined });

  it('gives every placeholder parts of its own, showing what its last update said', () => {
    const item = document.createElement('li');
    const first = create(item);
    const second = create(item);
    first.update({ count: 2, reasons: ['开挂', '透视'], revealed: false });
    second.update({ count: 1, reasons: [], revealed: false });
    first.update({ count: 3, reasons: ['开挂'], revealed: true });
    expect(first.host.shadowRoot!.textContent).toBe('已折叠 3 条疑似垃圾信息 · 开挂 · 隐藏');
    expect(second.host.shadowRoot!.textContent).toBe('已折叠 1 条疑似垃圾信息 · 显示');
    const button = first.host.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe('重新折叠这 3 条信息');
    expect(first.host.getAttribute('data-count')).toBe('3');
    expect(first.host.getAttribute('data-revealed')).toBe('true');
    expect(second.host.getAttribute('data-revealed')).toBe('false');
  });

  it('shows inline in front of an inline item, and in a row of its own in a table', () => {
    const link = document.createElement('a');
    const inline = create(link);
    expect(inline.host.getAttribute('style')).toContain('display: inline-block');
    expect(inline.host.shadowRoot!.querySelector('.line')!.className).toBe('line inline');
    const row = document.createElement('tr');
    row.append(document.createElement('td'), document.createElement('td'));
    const inTable = create(row);
    expect(inTable.node.localName).toBe('tr');
    expect(inTable.host.getAttribute('style')).toContain('display: block');
    expect(inTable.host.shadowRoot!.querySelector('.line')!.className).toBe('line');
  });
});
