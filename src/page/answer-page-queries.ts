/**
 * Answers the popup's questions about this frame (`PageQuery`, sent with `tabs.sendMessage` to one frame by its id:
 * the top frame, or a frame the badge counts items in). Only messages from our own extension are answered; anything
 * malformed is ignored. Answers are `CommandResult`s. The picker runs in the top frame only.
 */
import type { CommandResult, PageQuery, PageStatus } from '@/src/messages';

export interface PageQueryHandlers {
  isTopFrame: boolean;
  status(): PageStatus;
  setRevealed(itemId: string, revealed: boolean): boolean;
  /** The error for an item that is gone, in the browser's language. */
  itemGoneText: string;
  startPicker(sessionId: string): void;
}

type Answer = CommandResult<PageStatus> | CommandResult;

export function isPageQuery(message: unknown): message is PageQuery {
  if (typeof message !== 'object' || message === null) return false;
  const query = message as Record<string, unknown>;
  switch (query.type) {
    case 'page/get-status':
      return true;
    case 'page/set-item-revealed':
      return typeof query.itemId === 'string' && typeof query.revealed === 'boolean';
    case 'page/start-picker':
      return typeof query.sessionId === 'string' && query.sessionId.length > 0 && query.sessionId.length <= 200;
    default:
      return false;
  }
}

/** The answer to `message`, or undefined when this frame does not answer it (another frame may). */
export function answerPageQuery(message: unknown, handlers: PageQueryHandlers): Answer | undefined {
  if (!isPageQuery(message)) return undefined;
  switch (message.type) {
    case 'page/get-status':
      return { ok: true, value: handlers.status() };
    case 'page/set-item-revealed':
      if (handlers.setRevealed(message.itemId, message.revealed)) return { ok: true, value: undefined };
      return { ok: false, error: handlers.itemGoneText };
    case 'page/start-picker':
      if (!handlers.isTopFrame) return undefined;
      handlers.startPicker(message.sessionId);
      return { ok: true, value: undefined };
  }
}
