/**
 * 导入 (import): our JSON format or uBlock Origin / AdGuard cosmetic filter lines, from a file or pasted text, merged
 * into the user's rules or replacing them. A preview says what would be added, changed, duplicated, removed and
 * rejected (with line numbers) before anything is written; a file that cannot be read, or an import that would leave
 * more rules than a list may hold, is refused with its problems and changes nothing. The background writes the import in one step and keeps what it replaced for 撤销 (undo).
 */
import { localizable } from '@/src/engine/localizable-text';
import type { KeywordSet, Rule } from '@/src/engine/rule-schema';
import { parseRuleFile, type ParsedRuleFile } from '@/src/rules-io/parse-rule-file';
import { localizeText } from '@/src/messages';
import { describeOverLimit, previewImport, type ImportMode, type ImportPreview } from '@/src/rules-io/preview-import';
import { describeRuleFileProblem } from '@/src/rules-io/rule-file-problem';
import { element, toNodes } from '@/src/ui/dom';
import { nameOf, t, type MessageKey } from '@/src/ui/i18n';
import { sendCommand } from '@/src/ui/send-command';
import type { OptionsContext } from '@/src/ui/options/options-context';
import { createUndoBar } from '@/src/ui/options/undo-bar';

const PREVIEW_DELAY_MS = 200;
const LISTED_NAMES = 50;

