/**
 * Every string the popup and options page show goes through `t`, so both pages follow the browser's language
 * (zh_CN first, en). Message keys are typed by WXT from assets/public/_locales/zh_CN/messages.json: a missing key
 * fails `npm run typecheck`.
 */
import { browser, type WxtI18n } from 'wxt/browser';

export type MessageKey = Parameters<WxtI18n['getMessage']>[0];

/** The text for `key`; substitutions fill `$1`…`$9`. An unknown key shows itself rather than an empty string. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  return text === '' ? key : text;
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
