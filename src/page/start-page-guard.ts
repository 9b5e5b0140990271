/**
 * 净读 page guard: the content script, in every frame, from document_start.
 *
 *   storage ── loadPageRuleState / watchPageRuleState ──▶ GuardConfigBuilder ── compileRulesWith (at the first item
 *   (no zod: the background validated it)                │                      judged; once per rule change)
 *                                                        │ GuardConfig: active? generic? site rules, classify
 *                              RE2, only when regex rules exist: loadRegexEngine ─┘ (import of re2js.js)
 *                                                        ▼
 *   MutationObserver ─ records ─▶ PageGuard ─ queue of nodes ─▶ find-list-items (generic) ┐
 *   (document, open shadow          │    ▲   └─ TimeSlicer          site-rule-items ──────┴▶ classifyItem (engine)
 *    roots, adopted frames)         │    └─ shadow roots and same-origin frames found while scanning
 *                                   ▼
 *                               Collapser ─▶ data-jingdu-hidden + our style sheet; <jingdu-placeholder> per run
 *                                   │
 *                           HiddenItemRegistry ─▶ badge reporter ─▶ background (badge/set-count)
 *                                   │                      PageMetrics ◀─ jingdu:report-stats (page benchmark)
 *   popup ─ tabs.sendMessage ─▶ answerPageQueries ─▶ status / reveal an item / picker ─▶ picker/save-rule
 *
 * Every callback runs through the guard's `#safely` (measured; exceptions stay ours) or through `ctx`, so an
 * invalidated extension context (update, reload) never throws into the page; on invalidation the page is restored.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';

import type { CommandResult, ContentScriptMessage } from '@/src/messages';
import type { RuleState } from '@/src/storage/rule-state';
import { loadPageRuleState, watchPageRuleState } from '@/src/storage/page-rule-state';
import { answerPageQuery } from '@/src/page/answer-page-queries';
import { createBadgeReporter } from '@/src/page/badge-reporter';
import { GuardConfigBuilder, type GuardConfig } from '@/src/page/guard-config';
import { loadRegexEngine } from '@/src/page/load-regex-engine';
import { PageGuard } from '@/src/page/page-guard';
import { STATS_ATTRIBUTE, STATS_REQUEST_EVENT } from '@/src/page/page-metrics';
import { startPicker, type Picker } from '@/src/page/picker';
import { readPageHost } from '@/src/page/read-page-host';
import { translate, uiLanguage } from '@/src/page/translate';

/** When to look again for shadow roots that custom elements attach after we first saw them (ms after start). */
const LATE_SHADOW_CHECKS_MS = [500, 1_500, 4_000, 10_000];
const GUARD_MARKER = 'data-jingdu';

