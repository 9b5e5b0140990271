/**
 * The engine against the labelled corpus (test/corpus/README.md), with the default rules and the default
 * sensitivity. Dev must reach recall >= 98% and false hides <= 0.5%, with no seed headline hidden. The holdout set is
 * measured the same way, and its figures that passed when the engine was last tuned are enforced so they cannot
 * regress: false hides, not yet recall (see HOLDOUT_ENFORCED). Holdout items are never printed, so nobody tunes
 * against them; the shipped model was trained on dev, so dev figures flatter it (`npm run train` prints unbiased ones).
 */
import { describe, expect, test } from 'vitest';

import { classifyItem } from '@/src/engine/classify-item';
import { compileRules } from '@/src/engine/compile-rules';
import { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
import { RULE_LIST_FORMAT, RULE_LIST_VERSION } from '@/src/engine/rule-schema';
import { DEFAULT_SENSITIVITY } from '@/src/engine/threshold-for-sensitivity';

import { hasCorpus, loadCorpus, type CorpusItem, type CorpusSet } from '../../tools/load-corpus';
import { formatAccuracy, measureAccuracy } from '../../tools/measure-accuracy';

const MIN_RECALL = 0.98;
const MAX_FALSE_HIDE_RATE = 0.005;
/** Which holdout figures are enforced as well as printed: those that passed when this was set. */
const HOLDOUT_ENFORCED = { recall: false, falseHides: true };

const rules = compileRules({
  defaults: DEFAULT_RULE_LIST,
  user: { format: RULE_LIST_FORMAT, version: RULE_LIST_VERSION, keywordSets: [], rules: [] },
  disabledIds: [],
});
const isHidden = (item: CorpusItem): boolean =>
  classifyItem(rules, item, { host: 'news.example.com', sensitivity: DEFAULT_SENSITIVITY }).spam;

describe.each<CorpusSet>(['dev', 'holdout'])('%s corpus', (set) => {
  test.skipIf(!hasCorpus(set))('recall and false hides per category', () => {
    const items = loadCorpus(set);
    const figures = measureAccuracy(items, isHidden);
    console.log(formatAccuracy(`${set} corpus, default rules, sensitivity ${DEFAULT_SENSITIVITY}:`, figures));
    if (set === 'dev') {
      const wrong = items.filter((item) => isHidden(item) !== item.spam);
      if (wrong.length > 0) console.log(wrong.map((item) => `  wrong (${item.spam ? 'spam' : 'real'}/${item.category}): ${item.title} | ${item.summary}`).join('\n'));
    }
    const enforced = set === 'dev' ? { recall: true, falseHides: true } : HOLDOUT_ENFORCED;
    if (enforced.recall) expect(figures.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    if (enforced.falseHides) expect(figures.falseHideRate).toBeLessThanOrEqual(MAX_FALSE_HIDE_RATE);
    expect(figures.seedRealHidden).toBe(0);
  });
});
