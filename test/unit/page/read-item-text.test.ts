import fc from 'fast-check';
import { expect, it } from 'vitest';

import { normalizeSpace } from '@/src/page/read-item-text';

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
