/**
 * 规则 (rules): every rule of every kind, default and the user's own, with search and filters, a switch per rule,
 * edit / copy / delete, new rules of each kind, and a selection for export.
 */
import type { Rule, RuleKind } from '@/src/engine/rule-schema';
import { thresholdForSensitivity } from '@/src/engine/threshold-for-sensitivity';
import { element } from '@/src/ui/dom';
import { nameOf, t } from '@/src/ui/i18n';
import { copyName } from '@/src/ui/options/copy-name';
import { createEnabledSwitch } from '@/src/ui/options/create-enabled-switch';
import { createRowActions } from '@/src/ui/options/create-row-actions';
import { sendCommand } from '@/src/ui/send-command';
import { blankRule, copyRule } from '@/src/ui/options/blank-rule';
import {
  availableKeywordSets,
  filterRuleEntries,
  listRuleEntries,
  ruleContent,
  type RuleEntry,
  type RuleFilter,
} from '@/src/ui/options/list-rule-entries';
import type { OptionsContext } from '@/src/ui/options/options-context';
import { createRuleEditor, KIND_LABELS } from '@/src/ui/options/rule-editor';
import { replaceKeepingFocus } from '@/src/ui/replace-keeping-focus';

/** Rows rendered at once; search narrows a longer list. */
const MAX_ROWS = 300;
/** Terms, selectors or set names shown in a rule's one-line summary. */
const SUMMARY_ITEMS = 8;
const KINDS: RuleKind[] = ['keyword', 'regex', 'allow', 'site'];

