import { expect, it } from 'vitest';

import { PageMetrics } from '@/src/page/page-metrics';

it('per-item parts time the first sixteen calls, then one in eight scaled to the calls around it', () => {
  let now = 0;
  let clockReadings = 0;
  const metrics = new PageMetrics(() => {
    clockReadings += 1;
    return now;
  });
  const readingsAtStart = clockReadings;
  const oneMillisecond = () => {
    now += 1;
  };

  for (let call = 0; call < 3; call += 1) metrics.partPerItem('classifyMs', oneMillisecond);
  // A small page: every call timed, nothing extrapolated.
  expect(metrics.stats.classifyMs).toBe(3);
  for (let call = 3; call < 40; call += 1) metrics.partPerItem('classifyMs', oneMillisecond);
  expect(metrics.stats.classifyMs).toBe(40);
  // Calls 1–16, then 17, 25 and 33: two clock readings each.
  expect(clockReadings - readingsAtStart).toBe(2 * 19);
  expect(metrics.stats.collapseMs).toBe(0);
});

it('a slow first call is counted once, not multiplied by the sampling', () => {
  let now = 0;
  const metrics = new PageMetrics(() => now);
  metrics.partPerItem('collapseMs', () => {
    now += 50; // a cold start
  });
  for (let call = 1; call < 100; call += 1) {
    metrics.partPerItem('collapseMs', () => {
      now += 1;
    });
  }
  expect(metrics.stats.collapseMs).toBe(50 + 99);
});
