/**
 * Text for the user as a value: a message of the _locales catalogues (its key) and what fills its `$1`…`$9`. The
 * engine and the rule-file readers have no browser to ask for a language, so they say what is wrong this way, and
 * the text is worded where it is shown, in the language of that page (zh_CN first, en): `localizeText` in
 * src/messages.ts for the extension's pages and the background.
 *
 *   { key: 'problem_labelled', substitutions: ['rules[3].pattern', { key: 'problem_invalidRegex', substitutions: ['missing )'] }] }
 *   → zh_CN `rules[3].pattern：无效的正则表达式: missing )`, en `rules[3].pattern: Invalid regular expression: missing )`
 *
 * A substitution is plain text (a path, a name, a value quoted from a file: always shown as text, never markup),
 * another text to word first, or a list of them joined as the language joins them. Every key the code names is in
 * both catalogues (test/unit/ui/locale-messages.test.ts).
 */
export interface LocalizableText {
  readonly key: string;
  readonly substitutions?: readonly Substitution[];
}

export interface JoinedTexts {
  readonly items: readonly Substitution[];
  readonly separator: Substitution;
}

export type Substitution = string | LocalizableText | JoinedTexts;

/** Looks a message up in one catalogue and fills its `$1`…`$9`, as `i18n.getMessage` does. */
export type LookUpMessage = (key: string, substitutions: string[]) => string;

export function localizable(key: string, ...substitutions: Substitution[]): LocalizableText {
  return substitutions.length === 0 ? { key } : { key, substitutions };
}

/** `a、b、c` in Chinese, `a, b, c` in English: values in a row. */
export function enumeration(items: readonly Substitution[]): JoinedTexts {
  return { items, separator: localizable('problem_enumerationSeparator') };
}

/** `a；b` in Chinese, `a; b` in English: several problems in one sentence. */
export function clauses(items: readonly Substitution[]): JoinedTexts {
  return { items, separator: localizable('problem_clauseSeparator') };
}

/** The parts one after the other. */
export function concatenation(items: readonly Substitution[]): JoinedTexts {
  return { items, separator: '' };
}

/** The text in the catalogue `lookUp` reads, nested texts worded first. */
export function wordText(text: Substitution, lookUp: LookUpMessage): string {
  if (typeof text === 'string') return text;
  if ('items' in text) return text.items.map((item) => wordText(item, lookUp)).join(wordText(text.separator, lookUp));
  return lookUp(text.key, (text.substitutions ?? []).map((substitution) => wordText(substitution, lookUp)));
}
