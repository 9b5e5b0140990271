/**
 * 撤销 (undo) for the last import or reset, for as long as the background keeps what it replaced (not only while
 * the status line still offers it): shown in the import and reset sections whenever there is something to undo.
 */
import { loadUndoSnapshot, watchUndoSnapshot, type UndoSummary } from '@/src/storage/load-undo-snapshot';
import type { UndoAction } from '@/src/storage/storage-items';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import type { OptionsContext } from '@/src/ui/options/options-context';

export function createUndoBar(context: OptionsContext): HTMLElement {
  const text = element('span', {});
  const button = element(
    'button',
    {
      type: 'button',
      'data-testid': 'undo-last',
      onclick: () => void context.run({ type: 'rules/undo' }, { done: t('options_undone') }),
    },
    t('ui_undo'),
  );
  const bar = element('div', { class: 'undo-bar', hidden: true }, text, button);

  function render(summary: UndoSummary | undefined): void {
    bar.hidden = summary === undefined;
    if (summary === undefined) return;
    const time = new Date(summary.takenAt).toLocaleString(document.documentElement.lang || undefined);
    text.textContent = t('options_undoAvailable', [describeUndoAction(summary.action), time]);
  }
  void loadUndoSnapshot().then(render, () => render(undefined));
  watchUndoSnapshot(render);
  return bar;
}

function describeUndoAction(action: UndoAction): string {
  if (action.kind === 'reset') return t('options_undoActionReset');
  const counts = [String(action.added), String(action.changed), String(action.removed)];
  return t(action.mode === 'merge' ? 'options_undoActionMerge' : 'options_undoActionReplace', counts);
}