export function startPageGuard(ctx: ContentScriptContext): void {
  const document = window.document;
  if (!isGuardable(document)) return;
  const root = document.documentElement;
  // A same-origin parent's guard adopted this document before our script ran here: it stays in charge.
  if (root?.getAttribute(GUARD_MARKER) === 'adopted') return;
  root?.setAttribute(GUARD_MARKER, 'ready');

  const isTopFrame = window === window.top;
  const host = readPageHost(window);
  const send = (message: ContentScriptMessage): Promise<unknown> => {
    if (ctx.isInvalid) return Promise.resolve(undefined);
    try {
      return browser.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  };
  const reportCount = createBadgeReporter({
    isTopFrame,
    setTimeout: (callback, delay) => ctx.setTimeout(callback, delay),
    send: (message) => void send(message),
  });

  const guard: PageGuard = new PageGuard({
    document,
    host,
    idPrefix: `${isTopFrame ? 'top' : 'frame'}${Math.random().toString(36).slice(2, 8)}`,
    translate,
    language: uiLanguage(),
    now: () => performance.now(),
    scheduler: {
      requestAnimationFrame: (callback) => ctx.requestAnimationFrame(() => callback()),
      setTimeout: (callback, delay) => ctx.setTimeout(callback, delay),
      cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
      clearTimeout: (handle) => clearTimeout(handle),
    },
    onStateChange: () => reportCount(guard.hiddenCount),
  });

  let picker: Picker | undefined;
  // Until storage answers, judge with the shipped rules and default settings (see guard-config.ts).
  const builder = new GuardConfigBuilder(host, document);
  const { metrics } = guard;
  guard.configure(metrics.measure(() => metrics.part('configureMs', () => builder.initial())));
  let latestState: RuleState | undefined;
  const apply = (state: RuleState) => {
    if (ctx.isInvalid) return;
    latestState = state;
    let config: GuardConfig | undefined;
    try {
      config = metrics.measure(() => metrics.part('configureMs', () => builder.fromState(state)));
      guard.configure(config);
    } catch {
      metrics.stats.errors += 1;
    }
    // Enabled regex rules: load RE2 (once), then judge again with them. Until then they are skipped.
    if (config?.needsRegexEngine === true) {
      loadRegexEngine().then(
        (compileRegex) => {
          if (ctx.isInvalid || latestState === undefined) return;
          builder.setRegexCompiler(compileRegex);
          apply(latestState);
        },
        () => {
          metrics.stats.errors += 1;
        },
      );
    }
  };
  loadPageRuleState().then(apply, () => undefined);
  const unwatch = watchPageRuleState(apply);
  ctx.onInvalidated(() => {
    unwatch();
    picker?.stop();
    guard.stop();
  });

  // Answers synchronously through `sendResponse`: Chrome's own API (the content script runs without the polyfill,
  // see src/page/native-extension-api.ts) ignores a returned promise. Returns nothing, so other listeners may answer.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    try {
      const answer = answerPageQuery(message, {
        isTopFrame,
        status: () => ({ host, ...guard.status() }),
        setRevealed: (itemId, revealed) => guard.setRevealed(itemId, revealed),
        itemGoneText: translate('page_itemGone'),
        startPicker: (sessionId) => {
          picker?.stop();
          picker = startPicker({
            document,
            host,
            sessionId,
            translate,
            language: uiLanguage(),
            saveRule: async (id, rule) =>
              (await send({ type: 'picker/save-rule', sessionId: id, rule })) as CommandResult<unknown> | undefined,
            listen: (target, type, handler) => {
              const safeHandler = (event: Event) => {
                try {
                  handler(event);
                } catch {
                  // The picker's errors stay ours.
                }
              };
              const options = { capture: true } as const;
              ctx.addEventListener(target, type, safeHandler, options);
              return () => target.removeEventListener(type, safeHandler, options);
            },
            setTimeout: (callback, delay) => ctx.setTimeout(callback, delay),
          });
        },
      });
      if (answer !== undefined) sendResponse(answer);
    } catch {
      // Never throw into the page; the sender sees no answer.
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // Once the document is parsed, sweep it for shadow roots attached meanwhile (attaching one is no mutation) and for
  // entries nothing starts a search from; then look again a few times at custom elements upgraded later.
  ctx.addEventListener(document, 'DOMContentLoaded', () => guard.onDocumentParsed());
  ctx.addEventListener(window, 'load', () => guard.checkLateShadowRoots());
  for (const delay of LATE_SHADOW_CHECKS_MS) ctx.setTimeout(() => guard.checkLateShadowRoots(), delay);

  // The page benchmark asks for the guard's totals; nothing is written unless asked.
  ctx.addEventListener(document, STATS_REQUEST_EVENT, () => {
    try {
      document.documentElement.setAttribute(STATS_ATTRIBUTE, JSON.stringify(guard.metrics.stats));
    } catch {
      // Never throw into the page.
    }
  });
}

/** HTML documents only: not images, plain text, XML or PDF viewers. */
function isGuardable(document: Document): boolean {
  return document.contentType === 'text/html' || document.contentType === 'application/xhtml+xml';
}
