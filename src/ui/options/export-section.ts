/**
 * 导出 (export): all of the user's rules, or the rules selected in the list (default rules included if selected),
 * as our JSON format or as uBlock Origin / AdGuard filter lines. The text shows in a read-only box (to copy, and to
 * see what a format leaves out) and can be downloaded as a file.
 */
import type { RuleList } from '@/src/engine/rule-schema';
import { localizable } from '@/src/engine/localizable-text';
import { localizeText } from '@/src/messages';
import { exportRuleList } from '@/src/rules-io/export-rule-list';
import { element } from '@/src/ui/dom';
import { nameOf, t } from '@/src/ui/i18n';
import { datedFileName, downloadText } from '@/src/ui/options/download-text';
import { availableKeywordSets } from '@/src/ui/options/list-rule-entries';
import type { OptionsContext } from '@/src/ui/options/options-context';

type Scope = 'all' | 'selected';
type Format = 'json' | 'filter-lines';

export function createExportSection(context: OptionsContext): HTMLElement {
  const radios = <T extends string>(name: string, values: readonly T[], labels: Record<T, string>) =>
    values.map((value) => ({
      value,
      input: element('input', {
        type: 'radio',
        name,
        id: `${name}-${value}`,
        value,
        checked: value === values[0],
        'data-testid': `${name}-${value}`,
        onchange: () => render(),
      }),
      label: element('label', { for: `${name}-${value}` }, labels[value]),
    }));
  const scopeRadios = radios<Scope>('export-scope', ['all', 'selected'], { all: t('options_exportAll'), selected: '' });
  const formatRadios = radios<Format>('export-format', ['json', 'filter-lines'], {
    json: t('options_exportJson'),
    'filter-lines': t('options_exportFilters'),
  });
  const output = element('textarea', { id: 'export-text', rows: 8, readonly: true, spellcheck: 'false', 'data-testid': 'export-text' });
  const skippedNote = element('div', { class: 'export-skipped', 'data-testid': 'export-skipped' });
  let text = '';

  const chosen = <T extends string>(group: { value: T; input: HTMLInputElement }[]): T =>
    (group.find((radio) => radio.input.checked) ?? group[0]!).value;

  function exportedList(scope: Scope): { list: RuleList; ids?: string[] } {
    const state = context.state;
    if (scope === 'all') return { list: state.userRules };
    // A selection may hold default rules: export from both lists (user rules win on a shared id).
    const userIds = new Set(state.userRules.rules.map((rule) => rule.id));
    return {
      list: {
        ...state.userRules,
        keywordSets: availableKeywordSets(state),
        rules: [...state.userRules.rules, ...state.defaultRules.rules.filter((rule) => !userIds.has(rule.id))],
      },
      ids: [...context.selection],
    };
  }

  function render(): void {
    const selectedCount = context.selection.size;
    const selectedRadio = scopeRadios[1]!.input;
    selectedRadio.disabled = selectedCount === 0;
    if (selectedCount === 0 && selectedRadio.checked) scopeRadios[0]!.input.checked = true;
    scopeRadios[1]!.label.textContent = t('options_exportSelected', String(selectedCount));
    const format = chosen(formatRadios);
    const { list, ids } = exportedList(chosen(scopeRadios));
    const exported = exportRuleList(list, ids === undefined ? { format } : { ids, format });
    text = exported.text;
    output.value = text;
    skippedNote.replaceChildren(
      ...(exported.skipped.length === 0
        ? []
        : [
            element('p', {}, t('options_exportSkipped', String(exported.skipped.length))),
            element('ul', {}, ...exported.skipped.map((skipped) => element('li', {}, localizeText(localizable('problem_labelled', nameFor(list, skipped.id), skipped.reason))))),
          ]),
    );
  }

  context.onState(render);
  context.onSelection(render);
  render();

  const group = (legend: string, items: { input: HTMLInputElement; label: HTMLLabelElement }[]) =>
    element(
      'fieldset',
      { class: 'field field-choices' },
      element('legend', {}, legend),
      ...items.map((item) => element('div', { class: 'field-checkbox' }, item.input, item.label)),
    );

  return element(
    'section',
    { id: 'export', class: 'card', 'aria-labelledby': 'export-heading' },
    element('h2', { id: 'export-heading', tabindex: '-1' }, t('options_exportHeading')),
    group(t('options_exportScope'), scopeRadios),
    group(t('options_exportFormat'), formatRadios),
    element('div', { class: 'field' }, element('label', { for: 'export-text' }, t('options_exportText')), output),
    skippedNote,
    element(
      'div',
      { class: 'form-actions' },
      element(
        'button',
        {
          type: 'button',
          class: 'primary',
          'data-testid': 'export-download',
          onclick: () => {
            const isJson = chosen(formatRadios) === 'json';
            downloadText(text, datedFileName('jingdu-rules', isJson ? 'json' : 'txt'), isJson ? 'application/json' : 'text/plain');
          },
        },
        t('options_exportDownload'),
      ),
    ),
  );
}

function nameFor(list: RuleList, id: string): string {
  const item = [...list.rules, ...list.keywordSets].find((candidate) => candidate.id === id);
  return item === undefined ? id : nameOf(item);
}
