/**
 * Hostile rule files imported where the user imports them: chosen as files in the options page of the built
 * extension, in real Chromium and Firefox. Each is refused with a message that names the problem and its place, or
 * accepted and shown as text; a refused file changes nothing (storage.local byte-for-byte). A file that is valid on
 * its own but would take the user's rules past 100,000 is refused by the preview, before the user can confirm it;
 * 100,000 rules replacing the user's are stored in both browsers (about 20 MB with their times and the undo copy:
 * the Chrome build asks for `unlimitedStorage`, Firefox has no quota on an extension's storage.local).
 *
 * Messages are in the page's language: the test browsers show our English catalogue, a Chinese browser the zh_CN
 * one (both are accepted here; test/e2e/page-language.e2e.ts checks which one each browser language gets).
 *
 * Times are measured in the page (from the file input's `change` to the preview being rendered, which includes
 * reading the file, parsing, checking and rendering) and printed as `[figures]` lines and a table for
 * test/RELIABILITY.md. They are figures, not assertions: only a bound on hangs (the test's timeout) applies.
 * The parse-level cases with every message are unit-tested in test/unit/rules-io/parse-rule-file.test.ts. Issue 6.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BROWSER_KINDS, launchExtensionBrowser, waitFor, type ExtensionBrowser } from './harness';
import { openFreshOptionsPage, press, storedUserRules } from './ui-support';

const IMPORT_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const HOSTILE_NAME = '<img src=x onerror="document.title=\'pwned\';globalThis.pwned=1"><b>粗体</b>';

const list = (rules: unknown[]) => JSON.stringify({ format: 'jingdu-rules', version: 1, rules });
const keyword = (index: number, extra: object = {}) => ({ kind: 'keyword', id: `k${index}`, name: `规则 ${index}`, terms: [`词${index}`], ...extra });

interface ImportCase {
  name: string;
  file: string;
  /** The file's text, or the fixture it is copied from. */
  content: (() => string) | { fixture: string };
  /** Refused: the message shown must match. Accepted: previewed, and with `confirm` imported. */
  expected: { refused: RegExp } | { accepted: true; confirm?: boolean };
  mode?: 'merge' | 'replace';
}

const CASES: ImportCase[] = [
  { name: 'malformed JSON', file: 'broken.json', content: { fixture: 'broken.json' }, expected: { refused: /(第 5 行第 57 列：这里应是逗号 , 或 }|Line 5, column 57: Expected a comma , or } here)/ } },
  {
    name: 'wrong schema',
    file: 'wrong-schema.json',
    content: { fixture: 'wrong-schema.json' },
    expected: { refused: /rules\[2\]\.hosts(：站点规则至少需要一个站点|: A site rule needs at least one site)/ },
  },
  {
    name: 'wrong version',
    file: 'wrong-version.json',
    content: { fixture: 'wrong-version.json' },
    expected: { refused: /version(：这是第 2 版格式的规则文件，需要更新的净读才能读取|: This rule file is in format version 2, which needs a newer Jingdu)/ },
  },
  {
    name: 'a file over 10 MB (10 MiB + 1 characters)',
    file: 'over-10-mb.json',
    content: () => `${list([])}${' '.repeat(10 * 1024 * 1024 + 1 - list([]).length)}`,
    expected: { refused: /(文件太大：超过 10 MB|The file is too large: over 10 MB)/ },
  },
  {
    name: 'a valid file just under 10 MB (60,000 rules)',
    file: 'under-10-mb.json',
    content: () => list(Array.from({ length: 60_000 }, (_, index) => keyword(index, { terms: [`${'开挂'.repeat(50)}${index}`] }))),
    expected: { accepted: true },
  },
  {
    name: '100,001 rules',
    file: 'rules-100001.json',
    content: () => list(Array.from({ length: 100_001 }, (_, index) => keyword(index))),
    expected: { refused: /rules(：不能超过 100,000 项|: Must have at most 100,000 items)/ },
  },
  {
    name: 'duplicate ids',
    file: 'duplicate-ids.json',
    content: () => list([keyword(1), keyword(2), keyword(1)]),
    expected: { refused: /rules\[2\]\.id(：id “k1” 重复（rules\[0\] 已使用）|: The id “k1” is already used \(by rules\[0\]\))/ },
  },
  {
    name: 'invalid selectors',
    file: 'invalid-selector.json',
    content: () => list([{ kind: 'site', id: 's', name: 's', hosts: ['a.com'], hideSelectors: ['div[class="x"'] }]),
    expected: { refused: /rules\[0\]\.hideSelectors\[0\](：选择器的括号没有闭合|: The selector’s brackets are not closed)/ },
  },
  {
    name: 'control characters in a name',
    file: 'control-characters.json',
    content: () => list([keyword(1, { name: '开挂\u0000推广\u202e' })]),
    expected: { refused: /rules\[0\]\.name(：名称含有控制字符|: The name contains control characters)/ },
  },
  {
    name: 'HTML in a name',
    file: 'html-name.json',
    content: () => list([keyword(1, { name: HOSTILE_NAME })]),
    expected: { accepted: true, confirm: true },
  },
  {
    name: '(a+)+$ (RE2: linear time)',
    file: 'catastrophic-regex.json',
    content: () => list([{ kind: 'regex', id: 'user:backtrack', name: '回溯', pattern: '(a+)+$', weight: 10 }]),
    expected: { accepted: true, confirm: true },
  },
  {
    // Valid on its own, but merged into the user's rules (the 4 of valid-rules.json and those imported above) the
    // list would pass the limit: the preview refuses it, saying how many there would be.
    name: '100,000 rules, merged into the user’s rules',
    file: 'rules-100000.json',
    content: () => list(Array.from({ length: 100_000 }, (_, index) => keyword(index))),
    expected: {
      refused:
        /^(导入后共有 100,00\d 条规则，超过 100,000 条的上限，没有导入。可以改用“替换”|Importing would leave 100,00\d rules, more than the limit of 100,000, so nothing is imported\. Choose “Replace”)/,
    },
  },
  {
    name: '100,000 rules, replacing the user’s rules',
    file: 'rules-100000-replace.json',
    content: () => list(Array.from({ length: 100_000 }, (_, index) => keyword(index))),
    expected: { accepted: true, confirm: true },
    mode: 'replace',
  },
];

