/**
 * A storage item with everything needed to read it safely: WXT's versioned item (migrations run once per context and
 * persist the new shape), plus the zod schema of the current shape. `readStoredItem` reads value and version in one
 * `get`, applies any migrations still due in memory (a value written by an older version or a test after this
 * context started), and validates; `storedEntries` gives the raw key/value pairs, version mark included, that one
 * atomic `storage.set` writes.
 */
import { storage, type WxtStorageItem } from '#imports';
import type { z } from 'zod';

export type StoredArea = 'local' | 'sync' | 'session';

export interface StoredItemOptions<T> {
  area: StoredArea;
  /** Key inside the area; WXT keeps the version mark under `${key}$`. */
  key: string;
  /** Current shape version; 1 for a shape that has never changed. */
  version: number;
  fallback: T;
  /** Validates a value of the current version; the same schema guards import where the value is a rule list. */
  schema: z.ZodType<T>;
  /** `migrations[n]` turns a version n-1 value into version n. Pure and total: they never throw. */
  migrations?: Record<number, (previous: unknown) => unknown>;
}

export interface StoredItem<T> extends StoredItemOptions<T> {
  item: WxtStorageItem<T, Record<string, unknown>>;
}

export function defineStoredItem<T>(options: StoredItemOptions<T>): StoredItem<T> {
  const item = storage.defineItem<T>(`${options.area}:${options.key}`, {
    fallback: options.fallback,
    version: options.version,
    ...(options.migrations === undefined ? {} : { migrations: options.migrations }),
  });
  return { ...options, item };
}

/** The raw entries that store `value` as the current version, for one atomic `browser.storage[area].set`. */
export function storedEntries<T>(stored: StoredItem<T>, value: T): Record<string, unknown> {
  return { [stored.key]: value, [`${stored.key}$`]: { v: stored.version } };
}
