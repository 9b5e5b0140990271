import { defineConfig } from 'wxt';

// Firefox ships as MV2 (see README "Why Firefox MV2"): MV2 host permissions are granted at install on every
// Firefox version we support, so the content script runs at document_start on the first page without the user
// having to grant "<all_urls>" by hand, which MV3 Firefox leaves optional.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
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
