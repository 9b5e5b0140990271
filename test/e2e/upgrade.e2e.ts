/**
 * An update of the installed extension, in a real browser: version N (this build) is installed from a temporary
 * copy of the unpacked build; storage is put in the shape an earlier version left it (`local:userRules` version 1, a
 * bare rule list without a version mark; settings without a version mark and without a field added since; a default
 * rule switched off under an older default list); then the copy is replaced by version N+1 (the same build with
 * the manifest version bumped) and the extension reloads itself, as an update does. Afterwards:
 * - the rules are migrated to version 2 (`{ list, ruleTimes }`, marked `v: 2`) with every rule as it was;
 * - the settings are as the user left them (the missing field takes its default; nothing is rewritten);
 * - the default-list version seen is updated, the switched-off default stays off, and the user's rules are untouched
 *   by that step;
 * - the options page shows the user's rule and settings, and a fixture page collapses with the user's site rule.
 *
 * Chromium: an unpacked extension keeps its id (derived from its path) and its storage across `runtime.reload()`,
 * which re-reads the directory and fires `onInstalled` with reason "update".
 * Firefox: the temporary add-on is reloaded from its directory by `runtime.reload()` the same way, keeping its
 * storage, and its moz-extension UUID is pinned by the harness. Issue 6.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { DEFAULT_RULE_LIST, DEFAULT_RULES_VERSION } from '@/src/engine/default-rules';

import {
  BROWSER_KINDS,
  EXTENSION_DIRS,
  launchExtensionBrowser,
  readStorage,
  waitFor,
  writeStorage,
  type BrowserKind,
  type ExtensionBrowser,
} from './harness';

const DEFAULT_ID = DEFAULT_RULE_LIST.rules[0]!.id;

/** `local:userRules` as version 1 stored it: the rule list itself (WXT wrote no version mark for version 1). */
const V1_RULE_LIST = {
  format: 'jingdu-rules',
  version: 1,
  keywordSets: [{ id: 'set:upgrade', name: '升级测试词集', enabled: true, terms: ['升级测试专用词'] }],
  rules: [
    {
      kind: 'site',
      id: 'user:upgrade-site',
      name: '升级前的站点规则',
      enabled: true,
      hosts: ['127.0.0.1'],
      itemSelectors: ['.stream > .feed-card'],
      titleSelector: '.card-title',
      hideSelectors: ['.ad-slot'],
      exceptSelectors: ['.pinned'],
      judgeItems: true,
    },
    { kind: 'keyword', id: 'user:upgrade-keyword', name: '升级前的关键词规则', enabled: false, hosts: [], terms: ['升级测试'], sets: ['set:upgrade'], requireSets: [], weight: 4 },
  ],
};

/** Settings as an earlier version stored them: no version mark, and without `genericDetection` (added since). */
const OLD_SETTINGS = { enabled: true, pausedHosts: ['paused.example.com'], collapseMode: 'hide', sensitivity: 8 };

interface ExtensionApi {
  runtime: { reload(): void; getManifest(): { version: string } };
}

function bumpPatch(version: string): string {
  const parts = version.split('.').map(Number);
  parts[parts.length - 1] = parts.at(-1)! + 1;
  return parts.join('.');
}

async function manifestVersionOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const globals = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (globals.browser ?? globals.chrome).runtime.getManifest().version;
  });
}

/** The extension's service worker target (Chromium), or undefined. */
function serviceWorkerOf(session: ExtensionBrowser): Target | undefined {
  return session.browser.targets().find((target) => target.type() === 'service_worker' && target.url().startsWith(session.extensionOrigin));
}

/**
 * Opens one of our pages once the reloaded extension serves it, from version `version`. Chromium: first waits for the
 * new version's service worker (a target other than `oldWorker`), so pages are not opened while the extension is
 * unloaded; Firefox has no such target to watch, so the page is tried until it loads.
 */
async function openAfterReload(session: ExtensionBrowser, path: string, version: string, oldWorker: Target | undefined): Promise<Page> {
  if (session.kind === 'chromium') {
    await session.browser
      .waitForTarget((target) => target !== oldWorker && target.type() === 'service_worker' && target.url().startsWith(session.extensionOrigin), {
        timeout: 30_000,
      })
      .catch((error: unknown) => {
        const targets = session.browser.targets().map((target) => `${target.type()} ${target.url()}`);
        throw new Error(`version ${version} did not start after the reload: ${String(error)}; targets: ${targets.join(', ')}`);
      });
  }
  let page: Page | undefined;
  await waitFor(
    async () => {
      await page?.close().catch(() => undefined);
      page = undefined;
      try {
        page = await session.openExtensionPage(path);
        return (await manifestVersionOf(page)) === version;
      } catch {
        return false;
      }
    },
    `${path} of version ${version}`,
    30_000,
  );
  return page!;
}

