import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

import { pageMessages } from './wxt.config';

export default defineConfig({
  plugins: [WxtVitest(), pageMessages()],
  test: {
    environment: 'happy-dom',
    include: ['test/unit/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
