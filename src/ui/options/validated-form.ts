/**
 * A form of fields validated as the user types: a field's reason shows once the field has been touched, and every
 * reason shows on 保存 (save), with focus moved to the first invalid field. `onSave` is only ever called with a
 * value that `validate` accepted.
 */
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import type { Field, Lines } from '@/src/ui/options/form-fields';

export interface FormDraft {
  values: Record<string, unknown>;
  /** For list fields read from a textarea, the 1-based line of each entry. */
  lineNumbers: Record<string, number[]>;
}

export interface FormCheck<T> {
  value: T | undefined;
  /** First reason per field key; keys without a field show under the form. */
  errors: Map<string, string>;
}

export interface ValidatedFormOptions<T> {
  heading: string;
  className: string;
  /** Values every draft carries besides the fields' (`kind`, `id`). */
  fixedValues: Record<string, unknown>;
  /** Fields built with `onInput: form.onInput(key)`. */
  buildFields(onInput: (key: string) => () => void): Field<unknown>[];
  /** Optional text fields left empty are left out of the draft rather than sent as ''. */
  optionalKeys?: readonly string[];
  validate(draft: FormDraft): FormCheck<T>;
  onSave(value: T): Promise<boolean>;
  onCancel(): void;
}

export interface ValidatedForm {
  element: HTMLFormElement;
  focus(): void;
}

export function createValidatedForm<T>(options: ValidatedFormOptions<T>): ValidatedForm {
  const touched = new Set<string>();
  const fields = options.buildFields((key) => () => {
    touched.add(key);
    check(false);
  });
  const formError = element('p', { class: 'field-error form-error' });
  const saveButton = element('button', { type: 'submit', class: 'primary', 'data-testid': 'save' }, t('options_save'));
  const form = element(
    'form',
    { class: options.className, 'aria-label': options.heading, novalidate: true },
    element('h3', {}, options.heading),
    ...fields.map((field) => field.element),
    formError,
    element(
      'div',
      { class: 'form-actions' },
      saveButton,
      element('button', { type: 'button', 'data-testid': 'cancel', onclick: () => options.onCancel() }, t('options_cancel')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') options.onCancel();
  });

  function readDraft(): FormDraft {
    const values: Record<string, unknown> = { ...options.fixedValues };
    const lineNumbers: Record<string, number[]> = {};
    for (const field of fields) {
      const value = field.read();
      if (isLines(value)) {
        values[field.key] = value.entries;
        lineNumbers[field.key] = value.lineNumbers;
      } else if (!(value === '' && options.optionalKeys?.includes(field.key) === true)) {
        values[field.key] = value;
      }
    }
    return { values, lineNumbers };
  }

  function check(showAll: boolean): FormCheck<T> {
    const result = options.validate(readDraft());
    const fieldKeys = new Set(fields.map((field) => field.key));
    for (const field of fields) {
      field.setError(showAll || touched.has(field.key) ? result.errors.get(field.key) : undefined);
    }
    const loose = [...result.errors].filter(([key]) => !fieldKeys.has(key)).map(([, message]) => message);
    formError.textContent = showAll ? loose.join(' ') : '';
    return result;
  }

  async function save(): Promise<void> {
    const result = check(true);
    if (result.value === undefined) {
      const firstInvalid = fields.find((field) => result.errors.has(field.key));
      if (firstInvalid !== undefined) focusField(firstInvalid);
      else saveButton.focus();
      return;
    }
    saveButton.disabled = true;
    const saved = await options.onSave(result.value);
    saveButton.disabled = false;
    if (!saved) saveButton.focus();
  }

  return { element: form, focus: () => fields[0] !== undefined && focusField(fields[0]) };
}

function isLines(value: unknown): value is Lines {
  return typeof value === 'object' && value !== null && 'entries' in value && 'lineNumbers' in value;
}

function focusField(field: Field<unknown>): void {
  const target = field.control instanceof HTMLFieldSetElement ? field.control.querySelector('input') : field.control;
  target?.focus();
}
