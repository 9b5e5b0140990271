/**
 * One line per reason, the same in the popup and the rule tester: what fired, on which words, and what it added,
 * e.g. `外挂推广用语「开挂」「透视」 +4`.
 */
import type { Reason, ReasonSource } from '@/src/engine/verdict';
import { element } from '@/src/ui/dom';
import { nameOf, t, type MessageKey } from '@/src/ui/i18n';

const SOURCE_KEYS: Record<ReasonSource, MessageKey> = {
  keyword: 'ui_reasonSourceKeyword',
  regex: 'ui_reasonSourceRegex',
  allow: 'ui_reasonSourceAllow',
  signal: 'ui_reasonSourceSignal',
  model: 'ui_reasonSourceModel',
};

/** `+4`, `−3`, `+0.5`: at most one decimal. */
export function formatDelta(delta: number): string {
  const rounded = formatScore(Math.abs(delta));
  return delta < 0 ? `−${rounded}` : `+${rounded}`;
}

export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

export function renderReason(reason: Reason): HTMLElement {
  return element(
    'li',
    { class: 'reason', 'data-source': reason.source },
    element('span', { class: 'reason-source' }, t(SOURCE_KEYS[reason.source])),
    ' ',
    element('span', { class: 'reason-name' }, nameOf(reason)),
    ...reason.terms.map((term) => element('q', { class: 'reason-term' }, term)),
    ' ',
    element('span', { class: 'reason-delta', 'data-negative': reason.delta < 0 }, formatDelta(reason.delta)),
  );
}

/**
 * The reasons as a list; with `shown`, only the strongest that many (reasons come sorted by |delta|) and the rest
 * behind a disclosure, so a popup entry stays short.
 */
export function renderReasons(reasons: readonly Reason[], shown = Infinity): HTMLElement {
  const list = element('ul', { class: 'reasons', 'aria-label': t('ui_reasonsLabel') }, ...reasons.slice(0, shown).map(renderReason));
  if (reasons.length <= shown) return list;
  return element(
    'div',
    { class: 'reasons-block' },
    list,
    element(
      'details',
      { class: 'more-reasons' },
      element('summary', {}, t('ui_moreReasons', String(reasons.length - shown))),
      element('ul', { class: 'reasons' }, ...reasons.slice(shown).map(renderReason)),
    ),
  );
}
