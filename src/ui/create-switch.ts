/**
 * An on/off control with switch semantics: a `<button role="switch" aria-checked>` with a visible label, operable
 * with Space and Enter like any button. `onToggle` returns whether the change was applied; on failure the switch
 * goes back to its previous state.
 */
import { element, uniqueId } from '@/src/ui/dom';

export interface Switch {
  element: HTMLElement;
  button: HTMLButtonElement;
  setChecked(checked: boolean): void;
  setDisabled(disabled: boolean): void;
}

export function createSwitch(options: {
  /** Marks the button for focus restoring (see replace-keeping-focus.ts). */
  focusKey?: string;
  label: string;
  checked: boolean;
  description?: string;
  /** Keep the label for assistive technology only (a row that already shows the rule's name). */
  isLabelHidden?: boolean;
  testId?: string;
  onToggle: (checked: boolean) => Promise<boolean>;
}): Switch {
  const labelId = uniqueId('switch-label');
  const descriptionId = options.description === undefined ? undefined : uniqueId('switch-description');
  const button = element(
    'button',
    {
      type: 'button',
      role: 'switch',
      class: 'switch',
      'aria-labelledby': labelId,
      'aria-describedby': descriptionId,
      'data-testid': options.testId,
      'data-focus-key': options.focusKey,
    },
    element('span', { class: 'switch-thumb', 'aria-hidden': 'true' }),
  );
  const setChecked = (checked: boolean) => button.setAttribute('aria-checked', String(checked));
  setChecked(options.checked);
  // While a change is on its way the switch ignores clicks; it is not disabled, which would drop keyboard focus.
  let isBusy = false;
  button.addEventListener('click', () => {
    if (isBusy) return;
    const wanted = button.getAttribute('aria-checked') !== 'true';
    setChecked(wanted);
    isBusy = true;
    button.setAttribute('aria-busy', 'true');
    void options.onToggle(wanted).then((applied) => {
      isBusy = false;
      button.removeAttribute('aria-busy');
      if (!applied) setChecked(!wanted);
    });
  });
  const root = element(
    'div',
    { class: 'switch-row' },
    element(
      'span',
      { class: 'switch-text' },
      element('span', { id: labelId, class: options.isLabelHidden === true ? 'visually-hidden' : 'switch-label' }, options.label),
      descriptionId === undefined
        ? null
        : element('span', { id: descriptionId, class: 'switch-description' }, options.description),
    ),
    button,
  );
  return {
    element: root,
    button,
    setChecked,
    setDisabled(disabled) {
      button.disabled = disabled;
    },
  };
}
