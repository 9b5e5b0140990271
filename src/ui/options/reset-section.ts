/**
 * 恢复默认 (reset to defaults), behind a confirmation step; afterwards 撤销 (undo) brings the user's rules back (the
 * background keeps what a reset replaced, as it does for an import).
 */
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import { sendCommand } from '@/src/ui/send-command';
import type { OptionsContext } from '@/src/ui/options/options-context';
import { createUndoBar } from '@/src/ui/options/undo-bar';

export function createResetSection(context: OptionsContext): HTMLElement {
  const startButton = element(
    'button',
    { type: 'button', class: 'danger', 'aria-expanded': 'false', 'aria-controls': 'reset-confirm', 'data-testid': 'reset-start', onclick: () => showConfirm(true) },
    t('options_reset'),
  );
  const cancelButton = element('button', { type: 'button', onclick: () => showConfirm(false) }, t('options_cancel'));
  const confirm = element(
    'div',
    { id: 'reset-confirm', class: 'confirm', role: 'group', 'aria-labelledby': 'reset-question', hidden: true },
    element('p', { id: 'reset-question' }, t('options_resetQuestion')),
    element(
      'div',
      { class: 'form-actions' },
      element('button', { type: 'button', class: 'danger', 'data-testid': 'reset-confirm', onclick: () => void reset() }, t('options_resetConfirm')),
      cancelButton,
    ),
  );

  function showConfirm(isShown: boolean): void {
    confirm.hidden = !isShown;
    startButton.setAttribute('aria-expanded', String(isShown));
    // Focus goes to 取消 (cancel): a stray Enter must not wipe anything.
    (isShown ? cancelButton : startButton).focus();
  }

  async function reset(): Promise<void> {
    const result = await context.run(
      { type: 'rules/reset' },
      { done: t('options_resetDone'), undo: () => sendCommand({ type: 'rules/undo' }), undone: t('options_resetUndone') },
    );
    if (result.ok) showConfirm(false);
  }

  return element(
    'section',
    { id: 'reset', class: 'card', 'aria-labelledby': 'reset-heading' },
    element('h2', { id: 'reset-heading', tabindex: '-1' }, t('options_resetHeading')),
    element('p', { class: 'section-intro' }, t('options_resetIntro')),
    startButton,
    confirm,
    createUndoBar(context),
  );
}
