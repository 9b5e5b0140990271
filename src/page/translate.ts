/**
 * Text the page guard shows in pages (placeholders, the picker), from the message catalogue the browser chose for
 * the extension. The page strings of every catalogue come bundled (`pageMessages` in wxt.config.ts): in Chrome the
 * first `i18n.getMessage` of a page is a synchronous call into the browser process.
 *
 * Which catalogue the browser chose, the manifest says: the browser fills its name (`__MSG_extensionName__`) from
 * that catalogue, and reading it stays in the page's process. The browsers choose differently, so no rule on
 * `i18n.getUILanguage()` would do for both: Chrome goes from its UI language to the default catalogue (zh_CN for a
 * French Chrome), Firefox negotiates over its app locales, which always end in en-US (English for a French Firefox).
 */
import catalogues, { type PageCatalogue, type PageMessageKey } from 'virtual:jingdu-page-messages';
import { browser } from 'wxt/browser';

export type { PageMessageKey };
export type Translate = (key: PageMessageKey, ...substitutions: string[]) => string;

/** The catalogue that gives the extension this name; the default one when none does. */
export function catalogueNamed(extensionName: string | undefined): PageCatalogue {
  return catalogues.find((catalogue) => catalogue.extensionName === extensionName) ?? catalogues[0];
}

/** Text from `catalogue`. */
export function translateFrom(catalogue: PageCatalogue): Translate {
  return (key, ...substitutions) => fill(catalogue.messages[key], substitutions);
}

/**
 * `$1`…`$9` filled as `i18n.getMessage` fills them, and like it '' for a message the catalogue lacks (never a throw
 * into the page). Placeholders ask again and again: most messages have none.
 */
function fill(template: string | undefined, substitutions: readonly string[]): string {
  if (template === undefined) return '';
  if (!template.includes('$')) return template;
  return template.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
}

let chosen: PageCatalogue | undefined;

/** Decided at first use, not when the module loads (WXT imports the content script in Node to build it). */
function chosenCatalogue(): PageCatalogue {
  if (chosen === undefined) {
    let name: string | undefined;
    try {
      name = browser.runtime.getManifest().name;
    } catch {
      // The extension context is gone, or there is no extension API (unit tests): the default catalogue.
    }
    chosen = catalogueNamed(name);
  }
  return chosen;
}

/** Text in the language the browser shows the extension in. */
export const translate: Translate = (key, ...substitutions) => fill(chosenCatalogue().messages[key], substitutions);

/** The language of that text, for `lang` attributes (screen readers and fonts pick it up): `zh-CN`, `en`. */
export function uiLanguage(): string {
  return chosenCatalogue().locale.replace('_', '-');
}
