/**
 * What `webextension-polyfill` resolves to in the content script's build (see `nativeApiInContentScript` in
 * wxt.config.ts): the browser's own promise-based API, Firefox's `browser` or Chrome MV3's `chrome`. In Firefox the
 * polyfill hands back that same object; in Chrome it wraps `chrome`, and the wrapper's setup costs about 4 ms of every
 * page and frame (its CommonJS interop reads every API namespace). The one thing the wrapper adds that a content
 * script could use is answering a message by returning a promise, which Chrome's own API ignores: ours answers
 * with `sendResponse` (start-page-guard.ts).
 *
 * `browser` is recognised by a function only a real extension API has: a page cannot fake one by naming an element
 * `browser` (named elements show up as globals in the content script's view of a frame the page wrote itself).
 */
const globals = globalThis as unknown as {
  browser?: { runtime?: { onMessage?: { addListener?: unknown } } };
  chrome?: unknown;
};

const nativeExtensionApi: unknown =
  typeof globals.browser?.runtime?.onMessage?.addListener === 'function' ? globals.browser : globals.chrome;

export default nativeExtensionApi;
