/**
 * The toolbar popup: the global switch, 在此网站暂停 (pause on this site), the items collapsed on the open tab with
 * their reasons, 显示 / 不是垃圾 per item, the element picker button and a link to the options page.
 *
 *   storage ──watchRuleState──▶ switches          popup ──sendCommand──▶ background (every write)
 *   tab's content script ◀──queryPage── popup    (status polled while the popup is open, so the count follows the page)
 *   (top frame, and each frame the badge counts items in: the background names them)
 */
import { browser } from 'wxt/browser';

import { localizeText, type BackgroundResult, type HiddenItemSummary, type PageStatus } from '@/src/messages';
import { loadRuleState, watchRuleState } from '@/src/storage/rule-state';
import type { Settings } from '@/src/storage/settings-schema';
import { createSwitch } from '@/src/ui/create-switch';
import { element } from '@/src/ui/dom';
import { applyDocumentLanguage, t } from '@/src/ui/i18n';
import { createAllowRule } from '@/src/ui/popup/create-allow-rule';
import { findTargetTab } from '@/src/ui/popup/find-target-tab';
import { isHostPaused } from '@/src/ui/popup/is-host-paused';
import { queryPage, type PageAnswer } from '@/src/ui/popup/query-page';
import { renderHiddenItems } from '@/src/ui/popup/render-hidden-items';
import { replaceKeepingFocus } from '@/src/ui/replace-keeping-focus';
import { sendCommand } from '@/src/ui/send-command';
import { showStartFailure } from '@/src/ui/show-start-failure';
import { createStatusLine } from '@/src/ui/status-line';

const POLL_INTERVAL_MS = 1_000;

type PageState = PageAnswer<PageStatus> | { kind: 'loading' } | { kind: 'no-tab' };

export function startPopup(root: HTMLElement): Promise<void> {
  return showStartFailure(root, () => buildPopup(root));
}

