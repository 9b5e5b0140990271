/**
 * Placeholders and the options page speak the language the browser shows the extension in: in both browsers as the
 * tests run them (English UI), and in Chromium with a Chinese UI and with a French one (which falls back to the
 * default catalogue, zh_CN; both need Chromium's locales, Debian `chromium-l10n`, and are skipped without them).
 *
 * The content script bundles the catalogues' page strings (src/page/translate.ts) instead of asking `i18n.getMessage`;
 * its text must be what `getMessage` answers in an extension page of the same browser. The options page words what
 * the engine and the rule-file readers return as catalogue keys (a refused import) and the names of shipped rules,
 * which are stored in Chinese, in that same language.
 */
import { describe, expect, inject, it } from 'vitest';

import { BROWSER_KINDS, launchExtensionBrowser, readPlaceholders, waitFor, type BrowserKind, type ExtensionBrowser } from './harness';
import { fill, openFreshOptionsPage, textOf } from './ui-support';

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

/** A rule file with a syntax error: the options page refuses it with the position. */
const BROKEN_RULE_FILE = '{ "format": "jingdu-rules", "version": 1, "rules": [ }';

/** What the options page shows, in each catalogue: a default rule's name, and why the broken file is refused. */
const OPTIONS_TEXT = {
  zh_CN: {
    defaultRuleName: '稳赢话术',
    refusal: '第 1 行第 54 列：这里应是一个值，却是「}」（最后一项后面不能有逗号）',
  },
  en: {
    defaultRuleName: 'Sure-win claims',
    refusal: 'Line 1, column 54: Expected a value here, not “}” (there must be no comma after the last item)',
  },
};

async function optionsText(session: ExtensionBrowser): Promise<{ defaultRuleName: string; refusal: string }> {
  const page = await openFreshOptionsPage(session, '[data-testid=import-text]');
  const defaultRuleName = await textOf(page, '[data-rule-id="default:win-claims"] .rule-name');
  await fill(page, '[data-testid=import-text]', BROKEN_RULE_FILE);
  await page.waitForSelector('.import-preview .problems li');
  const refusal = await textOf(page, '.import-preview .problems li');
  await page.close();
  return { defaultRuleName, refusal };
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

describe('language of placeholders and the options page', () => {
  it.for(CASES)('$kind, UI language $uiLanguage: the catalogue getMessage gives', async ({ kind, uiLanguage }, { skip }) => {
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
      // A default rule under its name, and a refused import's problem, in the language the placeholders speak.
      expect(await optionsText(session)).toEqual(OPTIONS_TEXT[extensionName === 'Jingdu' ? 'en' : 'zh_CN']);
    } finally {
      await session.close();
    }
  });
});
