import { describe, expect, it } from 'vitest';

import { findJsonSyntaxError } from '@/src/rules-io/find-json-syntax-error';

import { textIn } from '../ui/use-locale-messages';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e+3, true, false, null, "x\\n\\u00e9\\"", {"b": []}]} \n',
    '"just a string"',
    '0',
  ])('accepts valid JSON %j, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text, 16)).toBeUndefined();
  });

  it.each([
    ['', 1, 1, '文件是空的'],
    ['{"a": 1,\n "b": }', 2, 7, '这里应是一个值'],
    ['{"a": 1\n "b": 2}', 2, 2, '逗号 , 或 }'],
    ['[1, 2,]', 1, 7, '最后一项后面不能有逗号'],
    ['{"a" 1}', 1, 6, '冒号'],
    ['{a: 1}', 1, 2, '双引号'],
    ['{"a": tru}', 1, 7, '这里应是一个值'],
    ['{"a": truex}', 1, 7, '这里应是一个值'],
    ['{"a": 1.}', 1, 7, '数字'],
    ['{"a": "x', 1, 7, '缺少右双引号'],
    ['{"a": "\\u12"}', 1, 8, '4 位十六进制'],
    ['{"a": 1}}', 1, 9, '多余的内容'],
    ['\r\n\r\n  {"a": [1', 3, 11, '2 个括号没有闭合'],
  ])('%j → line %i column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = findJsonSyntaxError(text, 4);
    expect(error).toMatchObject({ line, column });
    expect(textIn('zh_CN', error!.reason)).toContain(message);
    expect(textIn('en', error!.reason)).not.toBe('');
  });

  it('refuses nesting deeper than the limit where it goes too deep, though JSON.parse would read it', () => {
    expect(findJsonSyntaxError('[[[[1]]]]', 4)).toBeUndefined();
    const error = findJsonSyntaxError('[[[[[1]]]]]', 4);
    expect(error).toEqual({ line: 1, column: 5, reason: { key: 'problem_jsonTooDeep', substitutions: ['4'] } });
    expect(textIn('zh_CN', error!.reason)).toBe('嵌套超过 4 层，这不是规则文件的结构');
    expect(textIn('en', error!.reason)).toBe('Nested more than 4 levels deep: this is not how a rule file is built');
  });
});
