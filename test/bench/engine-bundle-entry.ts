// What the content script takes from the engine, for the bundle size printed by engine.bench.ts.
export { classifyItem } from '@/src/engine/classify-item';
export { compileRules } from '@/src/engine/compile-rules';
export { DEFAULT_RULE_LIST } from '@/src/engine/default-rules';
export { siteRulesForHost } from '@/src/engine/site-rules-for-host';