export function createRulesSection(context: OptionsContext): HTMLElement {
  const filter: RuleFilter = { text: '', kind: 'all', origin: 'all' };
  const editorSlot = element('div', { class: 'editor-slot' });
  const listRegion = element('div', { class: 'rule-list-region' });
  const resultCount = element('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' });
  const selectionCount = element('span', { class: 'selection-count', 'data-testid': 'selection-count' });
  let returnFocus: HTMLElement | undefined;

  const search = element('input', {
    type: 'search',
    id: 'rule-search',
    'data-testid': 'rule-search',
    oninput: (event) => {
      filter.text = (event.target as HTMLInputElement).value;
      renderList();
    },
  });
  const kindSelect = element(
    'select',
    {
      id: 'rule-kind-filter',
      onchange: (event) => {
        filter.kind = (event.target as HTMLSelectElement).value as RuleFilter['kind'];
        renderList();
      },
    },
    element('option', { value: 'all' }, t('options_filterAllKinds')),
    ...KINDS.map((kind) => element('option', { value: kind }, t(KIND_LABELS[kind]))),
  );
  const originSelect = element(
    'select',
    {
      id: 'rule-origin-filter',
      onchange: (event) => {
        filter.origin = (event.target as HTMLSelectElement).value as RuleFilter['origin'];
        renderList();
      },
    },
    element('option', { value: 'all' }, t('options_filterAllOrigins')),
    element('option', { value: 'user' }, t('options_originUser')),
    element('option', { value: 'default' }, t('options_originDefault')),
  );

  function openEditor(rule: Rule, isNew: boolean, opener: HTMLElement | undefined): void {
    returnFocus = opener;
    const editor = createRuleEditor({
      rule,
      isNew,
      keywordSets: availableKeywordSets(context.state),
      threshold: thresholdForSensitivity(context.state.settings.sensitivity),
      onCancel: closeEditor,
      onSave: async (saved) => {
        const previous = context.state.userRules.rules.find((candidate) => candidate.id === saved.id);
        const result = await context.run(
          { type: 'rules/upsert', rules: [saved] },
          {
            done: t('options_ruleSaved', saved.name),
            undo: () =>
              previous === undefined
                ? sendCommand({ type: 'rules/delete', ids: [saved.id] })
                : sendCommand({ type: 'rules/upsert', rules: [previous] }),
          },
        );
        if (result.ok) closeEditor();
        return result.ok;
      },
    });
    editorSlot.replaceChildren(editor.element);
    editor.focus();
  }

  function closeEditor(): void {
    editorSlot.replaceChildren();
    const target = returnFocus?.isConnected === true ? returnFocus : search;
    target.focus();
  }

  function renderRow(entry: RuleEntry): HTMLElement {
    const rule = entry.item;
    const name = nameOf(rule);
    const isSelected = context.selection.has(rule.id);
    const summary = summarizeRule(rule, setNames());
    const enabledSwitch = createEnabledSwitch(context, rule, entry.isEnabled);
    const actions = createRowActions(context, rule, {
      origin: entry.origin,
      edit: (opener) => openEditor(rule, false, opener),
      copy: (opener) => openEditor(copyRule(rule, copyName(rule)), true, opener),
      deletedMessage: t('options_ruleDeleted', name),
      restore: { type: 'rules/upsert', rules: [rule] },
    });
    return element(
      'li',
      {
        class: 'rule-row',
        'data-rule-id': rule.id,
        'data-origin': entry.origin,
        'data-enabled': String(entry.isEnabled),
      },
      element('input', {
        type: 'checkbox',
        class: 'rule-select',
        checked: isSelected,
        'data-focus-key': `select:${rule.id}`,
        'aria-label': t('options_selectRuleLabel', name),
        onchange: (event) => {
          const checked = (event.target as HTMLInputElement).checked;
          context.changeSelection((selection) => (checked ? selection.add(rule.id) : selection.delete(rule.id)));
        },
      }),
      element(
        'div',
        { class: 'rule-body' },
        element(
          'p',
          { class: 'rule-title' },
          element('span', { class: 'rule-name' }, name),
          element('span', { class: 'tag', 'data-kind': rule.kind }, t(KIND_LABELS[rule.kind])),
          entry.origin === 'default' ? element('span', { class: 'tag tag-default' }, t('options_originDefault')) : null,
        ),
        element('p', { class: 'rule-summary' }, summary),
      ),
      element('div', { class: 'rule-actions' }, enabledSwitch.element, ...actions),
    );
  }

  /** Keyword set names by id, so summaries name sets as the user knows them. */
  function setNames(): Map<string, string> {
    return new Map(availableKeywordSets(context.state).map((set) => [set.id, nameOf(set)]));
  }

  let visible: RuleEntry[] = [];
  function renderList(): void {
    const entries = listRuleEntries(context.state);
    visible = filterRuleEntries(entries, filter, nameOf);
    const shown = visible.slice(0, MAX_ROWS);
    resultCount.textContent =
      visible.length > shown.length
        ? t('options_resultCountCapped', [String(shown.length), String(visible.length)])
        : t('options_resultCount', [String(visible.length), String(entries.length)]);
    replaceKeepingFocus(
      listRegion,
      shown.length === 0
        ? element('p', { class: 'empty' }, t('options_noRulesMatch'))
        : element('ul', { class: 'rule-list', 'aria-label': t('options_rulesHeading') }, ...shown.map(renderRow)),
    );
  }

  function renderSelection(): void {
    selectionCount.textContent = t('options_selectionCount', String(context.selection.size));
    for (const box of listRegion.querySelectorAll<HTMLInputElement>('.rule-select')) {
      const id = box.closest<HTMLElement>('.rule-row')?.dataset.ruleId;
      box.checked = id !== undefined && context.selection.has(id);
    }
  }

  context.onState(() => renderList());
  context.onSelection(renderSelection);
  renderList();
  renderSelection();

  return element(
    'section',
    { id: 'rules', class: 'card', 'aria-labelledby': 'rules-heading' },
    element('h2', { id: 'rules-heading', tabindex: '-1' }, t('options_rulesHeading')),
    element('p', { class: 'section-intro' }, t('options_rulesIntro')),
    element(
      'div',
      { class: 'new-rule-buttons', role: 'group', 'aria-label': t('options_newRule') },
      element('span', {}, t('options_newRule')),
      ...KINDS.map((kind) =>
        element(
          'button',
          {
            type: 'button',
            'data-testid': `new-${kind}-rule`,
            onclick: (event) => openEditor(blankRule(kind), true, event.currentTarget as HTMLElement),
          },
          t(KIND_LABELS[kind]),
        ),
      ),
    ),
    editorSlot,
    element(
      'div',
      { class: 'rule-toolbar' },
      element('label', { for: 'rule-search' }, t('options_search')),
      search,
      element('label', { for: 'rule-kind-filter' }, t('options_filterKind')),
      kindSelect,
      element('label', { for: 'rule-origin-filter' }, t('options_filterOrigin')),
      originSelect,
    ),
    element(
      'div',
      { class: 'selection-bar' },
      selectionCount,
      element(
        'button',
        {
          type: 'button',
          onclick: () => context.changeSelection((selection) => visible.forEach((entry) => selection.add(entry.item.id))),
        },
        t('options_selectAllShown'),
      ),
      element('button', { type: 'button', onclick: () => context.changeSelection((selection) => selection.clear()) }, t('options_clearSelection')),
      element('button', { type: 'button', onclick: () => context.goTo('export') }, t('options_goToExport')),
    ),
    resultCount,
    listRegion,
  );
}

/** One line under a rule's name: where it applies, what it matches, which keyword sets it uses. */
function summarizeRule(rule: Rule, setNames: ReadonlyMap<string, string>): string {
  const preview = (items: readonly string[]) =>
    items.slice(0, SUMMARY_ITEMS).join('、') + (items.length > SUMMARY_ITEMS ? ` … (+${items.length - SUMMARY_ITEMS})` : '');
  const names = (ids: readonly string[]) => preview(ids.map((id) => setNames.get(id) ?? id));
  const parts = [rule.hosts.length === 0 ? t('options_everySite') : preview(rule.hosts)];
  const own = rule.kind === 'keyword' || rule.kind === 'allow' ? rule.terms : ruleContent(rule);
  if (own.length > 0) parts.push(preview(own));
  if ((rule.kind === 'keyword' || rule.kind === 'allow') && rule.sets.length > 0) parts.push(t('options_summarySets', names(rule.sets)));
  if (rule.kind === 'keyword' && rule.requireSets.length > 0) parts.push(t('options_summaryRequireSets', names(rule.requireSets)));
  if (rule.kind === 'allow' && rule.unlessSets.length > 0) parts.push(t('options_summaryUnlessSets', names(rule.unlessSets)));
  return parts.join(' · ');
}
