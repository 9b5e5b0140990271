/**
 * The page's text comes bundled from the message catalogues: every page message (and shipped name) of every
 * catalogue, as the catalogue file gives it and filled as `i18n.getMessage` fills it, from the catalogue the browser
 * named the extension from.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import catalogues from 'virtual:jingdu-page-messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { catalogueNamed, translateFrom, type PageMessageKey } from '@/src/page/translate';
import { readCatalogue } from '../ui/use-locale-messages';

const LOCALES = ['zh_CN', 'en'] as const;
const defaults = readCatalogue('zh_CN');

/** What `i18n.getMessage(key, substitutions)` answers from the catalogue file (a missing message: the default one). */
function getMessage(locale: (typeof LOCALES)[number], key: string, substitutions: string[]): string {
  const entry = readCatalogue(locale)[key] ?? defaults[key]!;
  return entry.message.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

describe('bundled page messages', () => {
  it('are every catalogue, the default (zh_CN) first', () => {
    expect(catalogues.map((catalogue) => catalogue.locale)).toEqual(LOCALES);
  });

  it.each(LOCALES)('%s: every page message and shipped name, as the catalogue gives it, substitutions filled', (locale) => {
    const catalogue = catalogueNamed(readCatalogue(locale).extensionName!.message);
    expect(catalogue.locale).toBe(locale);
    const pageKeys = Object.keys(defaults).filter((key) => /^(page|name)_/.test(key));
    expect(Object.keys(catalogue.messages).sort()).toEqual(pageKeys.sort());
    const translate = translateFrom(catalogue);
    for (const key of pageKeys) {
      expect(translate(key as PageMessageKey, '7', 'li')).toBe(getMessage(locale, key, ['7', 'li']));
      expect(translate(key as PageMessageKey)).toBe(getMessage(locale, key, []));
    }
  });

  it('fills substitutions literally', () => {
    expect(translateFrom(catalogueNamed('净读'))('page_pickerFailed', '$1 $& $$')).toBe('没有保存：$1 $& $$');
  });

  it('tells the catalogues apart by the extension name, which each gives differently', () => {
    expect(new Set(catalogues.map((catalogue) => catalogue.extensionName)).size).toBe(catalogues.length);
    expect(catalogueNamed('Jingdu').locale).toBe('en');
    expect(catalogueNamed('净读').locale).toBe('zh_CN');
    expect(catalogueNamed(undefined).locale).toBe('zh_CN');
    expect(catalogueNamed('Somebody else').locale).toBe('zh_CN');
  });
});

describe('translate', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it.each([
    { name: '净读', text: '显示', language: 'zh-CN' },
    { name: 'Jingdu', text: 'Show', language: 'en' },
  ])('speaks the catalogue the browser named the extension from ($name)', async ({ name, text, language }) => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name, version: '0.1.0' });
    const { translate, uiLanguage } = await import('@/src/page/translate');
    expect(translate('page_placeholderShow')).toBe(text);
    expect(uiLanguage()).toBe(language);
  });

  it('speaks the default catalogue without an extension API', async () => {
    const { translate, uiLanguage } = await import('@/src/page/translate');
    expect(translate('page_placeholderSummary', '3')).toBe('已折叠 3 条疑似垃圾信息');
    expect(uiLanguage()).toBe('zh-CN');
  });
});
