/**
 * The one typed protocol between the extension's contexts.
 *
 *   popup / options ──(privileged commands)──▶ background ──▶ storage (the only writer of rules and settings)
 *   content script  ──(badge count, picker result)──▶ background
 *   popup ──────────(page queries)───────────▶ content script of the active tab (browser.tabs.sendMessage)
 *
 * The background refuses privileged commands from anything but our own extension pages: a content script, and so a
 * hostile page that fools one, can only report a badge count, and can save a picked rule only inside a picker
 * session that the user started from the popup for that very tab (single use, limited to that tab's host).
 */
import { browser, type WxtI18n } from 'wxt/browser';

import { wordText, type LocalizableText, type Substitution } from '@/src/engine/localizable-text';
import type { Reason } from '@/src/engine/verdict';
import type { RuleListInput } from '@/src/engine/rule-schema';
import type { Rule } from '@/src/engine/rule-schema';
import type { Settings } from '@/src/storage/settings-schema';

/** Commands that change stored rules or settings. Accepted only from extension pages. */
export type PrivilegedCommand =
  /** Adds or replaces user rules and user keyword sets by id (the options page edits both). */
  | { type: 'rules/upsert'; rules: unknown[]; keywordSets?: unknown[] }
  /** Removes user rules and user keyword sets by id. */
  | { type: 'rules/delete'; ids: string[] }
  | { type: 'rules/set-enabled'; id: string; enabled: boolean }
  | { type: 'rules/import'; list: RuleListInput; mode: 'merge' | 'replace' }
  | { type: 'rules/undo' }
  | { type: 'rules/reset' }
  /** The user read the notice that the default list was updated. */
  | { type: 'rules/dismiss-defaults-notice' }
  | { type: 'settings/update'; patch: Partial<Settings> }
  | { type: 'settings/set-host-paused'; host: string; paused: boolean }
  | { type: 'picker/start'; tabId: number }
  /**
   * The frames of a tab, other than its top frame, whose content script reported collapsed items (from the badge's
   * counts): the popup asks each of them for its items too. Answers `number[]` (frame ids).
   */
  | { type: 'tab/get-item-frames'; tabId: number };

/** Messages a content script may send. */
export type ContentScriptMessage =
  | { type: 'badge/set-count'; count: number }
  /** The picker's confirmed rule; accepted only within the picker session the popup started for this tab. */
  | { type: 'picker/save-rule'; sessionId: string; rule: Rule };

export type BackgroundMessage = PrivilegedCommand | ContentScriptMessage;

/**
 * Every command answers with a result value; errors are values, shown to the user, never thrown across contexts.
 * The background answers our pages with an `ErrorMessage`, which the page words in its own language; content scripts
 * and their answers to the popup carry text (`E = string`), already in the browser's language.
 */
export type CommandResult<T = undefined, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** The background's answer to a privileged command. */
export type BackgroundResult<T = undefined> = CommandResult<T, ErrorMessage>;

/** The keys of the _locales catalogues (typed by WXT from zh_CN: a missing key fails `npm run typecheck`). */
export type MessageKey = Parameters<WxtI18n['getMessage']>[0];

/** The error keys among them. */
export type ErrorKey = Extract<MessageKey, `error_${string}`>;

/**
 * An error as a catalogue key and what fills its `$1`…`$9` (see engine/localizable-text.ts): the popup and the options
 * page word it in their own language (zh_CN first, en) with `localizeText`, as they word everything else, problems the
 * rule check found included; the background does the same for a content script, which shows text as it gets it.
 * Substitutions are data (a rule's name, a path) or nested texts, shown as text, never markup.
 */
export interface ErrorMessage extends LocalizableText {
  readonly key: ErrorKey;
}

export function errorMessage(key: ErrorKey, ...substitutions: Substitution[]): ErrorMessage {
  return substitutions.length === 0 ? { key } : { key, substitutions };
}

export function errorResult(key: ErrorKey, ...substitutions: Substitution[]): { ok: false; error: ErrorMessage } {
  return { ok: false, error: errorMessage(key, ...substitutions) };
}

/** The text in the browser's language; an unknown key shows itself rather than an empty string. */
export function localizeText(text: Substitution): string {
  return wordText(text, (key, substitutions) => {
    // Keys come from code as data (engine problems, shipped names); the locale tests check that each one exists.
    const message = browser.i18n.getMessage(key as MessageKey, substitutions);
    return message === '' ? key : message;
  });
}

/** One collapsed item as the popup lists it. */
export interface HiddenItemSummary {
  /** Stable for the life of the page; used to reveal the item. */
  itemId: string;
  /** The item's title, so the user can recognise it in the popup (shown as text only). */
  title: string;
  score: number;
  reasons: Reason[];
  /** Hidden by a site rule's always-hide selector rather than by a verdict. */
  bySelector: boolean;
  revealed: boolean;
}

/** Queries the popup sends to the content script of the active tab. */
export type PageQuery =
  | { type: 'page/get-status' }
  | { type: 'page/set-item-revealed'; itemId: string; revealed: boolean }
  | { type: 'page/start-picker'; sessionId: string };

export interface PageStatus {
  host: string;
  active: boolean;
  hiddenItems: HiddenItemSummary[];
}
