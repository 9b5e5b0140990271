/**
 * What one zod issue means to a user, as a catalogue message (see localizable-text.ts). Our schemas name their own
 * messages by catalogue key (`problem_nameEmpty`, rule-schema.ts), filled with the bound the issue broke; zod's
 * built-in issues (wrong type, unknown field, value out of range) are worded here from the issue's code and
 * parameters. The input is passed in so that a missing field can be told from one of the wrong type.
 */
import type { core } from 'zod';

import { enumeration, localizable, type LocalizableText } from '@/src/engine/localizable-text';

/** Types named in the user's words; others (null, bigint…) are shown as zod names them. */
const TYPE_KEYS: Record<string, string> = {
  string: 'problem_typeString',
  number: 'problem_typeNumber',
  boolean: 'problem_typeBoolean',
  array: 'problem_typeArray',
  object: 'problem_typeObject',
};

/** Unknown fields named in one message; the rest are counted. */
const LISTED_KEYS = 5;

export function describeSchemaIssue(issue: core.$ZodIssue, input: unknown): LocalizableText {
  if (isCatalogueKey(issue.message)) return localizable(issue.message, ...customBound(issue));
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return localizable('problem_missingField');
      return localizable('problem_wrongType', typeName(issue.expected), typeName(typeOf(value)));
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? localizable('problem_shouldBe', JSON.stringify(issue.values[0]))
        : localizable('problem_shouldBeOneOf', enumeration(issue.values.map((value) => JSON.stringify(value))));
    case 'unrecognized_keys': {
      const keys = enumeration(issue.keys.slice(0, LISTED_KEYS).map((key) => JSON.stringify(key.slice(0, 40))));
      return issue.keys.length > LISTED_KEYS
        ? localizable('problem_unknownFieldsMore', keys, String(issue.keys.length))
        : localizable('problem_unknownFields', keys);
    }
    case 'invalid_union':
      // A discriminated union reports the field it switches on and its allowed values.
      return issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined
        ? localizable('problem_fieldShouldBeOneOf', issue.discriminator, enumeration(issue.options.map(String)))
        : localizable('problem_invalidShape');
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, 'max');
    default:
      return localizable('problem_invalidShapeDetail', issue.message);
  }
}

/** Our schemas' messages are catalogue keys; zod's own are English sentences. */
function isCatalogueKey(message: string): boolean {
  return message.startsWith('problem_');
}

/** The bound a length or range message names (`名称不能超过 $1 个字符`), as the schema wrote it. */
function customBound(issue: core.$ZodIssue): string[] {
  if (issue.code === 'too_small') return [String(issue.minimum)];
  if (issue.code === 'too_big') return [String(issue.maximum)];
  return [];
}

function describeBound(origin: string, bound: number | bigint, side: 'min' | 'max'): LocalizableText {
  const amount = Number(bound).toLocaleString('en-US');
  if (origin === 'string') {
    if (side === 'max') return localizable('problem_maxCharacters', amount);
    return bound === 1 ? localizable('problem_empty') : localizable('problem_minCharacters', amount);
  }
  if (origin === 'array') return localizable(side === 'min' ? 'problem_minItems' : 'problem_maxItems', amount);
  return localizable(side === 'min' ? 'problem_minValue' : 'problem_maxValue', amount);
}

function typeName(type: string): LocalizableText | string {
  const key = TYPE_KEYS[type];
  return key === undefined ? type : localizable(key);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
