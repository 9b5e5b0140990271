import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end tests drive real browsers against the built extension (`npm run build` first). Files run one at a
// time: two cores cannot host several browsers without timing noise. `JINGDU_BENCH=1` runs the in-browser
// benchmarks instead (`npm run bench:page`); they print figures and are not part of `npm test`.
const runBenchmarks = process.env.JINGDU_BENCH === '1';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: runBenchmarks ? ['test/bench/**/*.bench-e2e.ts'] : ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
