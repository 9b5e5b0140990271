import { expect, it } from 'vitest';

import { PageMetrics } from '@/src/page/page-metrics';

it('per-item parts time the first call and one in eight, scaled to every call', () => {
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
  // A small page: the first call was timed and counts for the three, not for eight.
  expect(metrics.stats.classifyMs).toBe(3);
  for (let call = 3; call < 20; call += 1) metrics.partPerItem('classifyMs', oneMillisecond);
  expect(metrics.stats.classifyMs).toBe(20);
  // Calls 1, 9 and 17 were timed: two clock readings each.
  expect(clockReadings - readingsAtStart).toBe(6);
  expect(metrics.stats.collapseMs).toBe(0);
});
