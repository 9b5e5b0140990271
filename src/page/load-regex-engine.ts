/**
 * RE2 for the content script, loaded only when enabled regex rules exist. The default list has none, so most users'
 * pages never load it; the content script bundle stays free of its ~180 kB.
 *
 * The build copies re2js's own self-contained ES module build to `re2js.js` (wxt.config.ts), listed in
 * `web_accessible_resources` (Chrome: `use_dynamic_url`, so pages cannot probe for it at a fixed address). A dynamic
 * `import()` from a content script runs the module in the content script's world, in Chromium MV3 and Firefox MV2
 * alike. User patterns always run in RE2 (linear time): if loading fails, regex rules stay off, never native RegExp.
 */
import type * as Re2Module from 're2js';

import type { RegexCompiler } from '@/src/engine/compile-rules';

/** The path of the copied module inside the extension (see wxt.config.ts). */
export const REGEX_ENGINE_PATH = '/re2js.js';

let loading: Promise<RegexCompiler> | undefined;

/** The `chrome` namespace, which Chromium and Firefox both give content scripts. */
declare const chrome: { runtime: { getURL(path: string): string } };

/** Loads RE2 once per frame. Rejects when it cannot be loaded. */
export function loadRegexEngine(): Promise<RegexCompiler> {
  // Written as `import(chrome.runtime.getURL(…))` on purpose: minification keeps the global, and Firefox's add-on
  // linter accepts a dynamic import only of an extension URL built this way (no-unsanitized: UNSAFE_VAR_ASSIGNMENT).
  loading ??= (import(/* @vite-ignore */ chrome.runtime.getURL(REGEX_ENGINE_PATH)) as Promise<typeof Re2Module>).then(({ RE2JS }) => {
    const compile: RegexCompiler = (pattern, ignoreCase) =>
      RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return compile;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
