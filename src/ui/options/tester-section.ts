/**
 * 规则测试 (rule tester): paste a headline, see at once what the engine would say on a page: the verdict, the score
 * against the threshold, and every reason. Runs the same compiled rules and classifier the content script runs, on
 * the saved rules (an open, unsaved edit does not count yet).
 *
 * The engine half (create-test-judge.ts) is imported when the user first types a headline, not with the page: most
 * visits never test one. Once loaded, every answer is synchronous.
 */
import { describeError } from '@/src/ui/describe-error';
import { formatScore, renderReasons } from '@/src/ui/describe-reason';
import { element } from '@/src/ui/dom';
import { t } from '@/src/ui/i18n';
import type { TestJudge } from '@/src/ui/options/create-test-judge';
import type { OptionsContext } from '@/src/ui/options/options-context';

export function createTesterSection(context: OptionsContext): HTMLElement {
  let judge: TestJudge | undefined;
  let loading: Promise<void> | undefined;
  const title = element('textarea', { id: 'tester-title', rows: 2, 'data-testid': 'tester-title', oninput: () => render() });
  const summary = element('textarea', { id: 'tester-summary', rows: 2, oninput: () => render() });
  const host = element('input', {
    type: 'text',
    id: 'tester-host',
    placeholder: 'news.example.com',
    autocomplete: 'off',
    spellcheck: 'false',
    oninput: () => render(),
  });
  const result = element('div', { class: 'tester-result', role: 'status', 'aria-live': 'polite', 'data-testid': 'tester-result' });

  /** Loads the engine once, then renders what the fields hold by then; a failed load is shown and tried again later. */
  function loadJudge(): void {
    loading ??= import('@/src/ui/options/create-test-judge').then(
      ({ createTestJudge }) => {
        judge = createTestJudge();
        render();
      },
      (error: unknown) => {
        loading = undefined;
        result.replaceChildren(element('p', { class: 'field-error' }, t('ui_errorPrefix', describeError(error))));
      },
    );
  }

  function render(): void {
    const text = title.value.trim();
    if (text === '') {
      result.replaceChildren(element('p', { class: 'field-hint' }, t('options_testerEmpty')));
      return;
    }
    if (judge === undefined) return loadJudge();
    const summaryText = summary.value.trim();
    const verdict = judge(
      context.state,
      summaryText === '' ? { title: text } : { title: text, summary: summaryText },
      { host: host.value.trim().toLowerCase(), sensitivity: context.state.settings.sensitivity },
    );
    result.replaceChildren(
      element(
        'p',
        { class: 'verdict-line', 'data-spam': verdict.spam, 'data-testid': 'tester-verdict' },
        t(verdict.spam ? 'options_testerSpam' : 'options_testerNotSpam'),
      ),
      element('p', { class: 'verdict-score' }, t('options_testerScore', [formatScore(verdict.score), formatScore(verdict.threshold)])),
      verdict.reasons.length === 0
        ? element('p', { class: 'field-hint' }, t('options_testerNoReasons'))
        : renderReasons(verdict.reasons),
    );
  }

  context.onState(() => render());
  render();

  return element(
    'section',
    { id: 'tester', class: 'card', 'aria-labelledby': 'tester-heading' },
    element('h2', { id: 'tester-heading', tabindex: '-1' }, t('options_testerHeading')),
    element('p', { class: 'section-intro' }, t('options_testerIntro')),
    element('div', { class: 'field' }, element('label', { for: 'tester-title' }, t('options_testerTitle')), title),
    element('div', { class: 'field' }, element('label', { for: 'tester-summary' }, t('options_testerSummary')), summary),
    element('div', { class: 'field' }, element('label', { for: 'tester-host' }, t('options_testerHost')), host),
    result,
  );
}
