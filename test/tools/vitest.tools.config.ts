// Runs the repository's tools (the trainer) with the same aliases as the tests: `npm run train`.
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['test/tools/**/*.task.ts'],
    // Training takes minutes, more on a machine busy with browsers: a timeout here would only lose the run.
    testTimeout: 3_600_000,
  },
});
