/**
 * Runs a page's start-up and, if it fails (storage unreadable, extension reloaded underneath), shows the reason in
 * the page instead of leaving it blank with an uncaught rejection in the console.
 */
import { describeError } from '@/src/ui/describe-error';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';

export async function showStartFailure(root: HTMLElement, start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (error) {
    root.replaceChildren(element('p', { class: 'start-failure', role: 'alert' }, t('ui_errorPrefix', describeError(error))));
  }
}
