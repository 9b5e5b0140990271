/** The keyword sets a rule names, in any role (read, required, yielded to): what it needs with it and what names it. */
import type { Rule } from '@/src/engine/rule-schema';

export function setReferences(rule: Rule): string[] {
  switch (rule.kind) {
    case 'keyword':
      return [...rule.sets, ...rule.requireSets];
    case 'allow':
      return [...rule.sets, ...rule.unlessSets];
    default:
      return [];
  }
}
