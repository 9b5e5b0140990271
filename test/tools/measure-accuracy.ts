/**
 * Recall (spam hidden) and false-hide rate (real items hidden) per category and overall, and the table the
 * accuracy test and the trainer print.
 */
import type { CorpusItem } from './load-corpus';

export interface CategoryFigures {
  category: string;
  spam: boolean;
  items: number;
  /** Items judged spam. */
  hidden: number;
}

export interface AccuracyFigures {
  categories: CategoryFigures[];
  spamItems: number;
  spamHidden: number;
  realItems: number;
  realHidden: number;
  /** Hidden real items of the `seed` category (the seed page's headlines). */
  seedRealHidden: number;
  recall: number;
  falseHideRate: number;
}

export function measureAccuracy(items: readonly CorpusItem[], isHidden: (item: CorpusItem) => boolean): AccuracyFigures {
  const byCategory = new Map<string, CategoryFigures>();
  for (const item of items) {
    const key = `${item.spam ? 'spam' : 'real'}:${item.category}`;
    const figures = byCategory.get(key) ?? { category: item.category, spam: item.spam, items: 0, hidden: 0 };
    figures.items++;
    if (isHidden(item)) figures.hidden++;
    byCategory.set(key, figures);
  }
  const categories = [...byCategory.values()];
  const sum = (spam: boolean, field: 'items' | 'hidden'): number =>
    categories.filter((figures) => figures.spam === spam).reduce((total, figures) => total + figures[field], 0);
  const spamItems = sum(true, 'items');
  const realItems = sum(false, 'items');
  return {
    categories,
    spamItems,
    spamHidden: sum(true, 'hidden'),
    realItems,
    realHidden: sum(false, 'hidden'),
    seedRealHidden: categories.find((figures) => !figures.spam && figures.category === 'seed')?.hidden ?? 0,
    recall: spamItems === 0 ? 1 : sum(true, 'hidden') / spamItems,
    falseHideRate: realItems === 0 ? 0 : sum(false, 'hidden') / realItems,
  };
}

export function formatAccuracy(title: string, figures: AccuracyFigures): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
  const rows = figures.categories.map((category) =>
    category.spam
      ? `  spam  ${category.category.padEnd(20)} ${String(category.items).padStart(4)}   recall ${percent(category.hidden / category.items).padStart(6)}  (${category.items - category.hidden} missed)`
      : `  real  ${category.category.padEnd(20)} ${String(category.items).padStart(4)}   false hides ${percent(category.hidden / category.items).padStart(6)}  (${category.hidden})`,
  );
  return [
    title,
    ...rows,
    `  overall: recall ${percent(figures.recall)} (${figures.spamHidden}/${figures.spamItems}), false hides ${percent(figures.falseHideRate)} (${figures.realHidden}/${figures.realItems}), seed real hidden ${figures.seedRealHidden}`,
  ].join('\n');
}
