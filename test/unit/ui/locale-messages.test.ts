/**
 * Every UI string, every error the background answers with (`error_…`) and every problem the engine and the rule-file
 * readers report (`problem_…`, both translated by the pages) exists in both languages with the same substitutions,
 * and every key the code names exists. (TypeScript checks the keys `t` is given against zh_CN already; problems name
 * theirs as data, and this also covers en and the `$n` placeholders.) Shipped names (`name_…`): shipped-names.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { readCatalogue } from './use-locale-messages';

const UI_KEY = /^(ui|popup|options|error|problem)_/;
const zh = readCatalogue('zh_CN');
const en = readCatalogue('en');
const placeholders = (message: string) => [...message.matchAll(/\$(\d)/g)].map((match) => match[1]).sort().join(',');

function sourceFiles(directory: string): string[] {
  if (statSync(directory).isFile()) return [directory];
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('UI and error messages', () => {
  const uiKeys = Object.keys(zh).filter((key) => UI_KEY.test(key));

  it('are all in English too, with the same substitutions', () => {
    const mismatched = uiKeys.filter(
      (key) => en[key] === undefined || placeholders(en[key].message) !== placeholders(zh[key]!.message),
    );
    expect(mismatched).toEqual([]);
  });

  // Chrome reads `$name$` as a named placeholder and refuses to load the extension when it is not defined (we define
  // none): "Variable $1$ used but not defined" for a message like "Rule $1$2".
  it.each([
    ['zh_CN', zh],
    ['en', en],
  ])('%s has no text Chrome would read as an undefined named placeholder', (_locale, catalogue) => {
    const clashing = Object.entries(catalogue).filter(([, { message }]) => /\$[A-Za-z0-9_@]+\$/.test(message));
    expect(clashing).toEqual([]);
  });

  // Chrome drops a `$` and the character after it unless it is `$$` or `$1`…`$9`; Firefox keeps it. A literal `$` goes
  // in a substitution instead (`#$#` in a filter-line problem), so both browsers show the same text.
  it.each([
    ['zh_CN', zh],
    ['en', en],
  ])('%s uses $ only for $1…$9', (_locale, catalogue) => {
    expect(Object.entries(catalogue).filter(([, { message }]) => /\$(?![1-9])/.test(message))).toEqual([]);
  });

  it('has no English key that Chinese lacks', () => {
    expect(Object.keys(en).filter((key) => UI_KEY.test(key) && zh[key] === undefined)).toEqual([]);
  });

  it('has every key the UI code uses, and uses every key it has', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const code = ['src/ui', 'src/background', 'src/rules-io', 'src/engine', 'src/storage', 'src/messages.ts', 'entrypoints']
      .flatMap((path) => sourceFiles(join(root, path)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const used = new Set([...code.matchAll(/'((?:ui|popup|options|error|problem)_\w+)'/g)].map((match) => match[1]!));
    expect([...used].filter((key) => zh[key] === undefined)).toEqual([]);
    expect(uiKeys.filter((key) => !used.has(key))).toEqual([]);
  });
});