interface Timing {
  start?: number;
  end?: number;
}

/** SHA-256 of everything in `storage.local`, as JSON: equal means byte-for-byte unchanged. */
async function localStorageDigest(page: Page): Promise<string> {
  return page.evaluate(async () => {
    type Local = { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
    const globals = globalThis as unknown as { browser?: Local; chrome: Local };
    const values = await (globals.browser ?? globals.chrome).storage.local.get(null);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(values))));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  });
}

/** Starts timing in the page: `start` at `startEvent` on `startSelector`, `end` at the first change of `watched`. */
async function armTimer(page: Page, startSelector: string, startEvent: string, watched: string): Promise<void> {
  await page.evaluate(
    (startOn, event, watchedSelector) => {
      const timing: Timing = {};
      (window as unknown as { __timing: Timing }).__timing = timing;
      document.querySelector(startOn)!.addEventListener(event, () => (timing.start ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (timing.start === undefined) return;
        timing.end = performance.now();
        observer.disconnect();
      });
      observer.observe(document.querySelector(watchedSelector)!, { childList: true, subtree: true, characterData: true, attributes: true });
    },
    startSelector,
    startEvent,
    watched,
  );
}

async function readTimer(page: Page): Promise<number> {
  let timing: Timing = {};
  await waitFor(async () => {
    timing = await page.evaluate(() => (window as unknown as { __timing: Timing }).__timing);
    return timing.end !== undefined;
  }, 'the timed step', 60_000);
  return Math.round(timing.end! - timing.start!);
}

