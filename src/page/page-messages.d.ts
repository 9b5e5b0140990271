/**
 * The page strings of every message catalogue, and the names of shipped rules and signals that placeholders show,
 * bundled at build time (`pageMessages` in wxt.config.ts).
 */
declare module 'virtual:jingdu-page-messages' {
  import type { WxtI18n } from 'wxt/browser';

  /** The `page_*` and `name_*` keys of the default catalogue (WXT types every key of it). */
  export type PageMessageKey = Extract<Parameters<WxtI18n['getMessage']>[0], `page_${string}` | `name_${string}`>;

  export interface PageCatalogue {
    /** Its folder in _locales: `zh_CN`, `en`. */
    readonly locale: string;
    /** What the browser shows as the extension's name when it chose this catalogue (`__MSG_extensionName__`). */
    readonly extensionName: string;
    /** Every page message; those the catalogue lacks are the default catalogue's. */
    readonly messages: Readonly<Record<PageMessageKey, string>>;
  }

  /** Every catalogue, the default one (the manifest's `default_locale`) first. */
  const catalogues: readonly [PageCatalogue, ...PageCatalogue[]];
  export default catalogues;
}
