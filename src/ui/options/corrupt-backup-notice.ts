/**
 * Shown when stored data could not be read (and the extension fell back to defaults): the background kept the raw
 * copies, and this notice lets the user download them, so nothing they had is lost without a trace.
 */
import { loadCorruptBackup, watchCorruptBackup } from '@/src/storage/load-corrupt-backup';
import type { CorruptEntry } from '@/src/storage/storage-items';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import { datedFileName, downloadText } from '@/src/ui/options/download-text';

export function createCorruptBackupNotice(): HTMLElement {
  let entries: CorruptEntry[] = [];
  const text = element('p', {});
  const notice = element(
    'div',
    { class: 'notice notice-warning', role: 'region', 'aria-label': t('options_corruptHeading'), hidden: true, 'data-testid': 'corrupt-notice' },
    element('h2', {}, t('options_corruptHeading')),
    text,
    element(
      'button',
      {
        type: 'button',
        onclick: () =>
          downloadText(`${JSON.stringify(entries, null, 2)}\n`, datedFileName('jingdu-corrupt-data', 'json'), 'application/json'),
      },
      t('options_corruptDownload'),
    ),
  );

  function render(next: CorruptEntry[]): void {
    entries = next;
    notice.hidden = entries.length === 0;
    text.textContent = t('options_corruptText', [String(entries.length), entries.map((entry) => entry.key).join(', ')]);
  }
  void loadCorruptBackup().then(render, () => render([]));
  watchCorruptBackup(render);
  return notice;
}
