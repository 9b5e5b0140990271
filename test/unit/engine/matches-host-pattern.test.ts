import { describe, expect, test } from 'vitest';

import { compileRules } from '@/src/engine/compile-rules';
import { appliesToHost, matchesHostPattern } from '@/src/engine/matches-host-pattern';
import { ruleListSchema } from '@/src/engine/rule-schema';
import { siteRulesForHost } from '@/src/engine/site-rules-for-host';

describe('matchesHostPattern', () => {
  test.each([
    ['example.com', 'example.com', true],
    ['example.com', 'news.example.com', true],
    ['example.com', 'EXAMPLE.com.', true],
    ['example.com', 'badexample.com', false],
    ['example.com', 'example.com.cn', false],
    ['*.example.com', 'news.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*', 'anything.org', true],
  ])('%s on %s: %s', (pattern, host, expected) => {
    expect(matchesHostPattern(pattern, host)).toBe(expected);
  });

  test('an empty host list means every site', () => {
    expect(appliesToHost([], 'example.org')).toBe(true);
    expect(appliesToHost(['a.com', 'b.com'], 'x.b.com')).toBe(true);
    expect(appliesToHost(['a.com'], 'b.com')).toBe(false);
  });
});

test('siteRulesForHost returns the enabled site rules of a host, defaults first', () => {
  const site = (id: string, hosts: string[], enabled = true) => ({ kind: 'site', id, name: id, hosts, itemSelectors: ['li'], enabled });
  const parse = (rules: unknown[]) => ruleListSchema.parse({ format: 'jingdu-rules', version: 1, rules });
  const rules = compileRules({
    defaults: parse([site('default:news', ['news.example.com']), site('default:off', ['example.com'])]),
    user: parse([site('user:all', ['example.com']), site('user:other', ['example.org']), site('user:disabled', ['example.com'], false)]),
    disabledIds: ['default:off'],
  });
  expect(siteRulesForHost(rules, 'news.example.com').map((rule) => rule.id)).toEqual(['default:news', 'user:all']);
});