describe.each(BROWSER_KINDS)('%s: updating the extension keeps the user’s rules and settings', (kind: BrowserKind) => {
  let workDir: string;
  /** This build, copied once: both versions come from it, whatever happens to `.output/` meanwhile. */
  let buildDir: string;
  /** The installed extension's directory, replaced by version N+1 during the test. */
  let extensionDir: string;
  let session: ExtensionBrowser;
  let versionN: string;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), `jingdu-upgrade-${kind}-`));
    buildDir = join(workDir, 'build');
    extensionDir = join(workDir, 'extension');
    await cp(EXTENSION_DIRS[kind], buildDir, { recursive: true });
    await cp(buildDir, extensionDir, { recursive: true });
    versionN = (JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as { version: string }).version;
    session = await launchExtensionBrowser(kind, { extensionDir, chromiumDeveloperMode: true });
  });
  afterAll(async () => {
    await session?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  // Chromium once did not bring the reloaded extension back within 30 s on a loaded machine. Since then both versions
  // come from one private copy of the build (a rebuild of `.output/` meanwhile cannot leave a half-written N+1), pages
  // are opened only once the new version's service worker runs, and a failure lists the browser's targets.
  // `JINGDU_UPGRADE_CHROMIUM=0` skips the Chromium case should it flake again; the migration is unit-tested too.
  it.skipIf(kind === 'chromium' && process.env.JINGDU_UPGRADE_CHROMIUM === '0')(
    'migrates version 1 rules, keeps settings and switches, and the user’s site rule still collapses a page',
    async () => {
    const control = await session.openExtensionPage('options.html');
    expect(await manifestVersionOf(control)).toBe(versionN);
    await control.evaluate(async () => {
      type Area = { clear(): Promise<void> };
      const globals = globalThis as unknown as { browser?: { storage: Record<'local' | 'sync', Area> }; chrome: { storage: Record<'local' | 'sync', Area> } };
      const api = globals.browser ?? globals.chrome;
      await Promise.all([api.storage.local.clear(), api.storage.sync.clear()]);
    });
    await writeStorage(control, 'local', {
      userRules: V1_RULE_LIST,
      defaultRuleState: { disabledIds: [DEFAULT_ID], seenVersion: 0 },
    });
    await writeStorage(control, 'sync', { settings: OLD_SETTINGS });

    // Version N+1: the directory is replaced by the new build (here: the same build, its manifest version bumped).
    const versionNext = bumpPatch(versionN);
    await rm(extensionDir, { recursive: true, force: true });
    await cp(buildDir, extensionDir, { recursive: true });
    const manifestPath = join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: versionNext }));

    // The extension reloads itself (its pages close); the call is left to run after evaluate returns.
    // (Chromium may have stopped an idle worker already: then any worker that starts is the new version's.)
    const oldWorker = serviceWorkerOf(session);
    await control.evaluate(() => {
      const globals = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = globals.browser ?? globals.chrome;
      setTimeout(() => api.runtime.reload(), 50);
    });
    const options = await openAfterReload(session, 'options.html', versionNext, oldWorker);

    // Migrated to version 2 (by the new version's first start), nothing lost, nothing invented.
    await waitFor(async () => JSON.stringify(await readStorage(options, 'local', 'userRules$')) === '{"v":2}', 'the userRules migration', 15_000);
    expect(await readStorage(options, 'local', 'userRules')).toEqual({ list: V1_RULE_LIST, ruleTimes: {} });
    // onInstalled ("update"): the default-list version seen moves on; the switched-off default stays off.
    await waitFor(
      async () => ((await readStorage(options, 'local', 'defaultRuleState')) as { seenVersion?: number } | undefined)?.seenVersion === DEFAULT_RULES_VERSION,
      'the default-list version to be recorded',
      15_000,
    );
    expect(await readStorage(options, 'local', 'defaultRuleState')).toEqual({ disabledIds: [DEFAULT_ID], seenVersion: DEFAULT_RULES_VERSION });
    // Settings: still the user's, as stored (readers fill in the field an older version did not have).
    expect(await readStorage(options, 'sync', 'settings')).toEqual(OLD_SETTINGS);
    // Nothing was judged corrupt on the way.
    expect(await readStorage(options, 'local', 'corruptBackup')).toBeUndefined();

    // What the user sees: the options page lists the rules and shows the settings.
    await options.waitForSelector('[data-rule-id="user:upgrade-site"]');
    expect(await options.$eval('[data-rule-id="user:upgrade-keyword"]', (row) => row.getAttribute('data-enabled'))).toBe('false');
    expect(await options.$eval(`[data-rule-id="${DEFAULT_ID}"]`, (row) => row.getAttribute('data-enabled'))).toBe('false');
    expect(await options.$eval('#sensitivity', (input) => (input as HTMLInputElement).value)).toBe('8');
    expect(await options.$eval('#collapse-mode-hide', (input) => (input as HTMLInputElement).checked)).toBe(true);

    // And the content script of N+1 applies the user's site rule (items hidden only by it; hide mode: no placeholder).
    const page = await session.openPage(`${inject('fixtureOrigin')}/site-rule.html`);
    let unmet: unknown[] = [];
    await waitFor(
      async () => {
        unmet = await page.evaluate(() =>
          [...document.querySelectorAll('[data-expect]')]
            .filter((element) => (element.getAttribute('data-expect') === 'hidden') === element.getClientRects().length > 0)
            .map((element) => (element.textContent ?? '').slice(0, 30)),
        );
        return unmet.length === 0;
      },
      'site-rule.html collapsed by the user’s rule',
    ).catch(() => undefined);
    expect(unmet).toEqual([]);
    expect(await page.$$eval('[data-jingdu-hidden]', (hidden) => hidden.length)).toBe(2);
    expect(await page.$$('jingdu-placeholder')).toHaveLength(0);
    await page.close();
    await options.close();
    },
    120_000,
  );
});
