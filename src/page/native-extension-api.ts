/**
 * What `webextension-polyfill` resolves to in the content script's build (see `nativeApiInContentScript` in
 * wxt.config.ts): the browser's own promise-based API, Firefox's `browser` or Chrome MV3's `chrome`. The polyfill
 * would hand back the same objects after its setup, which costs about 4 ms of every page and frame in Chromium (its
 * CommonJS interop reads every API namespace). The content script uses nothing the polyfill adds: it answers
 * messages with `sendResponse`, never by returning a promise, which Chrome's own API does not accept.
 */
const globals = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };

const nativeExtensionApi: unknown = globals.browser?.runtime?.id === undefined ? globals.chrome : globals.browser;

export default nativeExtensionApi;
