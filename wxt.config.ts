import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minify, type Plugin } from 'vite';
import { defineConfig } from 'wxt';

/**
 * zod compiles fast validators with `new Function` when it detects eval is allowed. Extension pages forbid eval
 * (MV3 CSP) and store review flags any Function constructor (web-ext lint DANGEROUS_EVAL), so this build removes
 * both uses: the eval probe then reports "no eval" and zod takes its interpreted path everywhere. The build fails if
 * a zod upgrade moves the code, so the patch can never silently stop applying.
 */
function zodWithoutEval(): Plugin {
  const patches: { file: RegExp; from: RegExp; to: string }[] = [
    { file: /zod\/v4\/core\/util\.js$/, from: /const F = Function;\s*new F\(""\);/, to: 'throw new Error("eval disabled");' },
    { file: /zod\/v4\/core\/doc\.js$/, from: /compile\(\) \{\s*const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/, to: 'compile() { throw new Error("eval disabled"); }' },
  ];
  return {
    name: 'jingdu:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = patches.find(({ file }) => file.test(id));
      if (patch === undefined) return null;
      if (!patch.from.test(code)) throw new Error(`zod-without-eval: pattern not found in ${id}; update wxt.config.ts`);
      return code.replace(patch.from, patch.to);
    },
  };
}

/**
 * The content script runs in every page and frame, so its evaluation time is paid again and again. In its build
 * `webextension-polyfill` resolves to the browser's own API (src/page/native-extension-api.ts); the extension pages
 * and the background keep the polyfill. The page benchmark measured 16.9 ms of bundle evaluation with the polyfill
 * and 12.3 ms without it (Chromium, article page, median of 12 loads).
 */
const NATIVE_EXTENSION_API = fileURLToPath(new URL('./src/page/native-extension-api.ts', import.meta.url));
function nativeApiInContentScript(): Plugin {
  let isContentScript = false;
  return {
    name: 'jingdu:native-api-in-content-script',
    enforce: 'pre',
    configResolved(config) {
      const { lib } = config.build;
      isContentScript = lib !== false && lib.fileName === 'content';
    },
    resolveId(source) {
      return isContentScript && source === 'webextension-polyfill' ? NATIVE_EXTENSION_API : null;
    },
  };
}

/**
 * `virtual:jingdu-page-messages`: the page strings (`page_*`) of every catalogue in _locales, and the names of shipped
 * rules and signals (`name_*`, which placeholders show: src/engine/shipped-names.ts), bundled into the content
 * script (src/page/translate.ts). In Chrome the first `i18n.getMessage` of a page is a synchronous call into the
 * browser process (1.6–12 ms measured, paid again in every page and frame that shows a placeholder); bundled, the
 * strings cost nothing to look up, and the catalogues stay their one source. A message a catalogue lacks is taken
 * from the default one, as `getMessage` does. Each catalogue also brings its `extensionName`, by which the content
 * script tells which catalogue the browser chose (see there). Unit tests get the same module (vitest.config.ts).
 */
const DEFAULT_LOCALE = 'zh_CN';
const LOCALES_DIR = fileURLToPath(new URL('./assets/public/_locales', import.meta.url));
const PAGE_MESSAGES_ID = 'virtual:jingdu-page-messages';
const PAGE_MESSAGE_KEY = /^(page|name)_/;
export function pageMessages(): Plugin {
  return {
    name: 'jingdu:page-messages',
    resolveId: (source) => (source === PAGE_MESSAGES_ID ? `\0${PAGE_MESSAGES_ID}` : null),
    async load(id) {
      if (id !== `\0${PAGE_MESSAGES_ID}`) return null;
      const folders = (await readdir(LOCALES_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory());
      const locales = [DEFAULT_LOCALE, ...folders.map((entry) => entry.name).filter((locale) => locale !== DEFAULT_LOCALE)];
      const catalogues = await Promise.all(
        locales.map(async (locale) => {
          const file = join(LOCALES_DIR, locale, 'messages.json');
          this.addWatchFile(file);
          return JSON.parse(await readFile(file, 'utf8')) as Record<string, { message: string } | undefined>;
        }),
      );
      const defaults = catalogues[0]!;
      const pageKeys = Object.keys(defaults).filter((key) => PAGE_MESSAGE_KEY.test(key));
      const bundled = catalogues.map((catalogue, index) => {
        const messageOf = (key: string) => {
          const { message } = (catalogue[key] ?? defaults[key])!;
          // translate.ts fills $1…$9 only: named placeholders or $$ would come out unlike `getMessage`.
          if (/\$\$|\$[A-Za-z_]/.test(message)) throw new Error(`${locales[index]}/${key}: page strings may use $1…$9 only`);
          return message;
        };
        return {
          locale: locales[index],
          extensionName: messageOf('extensionName'),
          messages: Object.fromEntries(pageKeys.map((key) => [key, messageOf(key)])),
        };
      });
      return `export default ${JSON.stringify(bundled)};`;
    },
  };
}

/**
 * RE2 for the content script, as its own file: re2js's self-contained ES module build, minified. The content
 * script imports it only when enabled regex rules exist (src/page/load-regex-engine.ts), so the ~180 kB are not
 * evaluated on every page and frame.
 */
const REGEX_ENGINE_FILE = 're2js.js';
const re2ModulePath = createRequire(import.meta.url).resolve('re2js').replace(/index\.cjs$/, 'index.js');

// Firefox ships as MV2 (see README "Why Firefox MV2"): MV2 host permissions are granted at install on every
// Firefox version we support, so the content script runs at document_start on the first page without the user
// having to grant "<all_urls>" by hand, which MV3 Firefox leaves optional.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  vite: () => ({ plugins: [zodWithoutEval(), nativeApiInContentScript(), pageMessages()] }),
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      // Minified like our bundles (≈ 40% of the source to parse when a page first needs it); exports are kept.
      const { code, errors } = await minify(REGEX_ENGINE_FILE, await readFile(re2ModulePath, 'utf8'), { module: true });
      if (errors.length > 0) throw new Error(`re2js.js: ${errors.map((error) => error.message).join('; ')}`);
      files.push({ contents: code, relativeDest: REGEX_ENGINE_FILE });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: DEFAULT_LOCALE,
    // Chrome's storage.local holds 10 MB without `unlimitedStorage`, about half of what the 100,000 rules the import
    // format allows take with their times (and an undo copy); Chrome shows no install warning for it. Firefox sets
    // no such quota on an extension's storage.local but would prompt for the permission, so it is not asked there.
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'unlimitedStorage'],
    action: { default_title: '__MSG_extensionName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Chrome: a dynamic (per-session) address, so pages cannot detect the extension by probing a fixed URL.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [REGEX_ENGINE_FILE], matches: ['<all_urls>'], use_dynamic_url: true }]
        : [REGEX_ENGINE_FILE],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jingdu@jingdu.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
