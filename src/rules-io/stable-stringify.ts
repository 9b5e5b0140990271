/**
 * JSON with object keys sorted, so two values that are equal as data give the same text whatever order their keys
 * were written in. `omitKeys` leaves out top-level keys: `['id', 'name']` gives a rule's content, what it does.
 */
export function stableStringify(value: unknown, omitKeys: readonly string[] = []): string {
  const root = omitKeys.length > 0 && isPlainObject(value)
    ? Object.fromEntries(Object.entries(value).filter(([key]) => !omitKeys.includes(key)))
    : value;
  return JSON.stringify(root, (_key, nested: unknown) =>
    isPlainObject(nested) ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : nested,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
