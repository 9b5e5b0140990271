/**
 * The options page: settings, every rule and keyword set, the rule tester, import, export and reset. Sections are
 * built once and kept fresh from storage; every write goes to the background as a command (see options-context.ts).
 *
 *   storage ──watchRuleState──▶ context.setState ──▶ each section's onState
 *   section ──context.run(command)──▶ background ──▶ storage ──▶ (back round the loop)
 */
import { loadRuleState, watchRuleState } from '@/src/storage/rule-state';
import { element } from '@/src/ui/dom';
import { applyDocumentLanguage, t, type MessageKey } from '@/src/ui/i18n';
import { showStartFailure } from '@/src/ui/show-start-failure';
import { createStatusLine } from '@/src/ui/status-line';
import { createCorruptBackupNotice } from '@/src/ui/options/corrupt-backup-notice';
import { createDefaultsNotice } from '@/src/ui/options/defaults-notice';
import { createExportSection } from '@/src/ui/options/export-section';
import { createImportSection } from '@/src/ui/options/import-section';
import { createKeywordSetsSection } from '@/src/ui/options/keyword-sets-section';
import { createOptionsContext } from '@/src/ui/options/options-context';
import { createResetSection } from '@/src/ui/options/reset-section';
import { createRulesSection } from '@/src/ui/options/rules-section';
import { createSettingsSection } from '@/src/ui/options/settings-section';
import { createTesterSection } from '@/src/ui/options/tester-section';

const SECTIONS: [id: string, label: MessageKey][] = [
  ['settings', 'options_settingsHeading'],
  ['rules', 'options_rulesHeading'],
  ['keyword-sets', 'options_setsHeading'],
  ['tester', 'options_testerHeading'],
  ['import', 'options_importHeading'],
  ['export', 'options_exportHeading'],
  ['reset', 'options_resetHeading'],
];

export function startOptions(root: HTMLElement): Promise<void> {
  return showStartFailure(root, () => buildOptions(root));
}

async function buildOptions(root: HTMLElement): Promise<void> {
  applyDocumentLanguage(document);
  document.title = t('options_title');
  const status = createStatusLine('status-line options-status');
  const context = createOptionsContext(await loadRuleState(), status);
  // Focusable from code only: where focus goes when a notice it was in goes away.
  const title = element('h1', { tabindex: '-1' }, t('options_title'));

  root.replaceChildren(
    element(
      'header',
      { class: 'options-header' },
      title,
      element(
        'nav',
        { 'aria-label': t('options_navLabel') },
        element('ul', {}, ...SECTIONS.map(([id, label]) => element('li', {}, element('a', { href: `#${id}` }, t(label))))),
      ),
    ),
    createCorruptBackupNotice(),
    createDefaultsNotice(context, () => title.focus()),
    createSettingsSection(context),
    createRulesSection(context),
    createKeywordSetsSection(context),
    createTesterSection(context),
    createImportSection(context),
    createExportSection(context),
    createResetSection(context),
    status.element,
  );
  watchRuleState((state) => context.setState(state));
}
