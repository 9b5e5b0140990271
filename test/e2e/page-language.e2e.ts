/**
 * Placeholders speak the language the browser shows the extension in. The content script bundles the catalogues'
 * page strings (src/page/translate.ts) instead of asking `i18n.getMessage`; its text must be what `getMessage`
 * answers in an extension page of the same browser: in both browsers as the tests run them (English UI), and in
 * Chromium with a Chinese UI and with a French one (which falls back to the default catalogue, zh_CN; both need
 * Chromium's locales, Debian `chromium-l10n`, and are skipped without them).
 */
import { describe, expect, inject, it } from 'vitest';

import { BROWSER_KINDS, launchExtensionBrowser, readPlaceholders, waitFor, type BrowserKind, type ExtensionBrowser } from './harness';

interface ShownText {
  show: string;
  showLabel: string;
  summary: string;
  language: string | null;
}

/** Launches with the UI language Chromium on Linux takes from the environment. */
async function launchIn(kind: BrowserKind, language: string | undefined): Promise<ExtensionBrowser> {
  const previous = process.env.LANGUAGE;
  if (language !== undefined) process.env.LANGUAGE = language;
  try {
    return await launchExtensionBrowser(kind);
  } finally {
    if (previous === undefined) delete process.env.LANGUAGE;
    else process.env.LANGUAGE = previous;
  }
}

/** The first placeholder of the seed page (4 items), as the content script wrote it. */
async function placeholderText(session: ExtensionBrowser): Promise<ShownText> {
  const page = await session.openPage(`${inject('fixtureOrigin')}/seed-portal.html`);
  await waitFor(async () => (await readPlaceholders(page)).length > 0, 'a placeholder');
  const [first] = await readPlaceholders(page);
  const language = await page.evaluate(
    () => document.querySelector('jingdu-placeholder')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? null,
  );
  await page.close();
  expect(first!.count).toBe('4');
  return { show: first!.buttonText, showLabel: first!.ariaLabel ?? '', summary: first!.text.split(' · ')[0]!, language };
}

/** The same messages from the browser's own `i18n.getMessage`, in an extension page. */
async function browserText(
  session: ExtensionBrowser,
): Promise<Omit<ShownText, 'language'> & { extensionName: string; uiLanguage: string }> {
  const page = await session.openExtensionPage('popup.html');
  const text = await page.evaluate(() => {
    type I18n = { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
    const { i18n } = (globalThis as unknown as { chrome: { i18n: I18n } }).chrome;
    return {
      show: i18n.getMessage('page_placeholderShow'),
      showLabel: i18n.getMessage('page_placeholderShowLabel', ['4']),
      summary: i18n.getMessage('page_placeholderSummary', ['4']),
      extensionName: i18n.getMessage('extensionName'),
      uiLanguage: i18n.getUILanguage(),
    };
  });
  await page.close();
  return text;
}

/** `uiLanguage`: the environment's LANGUAGE for Chromium on Linux; none: the browser as the other tests run it. */
const CASES: { kind: BrowserKind; uiLanguage?: string }[] = [
  ...BROWSER_KINDS.map((kind) => ({ kind })),
  ...(BROWSER_KINDS.includes('chromium')
    ? [
        { kind: 'chromium' as const, uiLanguage: 'zh_CN' },
        { kind: 'chromium' as const, uiLanguage: 'fr' },
      ]
    : []),
];

describe('placeholder language', () => {
  it.for(CASES)('$kind, UI language $uiLanguage: the text getMessage gives', async ({ kind, uiLanguage }, { skip }) => {
    const session = await launchIn(kind, uiLanguage);
    try {
      const { extensionName, uiLanguage: shownLanguage, ...expected } = await browserText(session);
      if (uiLanguage !== undefined && !shownLanguage.startsWith(uiLanguage.slice(0, 2))) {
        skip(`Chromium here has no ${uiLanguage} UI (Debian: chromium-l10n)`);
      }
      const shown = await placeholderText(session);
      expect({ show: shown.show, showLabel: shown.showLabel, summary: shown.summary }).toEqual(expected);
      expect(shown.language).toBe(extensionName === 'Jingdu' ? 'en' : 'zh-CN');
      // Chinese UI: the zh_CN catalogue; French: Chromium falls back to the default catalogue, zh_CN too.
      if (uiLanguage !== undefined) expect(shown.show).toBe('显示');
    } finally {
      await session.close();
    }
  });
});
