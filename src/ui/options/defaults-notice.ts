/**
 * 「默认规则已更新到第 N 版」: shown after an update brought a newer default list, until the user dismisses it. It only
 * tells: the default list replaced itself without touching the user's rules or their switches for default rules.
 * A polite region, so a screen reader hears it once without losing its place; dismissing it moves focus to the page
 * heading rather than leaving it on a button that is gone.
 */
import { loadDefaultsNotice, watchDefaultsNotice } from '@/src/storage/load-defaults-notice';
import type { DefaultsNotice } from '@/src/storage/storage-items';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import type { OptionsContext } from '@/src/ui/options/options-context';

export function createDefaultsNotice(context: OptionsContext, focusAfterDismiss: () => void): HTMLElement {
  const text = element('p', {});
  const dismiss = element(
    'button',
    {
      type: 'button',
      'data-testid': 'defaults-notice-dismiss',
      onclick: async () => {
        dismiss.disabled = true;
        const result = await context.run({ type: 'rules/dismiss-defaults-notice' });
        dismiss.disabled = false;
        if (!result.ok) return;
        render(undefined);
        focusAfterDismiss();
      },
    },
    t('options_defaultsNoticeDismiss'),
  );
  const notice = element(
    'div',
    {
      class: 'notice notice-info',
      role: 'region',
      'aria-label': t('options_defaultsNoticeLabel'),
      hidden: true,
      'data-testid': 'defaults-notice',
    },
    element('div', { role: 'status', 'aria-live': 'polite' }, text),
    dismiss,
  );

  function render(pending: DefaultsNotice | undefined): void {
    notice.hidden = pending === undefined;
    text.textContent = pending === undefined ? '' : t('options_defaultsNoticeText', String(pending.version));
  }
  void loadDefaultsNotice().then(render, () => render(undefined));
  watchDefaultsNotice(render);
  return notice;
}
