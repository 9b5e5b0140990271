/**
 * A Chinese sentence for one zod issue. The rule schema already writes its own messages in Chinese; zod's built-in
 * ones (wrong type, unknown field, value out of range) are English, so those are rewritten here from the issue's
 * code and parameters. The input is passed in so "missing field" can be told from "wrong type".
 */
import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: 'true 或 false',
  array: '数组 [ … ]',
  object: '对象 { … }',
  null: 'null',
  undefined: '空',
};

const HAS_CHINESE = /[\u4e00-\u9fff]/;

export function describeSchemaIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      if (value === undefined) return '缺少这个字段';
      return `应为${TYPE_NAMES[issue.expected] ?? issue.expected}，实际是${TYPE_NAMES[typeOf(value)] ?? typeOf(value)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `应为 ${JSON.stringify(issue.values[0])}`
        : `应为以下之一：${issue.values.map((value) => JSON.stringify(value)).join('、')}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40)));
      return `不认识的字段：${keys.join('、')}${issue.keys.length > 5 ? ` 等 ${issue.keys.length} 个` : ''}`;
    }
    case 'invalid_union': {
      // A discriminated union reports the field it switches on and its allowed values (not in zod's issue type).
      const { discriminator, options } = issue as { discriminator?: unknown; options?: unknown };
      return typeof discriminator === 'string' && Array.isArray(options)
        ? `${discriminator} 应为以下之一：${options.map(String).join('、')}`
        : '格式不对';
    }
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, 'max');
    default:
      return `格式不对（${issue.message}）`;
  }
}

function describeBound(origin: string, bound: number | bigint, side: 'min' | 'max'): string {
  const amount = Number(bound).toLocaleString('en-US');
  if (origin === 'string') return side === 'min' ? (bound === 1 ? '不能为空' : `至少 ${amount} 个字符`) : `不能超过 ${amount} 个字符`;
  if (origin === 'array') return side === 'min' ? `至少需要 ${amount} 项` : `不能超过 ${amount} 项`;
  return side === 'min' ? `不能小于 ${amount}` : `不能大于 ${amount}`;
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
