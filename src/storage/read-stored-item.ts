/**
 * Reads one stored item and never returns something the schema rejects: a missing value gives the fallback, a value
 * that fails validation gives the fallback plus `corrupt` (the raw value, its version, and what is wrong), so the
 * caller can keep the raw copy. Only the background acts on `corrupt` (it moves the raw value to the backup key before
 * it writes); content scripts and pages just run on the fallback.
 */
import { browser } from 'wxt/browser';

import { describeSchemaIssue } from '@/src/engine/describe-schema-issue';
import { formatIssuePath, labelProblem } from '@/src/engine/format-issue-path';
import { localizable, type LocalizableText } from '@/src/engine/localizable-text';
import type { StoredItem } from '@/src/storage/define-stored-item';

export interface CorruptValue {
  raw: unknown;
  /** The version mark stored with it (1 when there was none). */
  version: number;
  /** What is wrong with it (the background words them when it keeps the copy). */
  problems: LocalizableText[];
}

export interface StoredRead<T> {
  value: T;
  /** Whether a value was stored at all (false: `value` is the fallback because nothing was there). */
  isStored: boolean;
  corrupt?: CorruptValue;
}

const MAX_LISTED_PROBLEMS = 20;

/** Where a problem is of the whole stored value, not of a field: `（整个值）`. */
const WHOLE_VALUE = localizable('problem_wholeValue');

export async function readStoredItem<T>(stored: StoredItem<T>): Promise<StoredRead<T>> {
  const metaKey = `${stored.key}$`;
  const values = await browser.storage[stored.area].get([stored.key, metaKey]);
  const raw: unknown = values[stored.key];
  if (raw === undefined || raw === null) return { value: stored.fallback, isStored: false };
  const version = readVersion(values[metaKey]);
  const corrupt = (problems: LocalizableText[]): StoredRead<T> => ({
    value: stored.fallback,
    isStored: true,
    corrupt: { raw, version, problems },
  });
  if (version > stored.version) return corrupt([localizable('problem_storedByNewerVersion', String(version), String(stored.version))]);

  let value = raw;
  for (let next = version + 1; next <= stored.version; next++) value = stored.migrations?.[next]?.(value) ?? value;
  const parsed = stored.schema.safeParse(value);
  if (parsed.success) return { value: parsed.data, isStored: true };
  return corrupt(
    parsed.error.issues
      .slice(0, MAX_LISTED_PROBLEMS)
      .map((issue) => labelProblem(formatIssuePath(issue.path), describeSchemaIssue(issue, value), WHOLE_VALUE)),
  );
}

function readVersion(meta: unknown): number {
  if (typeof meta !== 'object' || meta === null || !('v' in meta)) return 1;
  return typeof meta.v === 'number' && Number.isInteger(meta.v) && meta.v >= 1 ? meta.v : 1;
}
