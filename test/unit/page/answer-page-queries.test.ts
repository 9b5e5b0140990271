import { describe, expect, it, vi } from 'vitest';

import type { PageStatus } from '@/src/messages';
import { answerPageQuery, type PageQueryHandlers } from '@/src/page/answer-page-queries';

const STATUS: PageStatus = { host: 'widgets.example.net', active: true, hiddenItems: [] };

function handlers(isTopFrame: boolean): PageQueryHandlers & { startPicker: ReturnType<typeof vi.fn<(sessionId: string) => void>> } {
  return {
    isTopFrame,
    status: () => STATUS,
    setRevealed: (itemId) => itemId === 'here',
    itemGoneText: '这一条已经不在页面上了。',
    startPicker: vi.fn<(sessionId: string) => void>(),
  };
}

describe('answerPageQuery', () => {
  // The popup addresses each query to one frame by its id: a frame answers for itself, top frame or not.
  it.each([true, false])('answers status and reveal queries in any frame (top frame: %s)', (isTopFrame) => {
    const frame = handlers(isTopFrame);
    expect(answerPageQuery({ type: 'page/get-status' }, frame)).toEqual({ ok: true, value: STATUS });
    expect(answerPageQuery({ type: 'page/set-item-revealed', itemId: 'here', revealed: true }, frame)).toEqual({ ok: true, value: undefined });
    expect(answerPageQuery({ type: 'page/set-item-revealed', itemId: 'gone', revealed: true }, frame)).toEqual({
      ok: false,
      error: '这一条已经不在页面上了。',
    });
  });

  it('starts the picker in the top frame only', () => {
    const top = handlers(true);
    expect(answerPageQuery({ type: 'page/start-picker', sessionId: 's1' }, top)).toEqual({ ok: true, value: undefined });
    expect(top.startPicker).toHaveBeenCalledWith('s1');
    const frame = handlers(false);
    expect(answerPageQuery({ type: 'page/start-picker', sessionId: 's1' }, frame)).toBeUndefined();
    expect(frame.startPicker).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'page/get-status'],
    ['an unknown type', { type: 'page/delete-everything' }],
    ['a reveal without an item id', { type: 'page/set-item-revealed', revealed: true }],
    ['a picker session id too long', { type: 'page/start-picker', sessionId: 'x'.repeat(201) }],
  ])('ignores %s', (_, message) => {
    expect(answerPageQuery(message, handlers(true))).toBeUndefined();
  });
});
