/** Shared set-up for the background tests: a context like start-background's, and senders as the browsers make them. */
import { expect } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { createBadgeCounter } from '@/src/background/create-badge-counter';
import { handleBackgroundMessage, type BackgroundContext } from '@/src/background/handle-background-message';
import type { MessageSender } from '@/src/background/is-privileged-sender';
import { createSerialQueue } from '@/src/background/serial-queue';
import { localizeText, type CommandResult } from '@/src/messages';
import type { StoredUserRules } from '@/src/storage/storage-items';

import { useLocaleMessages } from '../ui/use-locale-messages';

export const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;
/** The options page, as Chromium describes it. */
export const OPTIONS_PAGE: MessageSender = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/options.html`, origin: ORIGIN };
export const TAB_ID = 7;
/** Our content script in the top frame of a news page in tab 7. */
export const CONTENT_SCRIPT: MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://news.example.com/2025/list.html',
  origin: 'https://news.example.com',
  tab: { id: TAB_ID } as Browser.tabs.Tab,
  frameId: 0,
};

export function createContext(clock = { now: 1_000 }): BackgroundContext & { clock: { now: number } } {
  return {
    extension: { id: fakeBrowser.runtime.id, origin: ORIGIN },
    queue: createSerialQueue(),
    badge: createBadgeCounter(),
    now: () => clock.now,
    clock,
  };
}

/**
 * The answer as a user of the zh_CN catalogue reads it: our pages get errors as catalogue keys and translate them
 * (content scripts get text already), so the tests compare the text users see.
 */
export async function send(context: BackgroundContext, message: unknown, sender: MessageSender = OPTIONS_PAGE): Promise<CommandResult<unknown>> {
  useLocaleMessages('zh_CN');
  const answer = await handleBackgroundMessage(message, sender, context);
  if (answer === undefined) throw new Error(`no answer to ${JSON.stringify(message)}`);
  if (answer.ok) return answer;
  return { ok: false, error: typeof answer.error === 'string' ? answer.error : localizeText(answer.error) };
}

export async function sendOk(context: BackgroundContext, message: unknown, sender?: MessageSender): Promise<void> {
  expect(await send(context, message, sender)).toEqual({ ok: true, value: undefined });
}

/** Everything in storage.local, as the byte-for-byte comparison of "nothing changed". */
export async function localSnapshot(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

export async function storedUserRules(): Promise<StoredUserRules> {
  return (await fakeBrowser.storage.local.get('userRules')).userRules as StoredUserRules;
}

export const keyword = (id: string, fields: object = {}) => ({ kind: 'keyword', id, name: `规则 ${id}`, terms: ['开挂'], weight: 3, ...fields });
export const listOf = (rules: object[], keywordSets: object[] = []) => ({ format: 'jingdu-rules', version: 1, keywordSets, rules });
