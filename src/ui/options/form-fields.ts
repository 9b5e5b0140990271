/**
 * Labelled form fields with a place for their error, wired for assistive technology: `aria-invalid` and
 * `aria-describedby` point at the reason, shown at the field as the user types.
 */
import { element, uniqueId } from '@/src/ui/dom';

export interface Field<T> {
  /** The field's key in the rule (`name`, `terms`, `pattern`, …); errors are addressed by it. */
  key: string;
  element: HTMLElement;
  /** What receives focus when the field is invalid. */
  control: HTMLElement;
  read(): T;
  setError(message: string | undefined): void;
}

interface FieldOptions {
  key: string;
  label: string;
  hint?: string;
  onInput: () => void;
}

function wrap<T>(
  options: FieldOptions,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  read: () => T,
  className = 'field',
): Field<T> {
  const controlId = uniqueId(`field-${options.key}`);
  const hintId = options.hint === undefined ? undefined : uniqueId('hint');
  const errorId = uniqueId('error');
  control.id = controlId;
  control.dataset.field = options.key;
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  control.addEventListener('input', options.onInput);
  control.addEventListener('change', options.onInput);
  const error = element('p', { id: errorId, class: 'field-error', 'data-error-for': options.key });
  const isCheckbox = control instanceof HTMLInputElement && control.type === 'checkbox';
  const label = element('label', { for: controlId }, options.label);
  const root = element(
    'div',
    { class: isCheckbox ? `${className} field-checkbox` : className },
    ...(isCheckbox ? [control, label] : [label, control]),
    hintId === undefined ? null : element('p', { id: hintId, class: 'field-hint' }, options.hint),
    error,
  );
  return {
    key: options.key,
    element: root,
    control,
    read,
    setError(message) {
      error.textContent = message ?? '';
      if (message === undefined) control.removeAttribute('aria-invalid');
      else control.setAttribute('aria-invalid', 'true');
    },
  };
}

export function textField(options: FieldOptions & { value: string }): Field<string> {
  const input = element('input', { type: 'text', value: options.value, autocomplete: 'off', spellcheck: 'false' });
  return wrap(options, input, () => input.value);
}

/** A textarea read as one entry per line; blank lines are dropped. `lineNumbers[i]` is entry i's line (1-based). */
export interface Lines {
  entries: string[];
  lineNumbers: number[];
}

export function linesField(options: FieldOptions & { value: readonly string[]; rows?: number }): Field<Lines> {
  const textarea = element('textarea', { rows: options.rows ?? 4, spellcheck: 'false' });
  textarea.value = options.value.join('\n');
  return wrap(options, textarea, () => readLines(textarea.value));
}

export function readLines(text: string): Lines {
  const entries: string[] = [];
  const lineNumbers: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const entry = line.trim();
    if (entry === '') return;
    entries.push(entry);
    lineNumbers.push(index + 1);
  });
  return { entries, lineNumbers };
}

/** A number; an empty or unreadable entry reads as NaN, which validation reports. */
export function numberField(
  options: FieldOptions & { value: number; min: number; max: number; step: number },
): Field<number> {
  const input = element('input', {
    type: 'number',
    value: options.value,
    min: options.min,
    max: options.max,
    step: options.step,
    inputmode: 'decimal',
  });
  return wrap(options, input, () => (input.value.trim() === '' ? Number.NaN : Number(input.value)));
}

export function checkboxField(options: FieldOptions & { value: boolean }): Field<boolean> {
  const input = element('input', { type: 'checkbox', checked: options.value });
  return wrap(options, input, () => input.checked);
}

export function selectField(
  options: FieldOptions & { value: string; choices: readonly { value: string; label: string }[] },
): Field<string> {
  const select = element(
    'select',
    {},
    ...options.choices.map((choice) =>
      element('option', { value: choice.value, selected: choice.value === options.value }, choice.label),
    ),
  );
  return wrap(options, select, () => select.value);
}

/** A group of checkboxes (keyword sets a rule uses). Unknown values already chosen stay listed, so none is lost. */
export function choicesField(
  options: FieldOptions & { value: readonly string[]; choices: readonly { value: string; label: string }[]; empty: string },
): Field<string[]> {
  const known = new Set(options.choices.map((choice) => choice.value));
  const choices = [
    ...options.choices,
    ...options.value.filter((value) => !known.has(value)).map((value) => ({ value, label: value })),
  ];
  const errorId = uniqueId('error');
  const boxes = choices.map((choice) =>
    element('input', { type: 'checkbox', value: choice.value, checked: options.value.includes(choice.value) }),
  );
  const fieldset = element(
    'fieldset',
    { class: 'field field-choices', 'data-field': options.key, 'aria-describedby': errorId },
    element('legend', {}, options.label),
    ...(choices.length === 0
      ? [element('p', { class: 'field-hint' }, options.empty)]
      : choices.map((choice, index) => {
          const box = boxes[index]!;
          box.id = uniqueId(`choice-${options.key}`);
          box.addEventListener('change', options.onInput);
          return element('div', { class: 'field-checkbox' }, box, element('label', { for: box.id }, choice.label));
        })),
  );
  const error = element('p', { id: errorId, class: 'field-error', 'data-error-for': options.key });
  fieldset.append(error);
  return {
    key: options.key,
    element: fieldset,
    control: fieldset,
    read: () => boxes.filter((box) => box.checked).map((box) => box.value),
    setError(message) {
      error.textContent = message ?? '';
      if (message === undefined) fieldset.removeAttribute('aria-invalid');
      else fieldset.setAttribute('aria-invalid', 'true');
    },
  };
}