describe.each(BROWSER_KINDS)('%s: hostile rule files in the options page', (kind) => {
  let session: ExtensionBrowser;
  let page: Page;
  let workDir: string;
  const figures: string[] = [];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'jingdu-imports-'));
    for (const { file, content } of CASES) {
      if (typeof content === 'function') await writeFile(join(workDir, file), content());
      else await copyFile(join(IMPORT_FIXTURES, content.fixture), join(workDir, file));
    }
    session = await launchExtensionBrowser(kind);
    page = await openFreshOptionsPage(session, '[data-testid=import-text]');
    // The user's own rules, which no refused import may touch.
    const input = (await page.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(IMPORT_FIXTURES, 'valid-rules.json'));
    await page.waitForSelector('[data-testid=import-confirm]:not([disabled])');
    await press(page, '[data-testid=import-confirm]');
    await waitFor(async () => (await storedUserRules(page)).rules.length === 4, 'the user’s rules');
  }, 120_000);
  afterAll(async () => {
    console.log(`[figures] ${kind}: hostile imports in the options page\n| case | outcome | message shown | ms |\n| --- | --- | --- | --- |\n${figures.join('\n')}`);
    await session?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it.each(CASES)('$name', async ({ name, file, expected, mode = 'merge' }) => {
    await press(page, `[data-testid=import-mode-${mode}]`);
    const before = await localStorageDigest(page);
    await armTimer(page, '[data-testid=import-file]', 'change', '[data-testid=import-preview]');
    const input = (await page.$('[data-testid=import-file]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(workDir, file));
    const previewMs = await readTimer(page);
    await page.waitForSelector('[data-testid=import-summary], [data-testid=import-refused]');

    if ('refused' in expected) {
      const problems = await page.$$eval('.import-preview .problems li', (items) => items.map((item) => item.textContent ?? ''));
      expect(problems.join('\n')).toMatch(expected.refused);
      expect(await page.$eval('[data-testid=import-confirm]', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
      expect(await localStorageDigest(page)).toBe(before);
      figures.push(`| ${name} | refused | ${problems[0]!.slice(0, 90)}${problems.length > 1 ? ` (+${problems.length - 1})` : ''} | ${previewMs} |`);
      console.log(`[figures] ${kind} import ${name}: refused in ${previewMs} ms: ${problems.join(' / ').slice(0, 200)}`);
      return;
    }

    const summary = await page.$eval('[data-testid=import-summary]', (element) => element.textContent ?? '');
    expect(await localStorageDigest(page)).toBe(before); // a preview writes nothing
    if (expected.confirm !== true) {
      figures.push(`| ${name} | accepted (preview only) | ${summary} | ${previewMs} |`);
      console.log(`[figures] ${kind} import ${name}: previewed in ${previewMs} ms: ${summary}`);
      return;
    }

    // Confirmed: timed from the click to the status line's answer (the background validates and writes).
    await armTimer(page, '[data-testid=import-confirm]', 'click', '.status-line');
    await press(page, '[data-testid=import-confirm]');
    const writeMs = await readTimer(page);
    await page.waitForSelector('.status-line[data-kind=info], .status-line[data-kind=error]');
    const status = await page.$eval('.status-line', (line) => ({ kind: line.getAttribute('data-kind'), text: line.textContent ?? '' }));
    // Every accepted file is stored, up to 100,000 rules replacing the user's (Chromium refused that write while
    // storage.local had its 10 MB quota).
    expect(status).toMatchObject({ kind: 'info', text: expect.stringMatching(/^(已导入|Imported)/) });
    await waitFor(async () => (await localStorageDigest(page)) !== before, 'the import to be stored');
    if (file === 'rules-100000-replace.json') expect((await storedUserRules(page)).rules).toHaveLength(100_000);
    figures.push(`| ${name} | imported | ${summary} → ${status.text.slice(0, 80)} | ${previewMs} + ${writeMs} |`);
    console.log(`[figures] ${kind} import ${name}: previewed in ${previewMs} ms (${summary}); write answered in ${writeMs} ms: ${status.text}`);

    if (file === 'html-name.json') {
      // The name is text everywhere the options page shows it, and nothing in it ran.
      await page.waitForSelector('[data-rule-id="k1"]');
      expect(await page.$eval('[data-rule-id="k1"]', (row) => row.textContent ?? '')).toContain(HOSTILE_NAME);
      expect(
        await page.evaluate(() => ({
          images: document.querySelectorAll('img').length,
          bold: document.querySelectorAll('#rules b, .import-preview b').length,
          pwned: typeof (globalThis as { pwned?: unknown }).pwned,
        })),
      ).toEqual({ images: 0, bold: 0, pwned: 'undefined' });
      expect(await page.title()).not.toBe('pwned');
    }
    if (file === 'catastrophic-regex.json') {
      // The rule tester runs the rule on 10,000 a's (a match), then on a's ending in 'b' (no match: the input a
      // backtracking engine needs exponential time for). The engine reads at most the first 4,000 characters of an
      // item (normalize-text.ts), so the non-matching input is 3,999 a's and a 'b'; RE2 answers both in linear time.
      await page.waitForSelector('[data-rule-id="user:backtrack"]');
      const tester = await page.evaluate(async () => {
        const title = document.querySelector<HTMLTextAreaElement>('[data-testid=tester-title]')!;
        const verdictShown = () =>
          new Promise<void>((resolve) => {
            const check = () => (document.querySelector('[data-testid=tester-verdict]') === null ? requestAnimationFrame(check) : resolve());
            check();
          });
        // Answered synchronously once the tester's engine is loaded; the first run loads it (on demand) first.
        const run = async (text: string) => {
          const start = performance.now();
          title.value = text;
          title.dispatchEvent(new Event('input'));
          await verdictShown();
          const ms = performance.now() - start;
          const verdict = document.querySelector('[data-testid=tester-verdict]');
          // `data-spam` is present (empty) for spam and absent otherwise.
          return { ms: Math.round(ms * 10) / 10, spam: verdict?.hasAttribute('data-spam'), reasons: document.querySelector('[data-testid=tester-result]')?.textContent?.includes('回溯') };
        };
        return { first: await run('a'.repeat(10_000)), matching: await run('a'.repeat(10_000)), failing: await run(`${'a'.repeat(3_999)}b`) };
      });
      expect(tester.matching).toMatchObject({ spam: true, reasons: true });
      expect(tester.failing).toMatchObject({ reasons: false });
      figures.push(
        `| (a+)+$ in the rule tester | 10,000 a's: matches; 3,999 a's + 'b': no match | first run ${tester.first.ms} ms (loads the tester's engine, compiles the rules) | ${tester.matching.ms} / ${tester.failing.ms} |`,
      );
      console.log(`[figures] ${kind} tester (a+)+$: first ${tester.first.ms} ms, 10,000 a's ${tester.matching.ms} ms, 3,999 a's + 'b' ${tester.failing.ms} ms`);
    }
  }, 120_000);
});
