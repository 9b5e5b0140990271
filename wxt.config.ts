import type { Plugin } from 'vite';
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

// Firefox ships as MV2 (see README "Why Firefox MV2"): MV2 host permissions are granted at install on every
// Firefox version we support, so the content script runs at document_start on the first page without the user
// having to grant "<all_urls>" by hand, which MV3 Firefox leaves optional.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  vite: () => ({ plugins: [zodWithoutEval()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    action: { default_title: '__MSG_extensionName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
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
