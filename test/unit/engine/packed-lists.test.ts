import { expect, test } from 'vitest';

import { packLists } from '@/src/engine/packed-lists';

test.each([
  ['no lists', []],
  ['empty lists among full ones', [[], [3, 1], [], [2]]],
  ['one list', [[7, 7, 0]]],
])('packs %s and reads each list back in order', (_, lists: number[][]) => {
  const { starts, items } = packLists(lists);
  expect(starts).toHaveLength(lists.length + 1);
  const unpacked = lists.map((_list, index) => [...items.subarray(starts[index], starts[index + 1])]);
  expect(unpacked).toEqual(lists);
});
