/**
 * Picker sessions: `picker/start` (from the popup, a privileged page) opens one for a tab, and the content script in
 * that tab may then save one site rule with its id. A session is single use and expires after five minutes, so a
 * hostile page cannot get its content script to save rules on its own: it would need a session the user started.
 *
 * Sessions are kept in `storage.session` rather than in memory because a Chromium service worker is stopped after
 * 30 s idle, while the user may take longer to pick an element. `storage.session` is readable only by trusted
 * contexts (not content scripts) and is never written to disk. The item is defined here, not in storage-items.ts,
 * because WXT reads every defined item when its module loads, and content scripts may not touch `storage.session`.
 */
import { z } from 'zod';

import { defineStoredItem, storedEntries } from '@/src/storage/define-stored-item';
import { readStoredItem } from '@/src/storage/read-stored-item';
import { browser } from 'wxt/browser';

export const PICKER_SESSION_LIFETIME_MS = 5 * 60_000;
const MAX_SESSIONS = 20;

const pickerSessionsSchema = z.array(
  z.strictObject({ sessionId: z.string(), tabId: z.number().int(), expiresAt: z.number() }),
);
type PickerSession = z.infer<typeof pickerSessionsSchema>[number];

const pickerSessionsItem = defineStoredItem<PickerSession[]>({
  area: 'session',
  key: 'pickerSessions',
  version: 1,
  fallback: [],
  schema: pickerSessionsSchema,
});

/** Opens a session for `tabId`; returns its id. Callers run this in the background's queue. */
export async function startPickerSession(tabId: number, now: number): Promise<string> {
  const sessionId = crypto.randomUUID();
  const live = (await liveSessions(now)).filter((session) => session.tabId !== tabId);
  await store([...live, { sessionId, tabId, expiresAt: now + PICKER_SESSION_LIFETIME_MS }].slice(-MAX_SESSIONS));
  return sessionId;
}

/** Ends the session whatever happens next: true if it was live and belonged to `tabId`. Run in the queue. */
export async function consumePickerSession(sessionId: string, tabId: number, now: number): Promise<boolean> {
  const live = await liveSessions(now);
  const session = live.find((candidate) => candidate.sessionId === sessionId);
  await store(live.filter((candidate) => candidate !== session));
  return session !== undefined && session.tabId === tabId;
}

async function liveSessions(now: number): Promise<PickerSession[]> {
  const { value } = await readStoredItem(pickerSessionsItem);
  return value.filter((session) => session.expiresAt > now);
}

async function store(sessions: PickerSession[]): Promise<void> {
  await browser.storage.session.set(storedEntries(pickerSessionsItem, sessions));
}
