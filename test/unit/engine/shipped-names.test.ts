/**
 * Everything that ships with a name (default rules and keyword sets, built-in signals, the model) has it in both
 * catalogues, so a new default cannot ship untranslated; the zh_CN message is the shipped name itself, which is how
 * `displayName` tells a shipped name from one the user gave; and the names are shown as the catalogues say.
 */
import { describe, expect, it } from 'vitest';

import { BUILT_IN_SIGNALS } from '@/src/engine/built-in-signals';
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { displayName, nameKeyOf } from '@/src/engine/shipped-names';

import { readCatalogue } from '../ui/use-locale-messages';

const zh = readCatalogue('zh_CN');
const en = readCatalogue('en');
const SHIPPED = [...DEFAULT_RULE_LIST.rules, ...DEFAULT_RULE_LIST.keywordSets, ...BUILT_IN_SIGNALS];
/** Placeholders leave out words longer than this (page/placeholder.ts), so a name must fit to be shown there. */
const MAX_PLACEHOLDER_WORD = 40;

describe('shipped names', () => {
  it.each(SHIPPED.map(({ id, name }) => [id, name]))('%s has its name in both catalogues', (id, name) => {
    const key = nameKeyOf(id);
    expect(zh[key]?.message).toBe(name);
    expect(en[key]?.message.trim()).not.toBe('');
    expect(en[key]!.message).not.toMatch(/\$/);
    expect(en[key]!.message.length).toBeLessThanOrEqual(MAX_PLACEHOLDER_WORD);
  });

  it('gives every shipped id its own message name (Chrome compares them case-blind), and no other name messages exist', () => {
    const keys = SHIPPED.map(({ id }) => nameKeyOf(id).toLowerCase());
    expect(new Set(keys).size).toBe(SHIPPED.length);
    for (const catalogue of [zh, en]) {
      expect(Object.keys(catalogue).filter((key) => key.startsWith('name_')).sort()).toEqual(SHIPPED.map(({ id }) => nameKeyOf(id)).sort());
    }
  });

  it.each([
    ['a default rule under its shipped name', { id: 'default:win-claims', name: '稳赢话术' }, 'Sure-win claims'],
    ['a built-in signal', { id: 'signal:template', name: '外挂推广模板' }, 'Cheat ad template'],
    ['the model', { id: 'model', name: '统计模型' }, 'Statistical model'],
    ['a shipped id under another name', { id: 'default:win-claims', name: '我改的名字' }, '我改的名字'],
    ['the user’s copy of a default', { id: 'user:copy-1', name: '稳赢话术' }, '稳赢话术'],
  ])('shows %s as the catalogue says', (_case, item, shown) => {
    expect(displayName(item, (key) => en[key]!.message)).toBe(shown);
  });
});
