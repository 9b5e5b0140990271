/**
 * Our real locale files for unit tests: `browser.i18n` in fakeBrowser answering from them with Chrome's `$1`…`$9`
 * substitution, so view tests see the strings users see, and `textIn` to word a text value (engine problems, shipped
 * names) in either language without a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { fakeBrowser } from 'wxt/testing/fake-browser';

import { wordText, type LookUpMessage, type Substitution } from '@/src/engine/localizable-text';

type Catalogue = Record<string, { message: string }>;
export type Locale = 'zh_CN' | 'en';

export function readCatalogue(locale: Locale): Catalogue {
  const path = join(import.meta.dirname, '..', '..', '..', 'assets', 'public', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

/** Looks messages up in `locale`'s file; a missing message is '', as `getMessage` answers. */
function lookUpIn(locale: Locale): LookUpMessage {
  const catalogue = readCatalogue(locale);
  return (key, substitutions) =>
    catalogue[key]?.message.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '') ?? '';
}

/** `text` as a user of `locale` reads it. */
export function textIn(locale: Locale, text: Substitution): string {
  return wordText(text, lookUpIn(locale));
}

export function useLocaleMessages(locale: Locale = 'zh_CN'): void {
  const lookUp = lookUpIn(locale);
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, substitutions) =>
    lookUp(key, substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]);
  i18n.getUILanguage = () => (locale === 'zh_CN' ? 'zh-CN' : 'en-US');
}
