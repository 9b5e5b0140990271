/**
 * Routes one `runtime.onMessage` message: checks its shape, then its sender, then runs it. Privileged commands are
 * accepted only from our extension pages, content-script messages only from content scripts in a tab; everything
 * that changes storage runs in the one serial queue. The answer is always a `CommandResult` value, never a throw:
 * an exception here would reach the sending page as an opaque rejection.
 */
import type { BadgeCounter } from '@/src/background/create-badge-counter';
import { isContentScriptSender, isPrivilegedSender, type MessageSender, type OwnExtension } from '@/src/background/is-privileged-sender';
import { parseBackgroundMessage, type CheckedCommand, type ParsedBackgroundMessage } from '@/src/background/parse-background-message';
import { runRuleCommand } from '@/src/background/run-rule-command';
import { runSettingsCommand } from '@/src/background/run-settings-command';
import { savePickedRule } from '@/src/background/save-picked-rule';
import type { SerialQueue } from '@/src/background/serial-queue';
import { startPicker } from '@/src/background/start-picker';
import type { CommandResult } from '@/src/messages';

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
): Promise<CommandResult> | undefined {
  const parsed = parseBackgroundMessage(message);
  if (parsed.kind === 'not-ours') return undefined;
  // The sender first: a content script learns nothing about a command it may not send, not even its shape.
  const audience = parsed.kind === 'invalid' ? parsed.audience : parsed.kind;
  if (audience === 'privileged') {
    if (!isPrivilegedSender(sender, context.extension)) {
      return Promise.resolve({ ok: false, error: '已拒绝：只有净读自己的页面（弹出窗口、设置页）能修改规则和设置' });
    }
    return parsed.kind === 'privileged' ? settle(runPrivilegedCommand(parsed.command, context)) : invalid(parsed);
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || !isContentScriptSender(sender, context.extension)) {
    return Promise.resolve({ ok: false, error: '已拒绝：这条消息只接受来自网页里的内容脚本' });
  }
  if (parsed.kind !== 'content-script') return invalid(parsed);
  const content = parsed.message;
  if (content.type === 'picker/save-rule') return settle(context.queue.run(() => savePickedRule(content, sender, context.now())));
  const counted = context.badge.setCount(tabId, sender.frameId ?? 0, content.count);
  return settle(counted.then(() => ({ ok: true, value: undefined })));
}

function invalid(parsed: ParsedBackgroundMessage): Promise<CommandResult> {
  return Promise.resolve({ ok: false, error: parsed.kind === 'invalid' ? parsed.error : '消息格式不对' });
}

function runPrivilegedCommand(command: CheckedCommand, context: BackgroundContext): Promise<CommandResult> {
  const { queue, now } = context;
  switch (command.type) {
    case 'settings/update':
    case 'settings/set-host-paused':
      return queue.run(() => runSettingsCommand(command, now()));
    case 'picker/start':
      return startPicker(command.tabId, queue, now);
    default:
      return queue.run(() => runRuleCommand(command, now()));
  }
}

/** Turns an unexpected rejection (a storage read failing, say) into an error value for the sender. */
function settle(result: Promise<CommandResult>): Promise<CommandResult> {
  return result.catch((error: unknown) => ({
    ok: false,
    error: `出错了：${error instanceof Error ? error.message : String(error)}`,
  }));
}
