/**
 * The buttons of a row in the rules or keyword-sets list: the user's own items can be edited and deleted (with undo),
 * default items only copied into an editable item of the user's. Each button's accessible name says which item it
 * acts on, and `data-focus-key` lets a re-rendered list put focus back on the same button.
 */
import type { PrivilegedCommand } from '@/src/messages';
import { element } from '@/src/ui/dom';
import { nameOf, t } from '@/src/ui/i18n';
import type { RuleOrigin } from '@/src/ui/options/list-rule-entries';
import type { OptionsContext } from '@/src/ui/options/options-context';
import { sendCommand } from '@/src/ui/send-command';

export interface RowActions {
  origin: RuleOrigin;
  /** Opens the editor on the item; `opener` gets focus back when it closes. */
  edit(opener: HTMLElement): void;
  /** Opens the editor on a copy of a default item. */
  copy(opener: HTMLElement): void;
  /** The status line's text once the item is deleted. */
  deletedMessage: string;
  /** Puts the deleted item back, for 撤销 (undo). */
  restore: PrivilegedCommand;
}

export function createRowActions(context: OptionsContext, item: { id: string; name: string }, actions: RowActions): HTMLElement[] {
  const name = nameOf(item);
  const opening = (key: string, label: string, text: string, open: (opener: HTMLElement) => void) =>
    element(
      'button',
      { type: 'button', 'data-focus-key': `${key}:${item.id}`, 'aria-label': label, onclick: (event) => open(event.currentTarget as HTMLElement) },
      text,
    );
  if (actions.origin === 'default') {
    return [opening('copy', t('options_copyRuleLabel', name), t('options_copy'), actions.copy)];
  }
  return [
    opening('edit', t('options_editRuleLabel', name), t('options_edit'), actions.edit),
    element(
      'button',
      {
        type: 'button',
        class: 'danger',
        'data-focus-key': `delete:${item.id}`,
        'aria-label': t('options_deleteRuleLabel', name),
        onclick: () =>
          void context.run(
            { type: 'rules/delete', ids: [item.id] },
            { done: actions.deletedMessage, undo: () => sendCommand(actions.restore) },
          ),
      },
      t('options_delete'),
    ),
  ];
}
