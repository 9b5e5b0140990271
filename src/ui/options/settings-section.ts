/** 常规 (general): sensitivity, generic detection, and how collapsed items look. Each change is saved at once. */
import type { Settings } from '@/src/storage/settings-schema';
import { createSwitch } from '@/src/ui/create-switch';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import type { OptionsContext } from '@/src/ui/options/options-context';

export function createSettingsSection(context: OptionsContext): HTMLElement {
  const update = async (patch: Partial<Settings>) =>
    (await context.run({ type: 'settings/update', patch }, { done: t('options_settingsSaved') })).ok;

  const sensitivityOutput = element('output', { id: 'sensitivity-value', for: 'sensitivity' });
  const sensitivity = element('input', {
    type: 'range',
    id: 'sensitivity',
    min: 1,
    max: 10,
    step: 1,
    'aria-describedby': 'sensitivity-hint',
    oninput: () => (sensitivityOutput.textContent = sensitivity.value),
    onchange: () => void update({ sensitivity: Number(sensitivity.value) }),
  });
  const genericSwitch = createSwitch({
    label: t('options_genericDetection'),
    description: t('options_genericDetectionHint'),
    checked: context.state.settings.genericDetection,
    testId: 'generic-detection',
    onToggle: (genericDetection) => update({ genericDetection }),
  });
  const enabledSwitch = createSwitch({
    label: t('popup_enabled'),
    checked: context.state.settings.enabled,
    testId: 'options-enabled',
    onToggle: (enabled) => update({ enabled }),
  });
  const modeRadios = (['placeholder', 'hide'] as const).map((mode) =>
    element('input', {
      type: 'radio',
      name: 'collapse-mode',
      id: `collapse-mode-${mode}`,
      value: mode,
      onchange: () => void update({ collapseMode: mode }),
    }),
  );

  function render(settings: Settings): void {
    // A slider being dragged keeps its value; storage catches up on release.
    if (document.activeElement !== sensitivity) sensitivity.value = String(settings.sensitivity);
    sensitivityOutput.textContent = sensitivity.value;
    genericSwitch.setChecked(settings.genericDetection);
    enabledSwitch.setChecked(settings.enabled);
    for (const radio of modeRadios) radio.checked = radio.value === settings.collapseMode;
  }
  context.onState((state) => render(state.settings));
  render(context.state.settings);

  return element(
    'section',
    { id: 'settings', class: 'card', 'aria-labelledby': 'settings-heading' },
    element('h2', { id: 'settings-heading', tabindex: '-1' }, t('options_settingsHeading')),
    enabledSwitch.element,
    element(
      'div',
      { class: 'field field-range' },
      element('label', { for: 'sensitivity' }, t('options_sensitivity')),
      element('div', { class: 'range-row' }, sensitivity, sensitivityOutput),
      element('p', { id: 'sensitivity-hint', class: 'field-hint' }, t('options_sensitivityHint')),
    ),
    genericSwitch.element,
    element(
      'fieldset',
      { class: 'field field-choices' },
      element('legend', {}, t('options_collapseMode')),
      ...modeRadios.map((radio) =>
        element(
          'div',
          { class: 'field-checkbox' },
          radio,
          element(
            'label',
            { for: radio.id },
            t(radio.value === 'placeholder' ? 'options_collapsePlaceholder' : 'options_collapseHide'),
          ),
        ),
      ),
    ),
  );
}