export function createImportSection(context: OptionsContext): HTMLElement {
  let fileName: string | undefined;
  let parsed: ParsedRuleFile | undefined;
  let preview: ImportPreview | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const fileInput = element('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,.txt,application/json,text/plain',
    'data-testid': 'import-file',
    onchange: () => void readChosenFile(),
  });
  const text = element('textarea', {
    id: 'import-text',
    rows: 8,
    spellcheck: 'false',
    'data-testid': 'import-text',
    placeholder: t('options_importPlaceholder'),
    oninput: () => {
      fileName = undefined;
      schedulePreview();
    },
  });
  const modeRadios = (['merge', 'replace'] as const).map((mode) =>
    element('input', {
      type: 'radio',
      name: 'import-mode',
      id: `import-mode-${mode}`,
      value: mode,
      checked: mode === 'merge',
      'data-testid': `import-mode-${mode}`,
      onchange: () => updatePreview(),
    }),
  );
  const previewRegion = element('div', { class: 'import-preview', role: 'status', 'aria-live': 'polite', 'data-testid': 'import-preview' });
  const importButton = element(
    'button',
    { type: 'button', class: 'primary', disabled: true, 'data-testid': 'import-confirm', onclick: () => void runImport() },
    t('options_importConfirm'),
  );

  function mode(): ImportMode {
    return modeRadios.find((radio) => radio.checked)?.value === 'replace' ? 'replace' : 'merge';
  }

  async function readChosenFile(): Promise<void> {
    const file = fileInput.files?.[0];
    if (file === undefined) return;
    try {
      text.value = await file.text();
      fileName = file.name;
      updatePreview();
    } catch (error) {
      context.status.show(t('options_importFileUnreadable', String(error)), { error: true });
    }
  }

  function schedulePreview(): void {
    clearTimeout(timer);
    timer = setTimeout(updatePreview, PREVIEW_DELAY_MS);
  }

  function updatePreview(): void {
    clearTimeout(timer);
    const content = text.value;
    if (content.trim() === '') {
      parsed = undefined;
      preview = undefined;
      previewRegion.replaceChildren();
      importButton.disabled = true;
      return;
    }
    parsed = parseRuleFile(content, fileName === undefined ? {} : { fileName });
    preview = parsed.ok ? previewImport(context.state.userRules, parsed.list, mode()) : undefined;
    renderPreview();
  }

  function renderPreview(): void {
    if (parsed === undefined) return;
    if (!parsed.ok) return renderRefused(parsed.problems.map((problem) => localizeText(describeRuleFileProblem(problem))));
    const changes = preview!;
    if (changes.overLimit !== undefined) return renderRefused([localizeText(describeOverLimit(changes.overLimit))]);
    const isEmpty = parsed.list.rules.length === 0 && parsed.list.keywordSets.length === 0;
    const changesSomething =
      !isEmpty &&
      [changes, changes.keywordSets].some(
        (part) => part.added.length + part.changed.length + part.removed.length > 0,
      );
    importButton.disabled = !changesSomething;
    replaceChildren(
      previewRegion,
      element('p', {}, t(parsed.format === 'json' ? 'options_importFormatJson' : 'options_importFormatFilters')),
      element(
        'p',
        { class: 'import-summary', 'data-testid': 'import-summary' },
        t('options_importSummary', [
          String(changes.added.length + changes.keywordSets.added.length),
          String(changes.changed.length + changes.keywordSets.changed.length),
          String(changes.duplicated.length + changes.keywordSets.duplicated.length),
          String(changes.removed.length + changes.keywordSets.removed.length),
          String(parsed.rejectedCount),
        ]),
      ),
      isEmpty ? element('p', { class: 'import-refused' }, t('options_importNothing')) : null,
      !isEmpty && !changesSomething ? element('p', {}, t('options_importNoChange')) : null,
      renderNames('options_importAdded', [...changes.added, ...changes.keywordSets.added]),
      renderNames('options_importChanged', [
        ...changes.changed.map((change) => change.after),
        ...changes.keywordSets.changed.map((change) => change.after),
      ]),
      renderNames('options_importDuplicated', [...changes.duplicated, ...changes.keywordSets.duplicated]),
      renderNames('options_importRemoved', [...changes.removed, ...changes.keywordSets.removed]),
      parsed.rejected.length === 0
        ? null
        : element(
            'div',
            { class: 'rejected-lines' },
            element('h3', {}, t('options_importRejected', String(parsed.rejectedCount))),
            element(
              'ul',
              { 'data-testid': 'import-rejected' },
              ...parsed.rejected.map((line) =>
                element(
                  'li',
                  { 'data-line': line.line },
                  localizeText(localizable('options_errorAtLine', String(line.line), line.reason)),
                  ' ',
                  element('code', {}, line.text),
                ),
              ),
            ),
          ),
    );
  }

  function renderRefused(problems: string[]): void {
    importButton.disabled = true;
    previewRegion.replaceChildren(
      element('p', { class: 'import-refused', 'data-testid': 'import-refused' }, t('options_importRefused')),
      element('ul', { class: 'problems' }, ...problems.map((problem) => element('li', {}, problem))),
    );
  }

  async function runImport(): Promise<void> {
    if (parsed === undefined || !parsed.ok || preview === undefined) return;
    const counts = [
      String(preview.added.length + preview.keywordSets.added.length),
      String(preview.changed.length + preview.keywordSets.changed.length),
      String(preview.removed.length + preview.keywordSets.removed.length),
    ];
    importButton.disabled = true;
    const result = await context.run(
      { type: 'rules/import', list: parsed.list, mode: mode() },
      {
        done: t('options_imported', counts),
        undo: () => sendCommand({ type: 'rules/undo' }),
        undone: t('options_importUndone'),
      },
    );
    if (!result.ok) {
      importButton.disabled = false;
      return;
    }
    text.value = '';
    fileInput.value = '';
    fileName = undefined;
    updatePreview();
  }

  context.onState(() => {
    if (parsed?.ok === true) updatePreview();
  });

  return element(
    'section',
    { id: 'import', class: 'card', 'aria-labelledby': 'import-heading' },
    element('h2', { id: 'import-heading', tabindex: '-1' }, t('options_importHeading')),
    element('p', { class: 'section-intro' }, t('options_importIntro')),
    element('div', { class: 'field' }, element('label', { for: 'import-file' }, t('options_importFile')), fileInput),
    element('div', { class: 'field' }, element('label', { for: 'import-text' }, t('options_importText')), text),
    element(
      'fieldset',
      { class: 'field field-choices' },
      element('legend', {}, t('options_importMode')),
      ...modeRadios.map((radio) =>
        element(
          'div',
          { class: 'field-checkbox' },
          radio,
          element('label', { for: radio.id }, t(radio.value === 'merge' ? 'options_importMerge' : 'options_importReplace')),
        ),
      ),
    ),
    previewRegion,
    element('div', { class: 'form-actions' }, importButton),
    createUndoBar(context),
  );
}

function renderNames(label: MessageKey, items: readonly (Rule | KeywordSet)[]): HTMLElement | null {
  if (items.length === 0) return null;
  const listed = items.slice(0, LISTED_NAMES);
  return element(
    'details',
    { class: 'import-names' },
    element('summary', {}, t(label, String(items.length))),
    element(
      'ul',
      {},
      ...listed.map((item) => element('li', {}, nameOf(item))),
      items.length > listed.length ? element('li', {}, t('options_andMore', String(items.length - listed.length))) : null,
    ),
  );
}

function replaceChildren(parent: HTMLElement, ...children: (Node | null)[]): void {
  parent.replaceChildren(...toNodes(children));
}
