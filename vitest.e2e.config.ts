import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end tests drive real browsers against the built extension (`npm run build` first). Files run one at a
// time: two cores cannot host several browsers without timing noise.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/bench/**/*.bench-e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
