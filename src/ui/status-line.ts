/**
 * One polite live region per page for results of what the user did ("已保存", an error from the background, …),
 * optionally with one action such as 撤销 (undo). Errors are announced assertively.
 */
import { element } from '@/src/ui/dom';

export interface StatusAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface StatusLine {
  element: HTMLElement;
  show(message: string, options?: { error?: boolean; action?: StatusAction }): void;
  clear(): void;
}

export function createStatusLine(className = 'status-line'): StatusLine {
  const text = element('span', { class: 'status-text' });
  const root = element('div', { class: className, role: 'status', 'aria-live': 'polite', 'data-kind': 'none' }, text);
  let actionButton: HTMLButtonElement | undefined;

  function clear(): void {
    text.textContent = '';
    actionButton?.remove();
    actionButton = undefined;
    root.dataset.kind = 'none';
  }

  function show(message: string, options: { error?: boolean; action?: StatusAction } = {}): void {
    clear();
    root.setAttribute('aria-live', options.error === true ? 'assertive' : 'polite');
    root.dataset.kind = options.error === true ? 'error' : 'info';
    text.textContent = message;
    const action = options.action;
    if (action !== undefined) {
      actionButton = element(
        'button',
        {
          type: 'button',
          class: 'status-action',
          onclick: () => {
            actionButton?.setAttribute('disabled', '');
            void action.run();
          },
        },
        action.label,
      );
      root.append(actionButton);
    }
  }

  return { element: root, show, clear };
}
