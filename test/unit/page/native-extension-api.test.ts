import { afterEach, describe, expect, it, vi } from 'vitest';

/** Loads the module afresh with these globals, as a content script would start in a frame that has them. */
async function apiWith(globals: { browser?: unknown; chrome?: unknown }): Promise<unknown> {
  vi.resetModules();
  vi.stubGlobal('browser', globals.browser);
  vi.stubGlobal('chrome', globals.chrome);
  return (await import('@/src/page/native-extension-api')).default;
}

describe('the content script’s extension API', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const chrome = { runtime: { id: 'chrome-id', onMessage: { addListener: () => undefined } } };

  it('is Firefox’s `browser` where it exists', async () => {
    const browser = { runtime: { id: 'firefox-id', onMessage: { addListener: () => undefined } } };
    expect(await apiWith({ browser, chrome: undefined })).toBe(browser);
  });

  it('is Chrome’s `chrome` where there is no `browser`', async () => {
    expect(await apiWith({ browser: undefined, chrome })).toBe(chrome);
  });

  it('is not fooled by a page element named `browser` with a `runtime` inside', async () => {
    // What `<form id="browser"><input name="runtime" id="x">` looks like to a script: objects, no API functions.
    const clobbered = { runtime: { id: 'x', onMessage: { addListener: 'not a function' } } };
    expect(await apiWith({ browser: clobbered, chrome })).toBe(chrome);
  });
});
