/**
 * Answers the popup's questions about this tab (`PageQuery`, sent with `tabs.sendMessage` to the top frame). Only
 * messages from our own extension are answered; anything malformed is ignored. Answers are `CommandResult`s.
 */
import type { CommandResult, PageQuery, PageStatus } from '@/src/messages';

export interface PageQueryHandlers {
  isTopFrame: boolean;
  status(): PageStatus;
  setRevealed(itemId: string, revealed: boolean): boolean;
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
      return handlers.isTopFrame ? { ok: true, value: handlers.status() } : undefined;
    case 'page/set-item-revealed':
      if (handlers.setRevealed(message.itemId, message.revealed)) return { ok: true, value: undefined };
      return handlers.isTopFrame ? { ok: false, error: 'The item is no longer on the page.' } : undefined;
    case 'page/start-picker':
      if (!handlers.isTopFrame) return undefined;
      handlers.startPicker(message.sessionId);
      return { ok: true, value: undefined };
  }
}
