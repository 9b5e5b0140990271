/**
 * Every string the popup and options page show goes through `t`, so both pages follow the browser's language
 * (zh_CN first, en). Message keys are typed by WXT from assets/public/_locales/zh_CN/messages.json: a missing key
 * fails `npm run typecheck`. Problems the engine and the rule-file readers report, and the background's errors, are
 * values worded with `localizeText` (src/messages.ts); names of rules, keyword sets and reasons with `nameOf`.
 */
import { browser } from 'wxt/browser';

import { displayName, type NamedItem } from '@/src/engine/shipped-names';
import { localizeText, type MessageKey } from '@/src/messages';

export type { MessageKey };

/** The text for `key`; substitutions fill `$1`…`$9`. An unknown key shows itself rather than an empty string. */
export function t(key: MessageKey, substitutions: string | string[] = []): string {
  return localizeText({ key, substitutions: typeof substitutions === 'string' ? [substitutions] : substitutions });
}

/** The name to show for a rule, keyword set, signal or the model: a shipped one in the page's language. */
export function nameOf(item: NamedItem): string {
  // Every shipped item has its `name_…` message (test/unit/engine/shipped-names.test.ts).
  return displayName(item, (key) => t(key as MessageKey));
}

/**
 * The language the page is shown in, for `<html lang>` (fonts and screen readers pick it up). The browser's UI
 * language when we have a catalogue for it; otherwise the default catalogue, zh_CN, is what the user sees.
 */
export function documentLanguage(uiLanguage: string): string {
  return /^(zh|en)\b/i.test(uiLanguage) ? uiLanguage : 'zh-CN';
}

export function applyDocumentLanguage(document: Document): void {
  document.documentElement.lang = documentLanguage(browser.i18n.getUILanguage());
}
