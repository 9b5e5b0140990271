// @vitest-environment node
/**
 * `npm run bench`: the engine against a naive baseline, measured in the same run on the same items.
 *
 * Items: the dev corpus, repeated and shuffled to ITEM_COUNT. Engine: `classifyItem` with the default rules (normalise,
 * one automaton pass, signals, model). Baseline: one regex over each item's raw text, no normalisation, no reasons.
 *
 * The engine is measured as the content script runs it: bundled and minified by Vite (test/bench/engine-bundle-entry.ts)
 * and loaded with Node's own require, not through Vitest's module runner, whose export getters would slow every call
 * between modules. Besides Vitest's table, the run prints µs per item for both, their ratio, the time to compile the
 * default rules (in fresh processes, before the JIT has warmed up, as every page pays it; and warm), and the sizes of
 * the content-script bundle (if built) and of the engine alone. Nothing is asserted: timings vary by machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'vite';
import { test } from 'vitest';

import type { RuleSources } from '@/src/engine/compile-rules';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION, type RuleList } from '@/src/engine/rule-schema';
import type { ItemText } from '@/src/engine/verdict';

import { loadCorpus, type CorpusItem } from '../tools/load-corpus';

const ITEM_COUNT = 10_000;
const ROUNDS = 9;
/** Fresh processes that each compile the default rules once, cold. */
const COLD_COMPILES = 5;
const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT_SCRIPT = join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'content.js');
const NAIVE = /开挂|辅助|透视|外挂/;

type EngineBundle = typeof import('./engine-bundle-entry');

const corpus = loadCorpus('dev');
const items = repeated(corpus);
/** The same count of real headlines only, and of spam only: what a clean page costs, and what a spammed one does. */
const realItems = repeated(corpus.filter((item) => !item.spam));
const spamItems = repeated(corpus.filter((item) => item.spam));
/**
 * What a news page's list holds: mostly ordinary headlines, about 10% spam (the page benchmark's ratio). The corpus's
 * real items are half hard negatives on purpose (anti-cheat news, 辅助驾驶…); a page's are mostly not.
 */
const ORDINARY_NEWS = new Set(['society', 'tech', 'finance', 'international', 'sports', 'health', 'culture', 'english-news', 'traditional-news']);
const pageLikeItems = repeated(pageLikeMix(corpus));
const bundle = await buildEngineBundle();
const bundlePath = writeBundle(bundle.code);
const engine = createRequire(import.meta.url)(bundlePath) as EngineBundle;
const emptyUserList: RuleList = { format: RULE_LIST_FORMAT, version: RULE_LIST_VERSION, keywordSets: [], rules: [] };
const sources: RuleSources = { defaults: engine.DEFAULT_RULE_LIST, user: emptyUserList, disabledIds: [] };
const rules = engine.compileRules(sources);
/** Run by `node -e` with the bundle's path: compiles the same sources once and prints the milliseconds it took. */
const COLD_COMPILE_SCRIPT = `const engine = require(process.argv[1]);
const start = performance.now();
engine.compileRules({ defaults: engine.DEFAULT_RULE_LIST, user: ${JSON.stringify(emptyUserList)}, disabledIds: [] });
console.log(performance.now() - start);`;
const context = { host: 'news.example.com', sensitivity: 5 };

function runEngine(list: readonly ItemText[] = items): number {
  let hidden = 0;
  for (const item of list) if (engine.classifyItem(rules, item, context).spam) hidden++;
  return hidden;
}

function runNaive(list: readonly ItemText[] = items): number {
  let hidden = 0;
  for (const item of list) if (NAIVE.test(item.summary === undefined ? item.title : `${item.title}\n${item.summary}`)) hidden++;
  return hidden;
}

