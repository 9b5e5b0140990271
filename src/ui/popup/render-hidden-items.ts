/**
 * The list of items collapsed on the tab, each with its reasons and two actions: 显示/重新折叠 (show it on the page, or
 * collapse it again) and 不是垃圾 (not spam: show it and remember that with an allow rule). Items hidden by a site
 * rule's always-hide selector were never judged, so they offer only 显示.
 */
import type { HiddenItemSummary } from '@/src/messages';
import { formatScore, renderReasons } from '@/src/ui/describe-reason';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';

/** The strongest reasons listed per item; the rest are one click away. */
const REASONS_SHOWN = 3;

export interface HiddenItemActions {
  setRevealed(item: HiddenItemSummary, revealed: boolean): void;
  markNotSpam(item: HiddenItemSummary): void;
  /** The site of the embedded frame the item is in, when that is not the page's own site (a news widget). */
  frameHostOf(item: HiddenItemSummary): string | undefined;
}

export function renderHiddenItems(items: readonly HiddenItemSummary[], actions: HiddenItemActions): HTMLElement {
  return element(
    'ul',
    { class: 'hidden-items', 'aria-label': t('popup_hiddenItemsLabel') },
    ...items.map((item) => renderHiddenItem(item, actions)),
  );
}

function renderHiddenItem(item: HiddenItemSummary, actions: HiddenItemActions): HTMLElement {
  const title = item.title.trim() === '' ? t('popup_untitledItem') : item.title;
  const frameHost = actions.frameHostOf(item);
  const meta = [
    item.bySelector ? t('popup_hiddenBySelector') : t('popup_itemScore', formatScore(item.score)),
    ...(frameHost === undefined ? [] : [t('popup_itemFromFrame', frameHost)]),
  ].join(' · ');
  return element(
    'li',
    { class: 'hidden-item', 'data-item-id': item.itemId, 'data-revealed': item.revealed },
    element('p', { class: 'item-title' }, title),
    element('p', { class: 'item-meta' }, meta),
    item.reasons.length > 0 ? renderReasons(item.reasons, REASONS_SHOWN) : null,
    element(
      'div',
      { class: 'item-actions' },
      element(
        'button',
        {
          type: 'button',
          class: 'item-reveal',
          'data-focus-key': `reveal:${item.itemId}`,
          'aria-label': `${item.revealed ? t('popup_collapseAgain') : t('popup_show')}: ${title}`,
          onclick: () => actions.setRevealed(item, !item.revealed),
        },
        item.revealed ? t('popup_collapseAgain') : t('popup_show'),
      ),
      item.bySelector
        ? null
        : element(
            'button',
            {
              type: 'button',
              class: 'item-not-spam',
              'data-focus-key': `not-spam:${item.itemId}`,
              'aria-label': `${t('popup_notSpam')}: ${title}`,
              onclick: () => actions.markNotSpam(item),
            },
            t('popup_notSpam'),
          ),
    ),
  );
}
