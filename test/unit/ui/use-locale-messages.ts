/**
 * Makes `browser.i18n` in fakeBrowser answer from our real locale files, with Chrome's `$1`…`$9` substitution, so
 * view tests see the strings users see.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { fakeBrowser } from 'wxt/testing/fake-browser';

type Catalogue = Record<string, { message: string }>;

export function readCatalogue(locale: 'zh_CN' | 'en'): Catalogue {
  const path = join(import.meta.dirname, '..', '..', '..', 'assets', 'public', '_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

export function useLocaleMessages(locale: 'zh_CN' | 'en' = 'zh_CN'): void {
  const catalogue = readCatalogue(locale);
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, substitutions) => {
    const entry = catalogue[key];
    if (entry === undefined) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
  };
  i18n.getUILanguage = () => (locale === 'zh_CN' ? 'zh-CN' : 'en-US');
}
