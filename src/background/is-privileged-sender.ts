/**
 * Whether a message comes from one of our own extension pages (popup, options), the only senders allowed to change
 * rules and settings.
 *
 * Who can reach `runtime.onMessage` at all: our extension pages and our content scripts. Web pages cannot: we declare
 * no `externally_connectable`, so a page's `chrome.runtime.sendMessage(ourId, …)` has no way in, and messages from
 * other extensions arrive on `onMessageExternal`, which we do not listen to. So the one sender to keep out is our
 * own content script, which runs inside hostile pages and must be assumed compromised by them.
 *
 * - Chromium: a content script's sender has `tab` and the URL of the web page it runs in; an extension page's sender
 *   has our `chrome-extension://id/` URL (and `tab` too when the page is open in a tab, so `tab` alone decides
 *   nothing). Chromium also sets `origin`, checked when present.
 * - Firefox: the sender's `envType` is `content_child` for content scripts and `addon_child` for extension pages;
 *   `url` is `moz-extension://uuid/…` for our pages.
 * We have no web-accessible resources, so no page of ours can be framed by a web page and send from inside it.
 */
import type { Browser } from 'wxt/browser';

export interface OwnExtension {
  id: string;
  /** `chrome-extension://id` or `moz-extension://uuid`, without a trailing slash. */
  origin: string;
}

/** `MessageSender` plus Firefox's `envType`, which the Chromium-based types leave out. */
export type MessageSender = Browser.runtime.MessageSender & { envType?: string };

export function isPrivilegedSender(sender: MessageSender, extension: OwnExtension): boolean {
  if (sender.id !== extension.id) return false;
  if (sender.url === undefined || !sender.url.startsWith(`${extension.origin}/`)) return false;
  if (sender.origin !== undefined && sender.origin !== extension.origin) return false;
  if (sender.envType !== undefined && sender.envType !== 'addon_child') return false;
  return true;
}

/** A message from our content script: our id, a tab, and a sender that is not one of our pages. */
export function isContentScriptSender(sender: MessageSender, extension: OwnExtension): boolean {
  return sender.id === extension.id && sender.tab?.id !== undefined && !isPrivilegedSender(sender, extension);
}
