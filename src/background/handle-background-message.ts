/**
 * Routes one `runtime.onMessage` message: checks its shape, then its sender, then runs it. Privileged commands are
 * accepted only from our extension pages, content-script messages only from content scripts in a tab; everything
 * that changes storage runs in the one serial queue. The answer is always a `CommandResult` value, never a throw:
 * an exception here would reach the sending page as an opaque rejection. Our pages get errors as catalogue keys and
 * translate them; a content script gets them as text in the browser's language, to show in the page as it is.
 */
import type { BadgeCounter } from '@/src/background/create-badge-counter';
import { isContentScriptSender, isPrivilegedSender, type MessageSender, type OwnExtension } from '@/src/background/is-privileged-sender';
import { parseBackgroundMessage, type CheckedCommand } from '@/src/background/parse-background-message';
import { runRuleCommand } from '@/src/background/run-rule-command';
import { runSettingsCommand } from '@/src/background/run-settings-command';
import { savePickedRule } from '@/src/background/save-picked-rule';
import type { SerialQueue } from '@/src/background/serial-queue';
import { startPicker } from '@/src/background/start-picker';
import { errorResult, localizeText, type BackgroundResult, type CommandResult } from '@/src/messages';

export interface BackgroundContext {
  extension: OwnExtension;
  queue: SerialQueue;
  badge: BadgeCounter;
  now: () => number;
}

/** `undefined` for messages that are not ours, so another listener may answer them. */
export function handleBackgroundMessage(
  message: unknown,
  sender: MessageSender,
  context: BackgroundContext,
): Promise<BackgroundResult<unknown>> | Promise<CommandResult> | undefined {
  const parsed = parseBackgroundMessage(message);
  if (parsed.kind === 'not-ours') return undefined;
  // The sender first: a content script learns nothing about a command it may not send, not even its shape.
  if (parsed.kind === 'privileged' || (parsed.kind === 'invalid' && parsed.audience === 'privileged')) {
    // Not one of our pages, so no page of ours to translate the refusal: it goes as text.
    if (!isPrivilegedSender(sender, context.extension)) return inText(Promise.resolve(errorResult('error_refusedNotOurPage')));
    return parsed.kind === 'privileged'
      ? settle(runPrivilegedCommand(parsed.command, context))
      : Promise.resolve({ ok: false, error: parsed.error });
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isContentScriptSender(sender, context.extension)) {
    return inText(Promise.resolve(errorResult('error_refusedNotContentScript')));
  }
  if (parsed.kind === 'invalid') return inText(Promise.resolve({ ok: false, error: parsed.error }));
  const content = parsed.message;
  if (content.type === 'picker/save-rule') return inText(settle(context.queue.run(() => savePickedRule(content, sender, context.now()))));
  const counted = context.badge.setCount(tabId, sender.frameId ?? 0, content.count);
  return inText(settle(counted.then(() => ({ ok: true, value: undefined }))));
}

/** A content script shows our errors in its page as they are: it gets them as text. */
async function inText(result: Promise<BackgroundResult>): Promise<CommandResult> {
  const settled = await result;
  return settled.ok ? settled : { ok: false, error: localizeText(settled.error) };
}

function runPrivilegedCommand(command: CheckedCommand, context: BackgroundContext): Promise<BackgroundResult<unknown>> {
  const { queue, now } = context;
  switch (command.type) {
    case 'settings/update':
    case 'settings/set-host-paused':
      return queue.run(() => runSettingsCommand(command, now()));
    case 'picker/start':
      return startPicker(command.tabId, queue, now);
    case 'tab/get-item-frames':
      return context.badge.framesWithItems(command.tabId).then((frames) => ({ ok: true, value: frames }));
    default:
      return queue.run(() => runRuleCommand(command, now()));
  }
}

/** Turns an unexpected rejection (a storage read failing, say) into an error value for the sender. */
function settle<T>(result: Promise<BackgroundResult<T>>): Promise<BackgroundResult<T>> {
  return result.catch((error: unknown) => errorResult('error_unexpected', error instanceof Error ? error.message : String(error)));
}