test(`classify ${ITEM_COUNT} items: engine vs naive baseline`, async ({ bench }) => {
  // Vitest's own comparison table (tinybench statistics per run of all items)…
  await bench.compare(
    bench('engine (classifyItem, default rules)', () => runEngine()),
    bench('naive baseline (one regex over the raw text)', () => runNaive()),
  );
  // …and µs per item: interleaved rounds, median, so both sides see the same machine state.
  const times = { engine: [] as number[], naive: [] as number[], real: [] as number[], spam: [] as number[], pageLike: [] as number[], pageLikeNaive: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    times.engine.push(timePerItem(() => runEngine()));
    times.naive.push(timePerItem(() => runNaive()));
    times.real.push(timePerItem(() => runEngine(realItems)));
    times.spam.push(timePerItem(() => runEngine(spamItems)));
    times.pageLike.push(timePerItem(() => runEngine(pageLikeItems)));
    times.pageLikeNaive.push(timePerItem(() => runNaive(pageLikeItems)));
  }
  const warmCompileMillis = Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    engine.compileRules(sources);
    return performance.now() - start;
  });
  const coldCompileMillis = Array.from({ length: COLD_COMPILES }, () =>
    Number(execFileSync(process.execPath, ['-e', COLD_COMPILE_SCRIPT, bundlePath], { encoding: 'utf8' })),
  );
  const engineMicros = median(times.engine);
  const naiveMicros = median(times.naive);
  console.log(
    [
      '',
      `engine benchmark, ${ITEM_COUNT} items (dev corpus repeated and shuffled), median of ${ROUNDS} interleaved rounds:`,
      `  engine   ${engineMicros.toFixed(3)} µs/item   (${runEngine()} hidden; real items only ${median(times.real).toFixed(3)}, spam only ${median(times.spam).toFixed(3)})`,
      `  naive    ${naiveMicros.toFixed(3)} µs/item   (${runNaive()} matched)`,
      `  ratio    ${(engineMicros / naiveMicros).toFixed(1)}x the naive baseline`,
      `  page-like mix (ordinary-news categories + 10% spam): engine ${median(times.pageLike).toFixed(3)} µs/item, ` +
        `naive ${median(times.pageLikeNaive).toFixed(3)}, ratio ${(median(times.pageLike) / median(times.pageLikeNaive)).toFixed(1)}x`,
      `  compile the default rules: ${median(coldCompileMillis).toFixed(1)} ms cold (as a page pays it; median of ` +
        `${COLD_COMPILES} fresh processes, min ${Math.min(...coldCompileMillis).toFixed(1)}), ${median(warmCompileMillis).toFixed(1)} ms warm`,
      `  content script: ${describeFile(CONTENT_SCRIPT)}`,
      `  engine alone, minified: ${describeSize(bundle.code)}; ${describeSize(bundle.codeWithoutLibraries)} without re2js and zod`,
      '',
    ].join('\n'),
  );
}, 300_000);

/** Ordinary-news real items, and spam items one for every nine of them. */
function pageLikeMix(list: readonly CorpusItem[]): CorpusItem[] {
  const ordinary = list.filter((item) => !item.spam && ORDINARY_NEWS.has(item.category));
  const spam = list.filter((item) => item.spam).slice(0, Math.round(ordinary.length / 9));
  return [...ordinary, ...spam];
}

/** ITEM_COUNT items from `corpus`, repeated and shuffled (the same order every run). */
function repeated(list: readonly CorpusItem[]): ItemText[] {
  const texts = list.map(({ title, summary }): ItemText => (summary === '' ? { title } : { title, summary }));
  const result = Array.from({ length: ITEM_COUNT }, (_, index) => texts[index % texts.length] ?? { title: '' });
  let seed = 7;
  for (let index = result.length - 1; index > 0; index--) {
    seed = Math.imul(seed, 48_271) % 2_147_483_647;
    const other = Math.abs(seed) % (index + 1);
    [result[index], result[other]] = [result[other] as ItemText, result[index] as ItemText];
  }
  return result;
}

function timePerItem(run: () => number): number {
  const start = performance.now();
  run();
  return ((performance.now() - start) * 1_000) / ITEM_COUNT;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function describeSize(bytes: Uint8Array | string): string {
  const data = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return `${(data.length / 1024).toFixed(1)} kB (${(gzipSync(data).length / 1024).toFixed(1)} kB gzip)`;
}

function describeFile(path: string): string {
  return existsSync(path) ? `${describeSize(readFileSync(path))}, ${path.slice(ROOT.length + 1)}` : 'not built (npm run build)';
}

/** The engine as the content script bundles it (everything the entry pulls in), minified; and its own code alone. */
async function buildEngineBundle(): Promise<{ code: string; codeWithoutLibraries: string }> {
  const buildWith = async (external: string[]): Promise<string> => {
    const output = await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': ROOT } },
      build: {
        write: false,
        minify: true,
        lib: { entry: join(ROOT, 'test', 'bench', 'engine-bundle-entry.ts'), formats: ['cjs'], fileName: 'engine' },
        rollupOptions: { external },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
    return chunks.map((chunk) => ('code' in chunk ? chunk.code : '')).join('');
  };
  return { code: await buildWith([]), codeWithoutLibraries: await buildWith(['re2js', 'zod']) };
}

function writeBundle(code: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'jingdu-bench-')), 'engine.cjs');
  writeFileSync(path, code);
  return path;
}