async function buildPopup(root: HTMLElement): Promise<void> {
  applyDocumentLanguage(document);
  document.title = t('popup_title');
  const target = await findTargetTab(location.search);
  let settings: Settings = (await loadRuleState()).settings;
  let page: PageState = target.tabId === undefined ? { kind: 'no-tab' } : { kind: 'loading' };
  let lastRendered = '';
  /** Where each listed item lives: items of frames are shown, and marked "not spam", in their own frame and host. */
  let itemFrames = new Map<string, { frameId: number; host: string }>();

  const status = createStatusLine();
  const closePopup = () => {
    if (!target.isNamedInUrl) window.close();
  };

  const globalSwitch = createSwitch({
    label: t('popup_enabled'),
    checked: settings.enabled,
    testId: 'global-switch',
    onToggle: async (enabled) => applied(await sendCommand({ type: 'settings/update', patch: { enabled } })),
  });
  const pauseSwitch = createSwitch({
    label: t('popup_pauseOnSite'),
    checked: false,
    testId: 'pause-switch',
    onToggle: async (paused) => {
      if (page.kind !== 'ok') return false;
      return applied(await sendCommand({ type: 'settings/set-host-paused', host: page.value.host, paused }));
    },
  });
  const hostLine = element('p', { class: 'site-host' });
  const summary = element('p', { class: 'site-summary', 'data-testid': 'hidden-count' });
  const list = element('div', { class: 'hidden-items-region' });
  const pickerButton = element(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'start-picker', onclick: () => void startPicker() },
    t('popup_startPicker'),
  );
  const optionsButton = element(
    'button',
    {
      type: 'button',
      class: 'link',
      'data-testid': 'open-options',
      onclick: () => void browser.runtime.openOptionsPage().then(closePopup, showError),
    },
    t('popup_openOptions'),
  );

  root.replaceChildren(
    element('header', { class: 'popup-header' }, element('h1', {}, t('extensionName')), globalSwitch.element),
    element(
      'section',
      { class: 'site', 'aria-labelledby': 'site-heading' },
      element('h2', { id: 'site-heading', class: 'visually-hidden' }, t('popup_siteHeading')),
      hostLine,
      pauseSwitch.element,
      summary,
      list,
    ),
    element('div', { class: 'popup-actions' }, pickerButton, optionsButton),
    status.element,
  );

  function applied(result: BackgroundResult): boolean {
    if (!result.ok) showError(localizeText(result.error));
    void refreshPage();
    return result.ok;
  }

  function showError(text: string): void {
    status.show(t('ui_errorPrefix', text), { error: true });
  }

  function render(): void {
    const key = JSON.stringify([settings.enabled, settings.pausedHosts, page]);
    if (key === lastRendered) return;
    lastRendered = key;
    globalSwitch.setChecked(settings.enabled);
    const pageStatus = page.kind === 'ok' ? page.value : undefined;
    pauseSwitch.setDisabled(pageStatus === undefined);
    pauseSwitch.setChecked(pageStatus !== undefined && isHostPaused(settings.pausedHosts, pageStatus.host));
    pickerButton.disabled = pageStatus === undefined || !settings.enabled;
    hostLine.textContent = pageStatus?.host ?? '';
    summary.textContent = describePage(page, settings);
    replaceKeepingFocus(
      list,
      ...(pageStatus !== undefined && pageStatus.hiddenItems.length > 0
        ? [renderHiddenItems(pageStatus.hiddenItems, { setRevealed, markNotSpam: (item) => void markNotSpam(item), frameHostOf })]
        : []),
    );
  }

  async function refreshPage(): Promise<void> {
    if (target.tabId === undefined) return;
    const tabId = target.tabId;
    const answer = await queryPage<PageStatus>(tabId, { type: 'page/get-status' });
    // A page without a host (about:blank, where Firefox runs content scripts too) is no web page to act on.
    if (answer.kind !== 'ok' || answer.value.host === '') {
      page = answer.kind === 'ok' ? { kind: 'unreachable' } : answer;
      return render();
    }
    const frames = [{ frameId: 0, status: answer.value }, ...(await frameStatuses(tabId))];
    itemFrames = new Map(frames.flatMap(({ frameId, status }) => status.hiddenItems.map((item) => [item.itemId, { frameId, host: status.host }])));
    page = { kind: 'ok', value: { ...answer.value, hiddenItems: frames.flatMap(({ status }) => status.hiddenItems) } };
    render();
  }

  /** The status of each other frame that has collapsed items (a news list in an iframe); frames that fail are left out. */
  async function frameStatuses(tabId: number): Promise<{ frameId: number; status: PageStatus }[]> {
    const frameIds = await sendCommand<number[]>({ type: 'tab/get-item-frames', tabId });
    if (!frameIds.ok || !Array.isArray(frameIds.value)) return [];
    const answers = await Promise.all(
      frameIds.value.map(async (frameId) => ({ frameId, answer: await queryPage<PageStatus>(tabId, { type: 'page/get-status' }, frameId) })),
    );
    return answers.flatMap(({ frameId, answer }) => (answer.kind === 'ok' ? [{ frameId, status: answer.value }] : []));
  }

  /** The frame an item is in and that frame's site: the top frame and the page's site unless a frame listed it. */
  function placeOf(item: HiddenItemSummary): { frameId: number; host: string } {
    return itemFrames.get(item.itemId) ?? { frameId: 0, host: page.kind === 'ok' ? page.value.host : '' };
  }

  function frameHostOf(item: HiddenItemSummary): string | undefined {
    const { frameId, host } = placeOf(item);
    return frameId !== 0 && page.kind === 'ok' && host !== page.value.host ? host : undefined;
  }

  function setRevealed(item: HiddenItemSummary, revealed: boolean): void {
    if (target.tabId === undefined) return;
    void queryPage(target.tabId, { type: 'page/set-item-revealed', itemId: item.itemId, revealed }, placeOf(item).frameId).then((answer) => {
      if (answer.kind === 'error') showError(answer.error);
      void refreshPage();
    });
  }

  async function markNotSpam(item: HiddenItemSummary): Promise<void> {
    if (page.kind !== 'ok' || target.tabId === undefined) return;
    const tabId = target.tabId;
    const { frameId, host } = placeOf(item);
    const rule = createAllowRule(item, host);
    if (rule === undefined) return showError(t('popup_errorNoTitle'));
    const result = await sendCommand({ type: 'rules/upsert', rules: [rule] });
    if (!result.ok) return showError(localizeText(result.error));
    await queryPage(tabId, { type: 'page/set-item-revealed', itemId: item.itemId, revealed: true }, frameId);
    status.show(t('popup_notSpamSaved'), {
      action: {
        label: t('ui_undo'),
        run: async () => {
          const undone = await sendCommand({ type: 'rules/delete', ids: [rule.id] });
          if (!undone.ok) return showError(localizeText(undone.error));
          await queryPage(tabId, { type: 'page/set-item-revealed', itemId: item.itemId, revealed: false }, frameId);
          status.show(t('popup_notSpamUndone'));
          void refreshPage();
        },
      },
    });
    void refreshPage();
  }

  async function startPicker(): Promise<void> {
    if (target.tabId === undefined) return;
    const result = await sendCommand({ type: 'picker/start', tabId: target.tabId });
    if (!result.ok) return showError(localizeText(result.error));
    status.show(t('popup_pickerStarted'));
    closePopup();
  }

  render();
  watchRuleState((state) => {
    settings = state.settings;
    render();
    void refreshPage();
  });
  await refreshPage();
  const poll = setInterval(() => void refreshPage(), POLL_INTERVAL_MS);
  addEventListener('pagehide', () => clearInterval(poll), { once: true });
}

function describePage(page: PageState, settings: Settings): string {
  switch (page.kind) {
    case 'loading':
      return t('popup_loading');
    case 'no-tab':
    case 'unreachable':
      return t('popup_pageUnreachable');
    case 'error':
      return t('ui_errorPrefix', page.error);
    case 'ok':
      if (!settings.enabled) return t('popup_disabledEverywhere');
      if (isHostPaused(settings.pausedHosts, page.value.host)) return t('popup_pausedHere');
      return page.value.hiddenItems.length === 0
        ? t('popup_noneHidden')
        : t('popup_hiddenCount', String(page.value.hiddenItems.length));
  }
}
