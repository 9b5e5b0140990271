/**
 * `['rules', 4, 'pattern']` → `rules[4].pattern`: the way a user finds a field in a JSON file. An empty path is the
 * whole thing, named by `whole`.
 */
export function formatIssuePath(path: readonly PropertyKey[], whole = '（整个文件）'): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? whole : text;
}
