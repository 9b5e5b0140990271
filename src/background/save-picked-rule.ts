/**
 * `picker/save-rule` from a content script, accepted only inside a picker session the user started from the popup
 * for that very tab, and only as a new site rule for exactly the tab's host: a content script runs inside a page that
 * may be hostile, so this is all it can ever add. Runs inside the serial queue.
 */
import { siteRuleSchema } from '@/src/engine/rule-schema';
import { errorResult, type BackgroundResult } from '@/src/messages';
import { consumePickerSession } from '@/src/background/picker-sessions';
import { readRuleStore } from '@/src/background/rule-store';
import { runRuleCommand } from '@/src/background/run-rule-command';
import { isDefaultId } from '@/src/background/is-default-id';
import type { MessageSender } from '@/src/background/is-privileged-sender';

export async function savePickedRule(
  message: { sessionId: string; rule: unknown },
  sender: MessageSender,
  now: number,
): Promise<BackgroundResult> {
  const tabId = sender.tab?.id;
  // The picker runs in the top frame; its URL is the tab's page.
  if (tabId === undefined || sender.frameId !== 0 || sender.url === undefined) return errorResult('error_pickerTopFrameOnly');
  if (!(await consumePickerSession(message.sessionId, tabId, now))) {
    return errorResult('error_pickerExpired');
  }
  const host = hostOf(sender.url);
  const rule = siteRuleSchema.safeParse(message.rule);
  if (!rule.success) return errorResult('error_pickedRuleInvalid');
  if (host === undefined || rule.data.hosts.length !== 1 || rule.data.hosts[0] !== host) {
    return errorResult('error_pickedRuleOtherSite');
  }
  const { state } = await readRuleStore(now);
  const { list } = state.userRules;
  const taken = isDefaultId(rule.data.id) || [...list.rules, ...list.keywordSets].some((existing) => existing.id === rule.data.id);
  if (taken) return errorResult('error_pickedRuleIdTaken');
  return runRuleCommand({ type: 'rules/upsert', rules: [rule.data] }, now);
}

function hostOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
