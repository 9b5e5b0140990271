/**
 * `local:userRules` version 1 → 2. Version 1 stored the rule list itself; version 2 stores
 * `{ list, ruleTimes }`, where `ruleTimes[id]` says when the user added and last changed that rule, so the options
 * page can sort by "recently added" and say when a rule that hides too much came in.
 *
 * Rules that existed before the migration have no times: we do not know when they were added, and inventing the
 * migration time would be a claim we cannot back. Total: whatever version 1 held is wrapped, and the schema decides
 * afterwards whether it is a usable list (a corrupt version 1 value is then kept as a backup like any corrupt value).
 * A value that is already version 2 (written without its version mark) is returned unchanged.
 */
export function migrateUserRulesToV2(previous: unknown): unknown {
  if (typeof previous === 'object' && previous !== null && 'list' in previous && 'ruleTimes' in previous) return previous;
  return { list: previous, ruleTimes: {} };
}
