/**
 * Many short lists of indices in two typed arrays: list `k` is `items[starts[k]]` … `items[starts[k + 1] - 1]`.
 * Classifying follows such lists for every matched term (pattern → groups, pattern → rules): read so, they cost a few
 * integer reads, where an array per list cost an iterator and an array look-up each (3% of classifying an item).
 */
export interface PackedLists {
  /** One more entry than there are lists: list `k` ends where list `k + 1` starts. */
  readonly starts: Int32Array;
  readonly items: Int32Array;
}

/** Plain loops only: a page packs the rule lists once, before the JIT has warmed up. */
export function packLists(lists: readonly (readonly number[])[]): PackedLists {
  const starts = new Int32Array(lists.length + 1);
  for (let list = 0; list < lists.length; list++) starts[list + 1] = (starts[list] ?? 0) + (lists[list]?.length ?? 0);
  const items = new Int32Array(starts[lists.length] ?? 0);
  let item = 0;
  for (let list = 0; list < lists.length; list++) {
    const entries = lists[list] ?? [];
    for (let entry = 0; entry < entries.length; entry++) items[item++] = entries[entry] ?? 0;
  }
  return { starts, items };
}
