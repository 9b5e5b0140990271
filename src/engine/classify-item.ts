// PLACEHOLDER until the engine lands (issue 3): the signature below is the contract the page and UI code use.
import type { CompiledRules } from '@/src/engine/compile-rules';
import type { ItemText, Verdict } from '@/src/engine/verdict';

export interface ClassifyContext {
  /** The page's host name, for host-limited rules. */
  host: string;
  /** Settings sensitivity 1…10. */
  sensitivity: number;
}

export function classifyItem(rules: CompiledRules, item: ItemText, context: ClassifyContext): Verdict {
  void context;
  const text = `${item.title} ${item.summary ?? ''}`;
  const reasons = rules.terms
    .filter(({ term }) => text.includes(term))
    .map(({ term, weight, id, name }) => ({ source: 'keyword' as const, id, name, terms: [term], delta: weight }));
  const score = reasons.reduce((sum, reason) => sum + reason.delta, 0);
  return { spam: score >= 3, score, threshold: 3, reasons };
}
