/**
 * 词集 (keyword sets): named groups of terms that keyword and allow rules share. Default sets can be switched off
 * or copied; the user's own can be edited and deleted.
 */
import type { KeywordSet } from '@/src/engine/rule-schema';
import { element } from '@/src/ui/dom';
import { nameOf, t } from '@/src/ui/i18n';
import { createEnabledSwitch } from '@/src/ui/options/create-enabled-switch';
import { copyName } from '@/src/ui/options/copy-name';
import { createRowActions } from '@/src/ui/options/create-row-actions';
import { newRuleId } from '@/src/ui/new-rule-id';
import { sendCommand } from '@/src/ui/send-command';
import { checkboxField, linesField, textField } from '@/src/ui/options/form-fields';
import { listKeywordSetEntries, type RuleEntry } from '@/src/ui/options/list-rule-entries';
import type { OptionsContext } from '@/src/ui/options/options-context';
import { createValidatedForm } from '@/src/ui/options/validated-form';
import { validateKeywordSetDraft } from '@/src/ui/options/validate-keyword-set-draft';
import { replaceKeepingFocus } from '@/src/ui/replace-keeping-focus';

const PREVIEW_TERMS = 12;

export function createKeywordSetsSection(context: OptionsContext): HTMLElement {
  const editorSlot = element('div', { class: 'editor-slot' });
  const listRegion = element('div', { class: 'set-list-region' });
  let returnFocus: HTMLElement | undefined;

  function openEditor(set: KeywordSet, isNew: boolean, opener: HTMLElement): void {
    returnFocus = opener;
    const form = createValidatedForm<KeywordSet>({
      heading: t(isNew ? 'options_setEditorNew' : 'options_setEditorEdit'),
      className: 'set-editor',
      fixedValues: { id: set.id },
      buildFields: (onInput) => [
        textField({ key: 'name', label: t('options_fieldName'), value: set.name, onInput: onInput('name') }),
        linesField({ key: 'terms', label: t('options_fieldTerms'), hint: t('options_hintTerms'), value: set.terms, rows: 8, onInput: onInput('terms') }),
        checkboxField({ key: 'enabled', label: t('options_fieldEnabled'), value: set.enabled, onInput: onInput('enabled') }),
      ],
      validate: validateKeywordSetDraft,
      onCancel: closeEditor,
      onSave: async (saved) => {
        const previous = context.state.userRules.keywordSets.find((candidate) => candidate.id === saved.id);
        const result = await context.run(
          { type: 'rules/upsert', rules: [], keywordSets: [saved] },
          {
            done: t('options_setSaved', saved.name),
            undo: () =>
              previous === undefined
                ? sendCommand({ type: 'rules/delete', ids: [saved.id] })
                : sendCommand({ type: 'rules/upsert', rules: [], keywordSets: [previous] }),
          },
        );
        if (result.ok) closeEditor();
        return result.ok;
      },
    });
    editorSlot.replaceChildren(form.element);
    form.focus();
  }

  function closeEditor(): void {
    editorSlot.replaceChildren();
    if (returnFocus?.isConnected === true) returnFocus.focus();
  }

  function renderRow(entry: RuleEntry<KeywordSet>): HTMLElement {
    const set = entry.item;
    const toggle = createEnabledSwitch(context, set, entry.isEnabled);
    const actions = createRowActions(context, set, {
      origin: entry.origin,
      edit: (opener) => openEditor(set, false, opener),
      copy: (opener) => openEditor({ ...set, id: newRuleId('set'), name: copyName(set) }, true, opener),
      deletedMessage: t('options_setDeleted', nameOf(set)),
      restore: { type: 'rules/upsert', rules: [], keywordSets: [set] },
    });
    const preview = set.terms.slice(0, PREVIEW_TERMS).join('、') + (set.terms.length > PREVIEW_TERMS ? ' …' : '');
    return element(
      'li',
      { class: 'rule-row', 'data-set-id': set.id, 'data-origin': entry.origin, 'data-enabled': String(entry.isEnabled) },
      element(
        'div',
        { class: 'rule-body' },
        element(
          'p',
          { class: 'rule-title' },
          element('span', { class: 'rule-name' }, nameOf(set)),
          element('span', { class: 'tag' }, t('options_termCount', String(set.terms.length))),
          entry.origin === 'default' ? element('span', { class: 'tag tag-default' }, t('options_originDefault')) : null,
        ),
        element('p', { class: 'rule-summary' }, preview),
      ),
      element('div', { class: 'rule-actions' }, toggle.element, ...actions),
    );
  }

  function renderList(): void {
    const entries = listKeywordSetEntries(context.state);
    replaceKeepingFocus(
      listRegion,
      entries.length === 0
        ? element('p', { class: 'empty' }, t('options_noKeywordSets'))
        : element('ul', { class: 'rule-list', 'aria-label': t('options_setsHeading') }, ...entries.map(renderRow)),
    );
  }
  context.onState(renderList);
  renderList();

  return element(
    'section',
    { id: 'keyword-sets', class: 'card', 'aria-labelledby': 'keyword-sets-heading' },
    element('h2', { id: 'keyword-sets-heading', tabindex: '-1' }, t('options_setsHeading')),
    element('p', { class: 'section-intro' }, t('options_setsIntro')),
    element(
      'button',
      {
        type: 'button',
        'data-testid': 'new-keyword-set',
        onclick: (event) =>
          openEditor({ id: newRuleId('set'), name: '', enabled: true, terms: [] }, true, event.currentTarget as HTMLElement),
      },
      t('options_newSet'),
    ),
    editorSlot,
    listRegion,
  );
}
