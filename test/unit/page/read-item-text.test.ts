import fc from 'fast-check';
import { expect, it } from 'vitest';

import { normalizeSpace, removeFirst } from '@/src/page/read-item-text';

/** The definition `normalizeSpace` must keep: its fast path (tidy text returned as it is) is only a shortcut. */
const collapseSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

it('normalizeSpace collapses whitespace runs and trims, like the plain replace, for any text', () => {
  const spacey = fc.string({ unit: fc.constantFrom('a', '中', ' ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff'), maxLength: 12 });
  fc.assert(fc.property(fc.oneof(spacey, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
    expect(normalizeSpace(text)).toBe(collapseSpace(text));
  }));
  expect(normalizeSpace('  开挂 \n 透视\u3000')).toBe('开挂 透视');
  expect(normalizeSpace('已经整洁 的文字')).toBe('已经整洁 的文字');
});

it('removeFirst removes the first occurrence and tidies the join, like the plain definition, for any texts', () => {
  const text = fc.string({ unit: fc.constantFrom('a', '中', '开挂', ' ', '\n', '\u3000'), maxLength: 14 });
  const removeFirstPlainly = (full: string, part: string): string => {
    const index = part === '' ? -1 : full.indexOf(part);
    return index === -1 ? full : collapseSpace(`${full.slice(0, index)} ${full.slice(index + part.length)}`);
  };
  fc.assert(fc.property(text, text, (full, part) => {
    expect(removeFirst(full, part)).toBe(removeFirstPlainly(full, part));
  }));
  fc.assert(fc.property(text, text, text, (before, part, after) => {
    const full = `${before}${part}${after}`;
    expect(removeFirst(full, part)).toBe(removeFirstPlainly(full, part));
  }));
  expect(removeFirst('标题 摘要 标题', '标题')).toBe('摘要 标题');
});
