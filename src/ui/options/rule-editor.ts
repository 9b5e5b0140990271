/**
 * The form for one rule of any kind: the fields that kind has, validated as the user types by
 * `validateRuleDraft`. Only a rule that passed it can be saved; an invalid rule never leaves this form.
 */
import type { KeywordSet, Rule, RuleKind } from '@/src/engine/rule-schema';
import { formatScore } from '@/src/ui/describe-reason';
import { nameOf, t, type MessageKey } from '@/src/ui/i18n';
import { checkboxField, choicesField, linesField, numberField, textField, type Field } from '@/src/ui/options/form-fields';
import { createValidatedForm, type ValidatedForm } from '@/src/ui/options/validated-form';
import { validateRuleDraft } from '@/src/ui/options/validate-rule-draft';

export const KIND_LABELS: Record<RuleKind, MessageKey> = {
  keyword: 'options_kindKeyword',
  regex: 'options_kindRegex',
  allow: 'options_kindAllow',
  site: 'options_kindSite',
};

export interface RuleEditorOptions {
  rule: Rule;
  isNew: boolean;
  /** Keyword sets a rule may reference (default and user sets). */
  keywordSets: readonly KeywordSet[];
  /** The score at which items are collapsed at the current sensitivity, for the weight's hint. */
  threshold: number;
  onSave(rule: Rule): Promise<boolean>;
  onCancel(): void;
}

export function createRuleEditor(options: RuleEditorOptions): ValidatedForm {
  const { rule } = options;
  const form = createValidatedForm<Rule>({
    heading: t(options.isNew ? 'options_editorNew' : 'options_editorEdit', t(KIND_LABELS[rule.kind])),
    className: 'rule-editor',
    fixedValues: { kind: rule.kind, id: rule.id },
    optionalKeys: ['titleSelector', 'summarySelector'],
    buildFields: (onInput) => buildRuleFields(rule, options, onInput),
    validate: (draft) => {
      const check = validateRuleDraft(draft, options.keywordSets);
      return { value: check.rule, errors: check.errors };
    },
    onSave: options.onSave,
    onCancel: options.onCancel,
  });
  form.element.dataset.kind = rule.kind;
  return form;
}

function buildRuleFields(
  rule: Rule,
  { keywordSets, threshold }: RuleEditorOptions,
  onInput: (key: string) => () => void,
): Field<unknown>[] {
  const fields: Field<unknown>[] = [];
  const add = <T>(field: Field<T>) => void fields.push(field as Field<unknown>);
  const setChoices = keywordSets.map((set) => ({ value: set.id, label: nameOf(set) }));
  const weightField = (min: number, label: MessageKey, weight: number) =>
    numberField({ key: 'weight', label: t(label), hint: t('options_hintWeight', formatScore(threshold)), value: weight, min, max: 100, step: 0.5, onInput: onInput('weight') });
  const termsField = (terms: readonly string[]) =>
    linesField({ key: 'terms', label: t('options_fieldTerms'), hint: t('options_hintTerms'), value: terms, rows: 5, onInput: onInput('terms') });
  const setsField = (key: 'sets' | 'requireSets' | 'unlessSets', label: MessageKey, value: readonly string[]) =>
    choicesField({ key, label: t(label), value, choices: setChoices, empty: t('options_noKeywordSets'), onInput: onInput(key) });
  const selectorsField = (key: string, label: MessageKey, value: readonly string[], hint?: MessageKey) =>
    linesField({ key, label: t(label), ...(hint === undefined ? {} : { hint: t(hint) }), value, rows: 3, onInput: onInput(key) });

  add(textField({ key: 'name', label: t('options_fieldName'), value: rule.name, onInput: onInput('name') }));
  add(
    linesField({
      key: 'hosts',
      label: t('options_fieldHosts'),
      hint: t(rule.kind === 'site' ? 'options_hintSiteHosts' : 'options_hintHosts'),
      value: rule.hosts,
      rows: 2,
      onInput: onInput('hosts'),
    }),
  );
  switch (rule.kind) {
    case 'keyword':
      add(termsField(rule.terms));
      add(setsField('sets', 'options_fieldSets', rule.sets));
      add(setsField('requireSets', 'options_fieldRequireSets', rule.requireSets));
      add(weightField(-100, 'options_fieldWeight', rule.weight));
      break;
    case 'allow':
      add(termsField(rule.terms));
      add(setsField('sets', 'options_fieldSets', rule.sets));
      add(weightField(0, 'options_fieldAllowWeight', rule.weight));
      add(setsField('unlessSets', 'options_fieldUnlessSets', rule.unlessSets));
      add(checkboxField({ key: 'alwaysShow', label: t('options_fieldAlwaysShow'), value: rule.alwaysShow, onInput: onInput('alwaysShow') }));
      break;
    case 'regex':
      add(textField({ key: 'pattern', label: t('options_fieldPattern'), hint: t('options_hintPattern'), value: rule.pattern, onInput: onInput('pattern') }));
      add(checkboxField({ key: 'ignoreCase', label: t('options_fieldIgnoreCase'), value: rule.ignoreCase, onInput: onInput('ignoreCase') }));
      add(
        checkboxField({ key: 'matchNormalized', label: t('options_fieldMatchNormalized'), value: rule.matchNormalized, onInput: onInput('matchNormalized') }),
      );
      add(weightField(-100, 'options_fieldWeight', rule.weight));
      break;
    case 'site':
      add(selectorsField('itemSelectors', 'options_fieldItemSelectors', rule.itemSelectors, 'options_hintItemSelectors'));
      add(textField({ key: 'titleSelector', label: t('options_fieldTitleSelector'), value: rule.titleSelector ?? '', onInput: onInput('titleSelector') }));
      add(
        textField({ key: 'summarySelector', label: t('options_fieldSummarySelector'), value: rule.summarySelector ?? '', onInput: onInput('summarySelector') }),
      );
      add(selectorsField('hideSelectors', 'options_fieldHideSelectors', rule.hideSelectors, 'options_hintHideSelectors'));
      add(selectorsField('exceptSelectors', 'options_fieldExceptSelectors', rule.exceptSelectors));
      add(checkboxField({ key: 'judgeItems', label: t('options_fieldJudgeItems'), value: rule.judgeItems, onInput: onInput('judgeItems') }));
      break;
  }
  add(checkboxField({ key: 'enabled', label: t('options_fieldEnabled'), value: rule.enabled, onInput: onInput('enabled') }));
  return fields;
}
