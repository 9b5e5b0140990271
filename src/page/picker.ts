/**
 * The element picker, in-page part. Started from the popup (`page/start-picker` with the session id the background
 * issued): the element under the pointer is outlined (snapped to the list item that holds it, when there is one),
 * a click picks it, and a small panel offers 判断这类条目 (a site rule whose item selector names items like it) or
 * 始终隐藏这个区块 (a site rule that always hides it). The chosen rule goes to the background as
 * `picker/save-rule`, which accepts it only within that session. Esc or 取消 ends the picker; nothing is saved.
 *
 * The overlay is ours (`<jingdu-picker>`, shadow DOM, text only); while picking, the page gets no clicks.
 */
import type { Rule } from '@/src/engine/rule-schema';
import type { CommandResult } from '@/src/messages';
import { findItemHead } from '@/src/page/find-list-items';
import { OWN_ATTRIBUTE, PICKER_TAG } from '@/src/page/own-nodes';
import type { Translate } from '@/src/page/translate';

export interface PickerOptions {
  document: Document;
  host: string;
  sessionId: string;
  translate: Translate;
  language: string;
  /** Sends the rule to the background and resolves with its answer. */
  saveRule(sessionId: string, rule: Rule): Promise<CommandResult<unknown> | undefined>;
  /** Registers a listener that is removed when the picker ends or the extension context goes away. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void): () => void;
  setTimeout(callback: () => void, delay: number): number;
}

export interface Picker {
  stop(): void;
}

const PICKER_STYLE = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; box-sizing: border-box; border: 2px solid #d93025;
  background: rgba(217, 48, 37, .12); border-radius: 2px; display: none; z-index: 1; }
.panel { position: fixed; right: 16px; bottom: 16px; max-width: min(420px, calc(100vw - 32px)); box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #222; box-shadow: 0 4px 18px rgba(0,0,0,.25);
  font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  pointer-events: auto; z-index: 2; }
.selector { display: block; margin: 4px 0 8px; font: 12px/1.4 ui-monospace, monospace; color: #555; word-break: break-all; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; padding: 3px 10px; border: 1px solid #bbb; border-radius: 4px; background: #f6f6f6; color: #222; cursor: pointer; }
button.primary { background: #1d6fd1; border-color: #1d6fd1; color: #fff; }
button:focus-visible { outline: 2px solid #1d6fd1; outline-offset: 2px; }
[hidden] { display: none !important; }
`;

export function startPicker(options: PickerOptions): Picker {
  const { document, translate } = options;
  const overlay = document.createElement(PICKER_TAG);
  overlay.setAttribute(OWN_ATTRIBUTE, '');
  overlay.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; ' +
      'pointer-events: none !important; display: block !important;',
  );
  const shadow = overlay.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PICKER_STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', translate('page_pickerLabel'));
  panel.setAttribute('lang', options.language);
  const message = document.createElement('p');
  message.style.margin = '0';
  message.setAttribute('role', 'status');
  message.textContent = translate('page_pickerHint');
  const selectorLine = document.createElement('code');
  selectorLine.className = 'selector';
  selectorLine.hidden = true;
  const actions = document.createElement('div');
  actions.className = 'actions';
  const judgeButton = button(document, translate('page_pickerJudgeItems'), 'primary');
  const hideButton = button(document, translate('page_pickerHideBlock'), '');
  const cancelButton = button(document, translate('page_pickerCancel'), '');
  judgeButton.hidden = true;
  hideButton.hidden = true;
  actions.append(judgeButton, hideButton, cancelButton);
  panel.append(message, selectorLine, actions);
  shadow.append(style, box, panel);
  document.documentElement.append(overlay);

  const removers: (() => void)[] = [];
  let picked: { element: Element; itemSelector: string | null; blockSelector: string } | undefined;
  let isStopped = false;

  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    for (const remove of removers) remove();
    overlay.remove();
  };

  const outline = (element: Element | null) => {
    if (element === null) {
      box.style.display = 'none';
      return;
    }
    const rect = element.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
  };

  const isOurs = (event: Event) => event.composedPath().includes(overlay);

  const onMove = (event: Event) => {
    if (picked !== undefined || isOurs(event)) return;
    const target = pickTarget(event.target);
    outline(target);
  };

  const onClick = (event: Event) => {
    if (isOurs(event)) return;
    event.preventDefault();
    event.stopPropagation();
    if (picked !== undefined) return;
    const target = pickTarget(event.target);
    if (target === null) return;
    const head = findItemHead(target);
    const itemSelector = head !== null ? selectorFor(head, false) : null;
    const blockSelector = selectorFor(target, true);
    picked = { element: target, itemSelector, blockSelector };
    outline(target);
    const shown = itemSelector ?? blockSelector;
    selectorLine.textContent = shown;
    selectorLine.hidden = false;
    message.textContent = translate('page_pickerMatches', String(countMatches(document, shown)), target.localName);
    judgeButton.hidden = itemSelector === null;
    hideButton.hidden = false;
    (itemSelector === null ? hideButton : judgeButton).focus();
  };

  const onKey = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stop();
    }
  };

  // Pointer events the page would act on are swallowed while picking.
  const swallow = (event: Event) => {
    if (isOurs(event)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  removers.push(
    options.listen(document, 'mousemove', onMove),
    options.listen(document, 'click', onClick),
    options.listen(document, 'mousedown', swallow),
    options.listen(document, 'mouseup', swallow),
    options.listen(document, 'pointerdown', swallow),
    options.listen(document, 'keydown', onKey),
  );

  const save = async (kind: 'items' | 'block') => {
    if (picked === undefined) return;
    const selector = kind === 'items' ? picked.itemSelector : picked.blockSelector;
    if (selector === null) return;
    judgeButton.disabled = true;
    hideButton.disabled = true;
    const rule: Rule = {
      kind: 'site',
      id: `picked:${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`,
      name: translate('page_pickerRuleName', options.host || 'page').slice(0, 200),
      enabled: true,
      hosts: [options.host],
      itemSelectors: kind === 'items' ? [selector] : [],
      hideSelectors: kind === 'block' ? [selector] : [],
      exceptSelectors: [],
      judgeItems: true,
    };
    let answer: CommandResult<unknown> | undefined;
    try {
      answer = await options.saveRule(options.sessionId, rule);
    } catch (error) {
      answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    if (isStopped) return;
    if (answer?.ok === true) {
      message.textContent = translate('page_pickerSaved');
      options.setTimeout(stop, 1_200);
    } else {
      message.textContent = translate('page_pickerFailed', answer?.ok === false ? answer.error : '—');
      judgeButton.disabled = false;
      hideButton.disabled = false;
    }
  };

  judgeButton.addEventListener('click', () => void save('items'));
  hideButton.addEventListener('click', () => void save('block'));
  cancelButton.addEventListener('click', stop);
  panel.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') stop();
  });

  return { stop };
}

function button(document: Document, text: string, className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = text;
  if (className !== '') element.className = className;
  return element;
}

function pickTarget(target: EventTarget | null): Element | null {
  if (target === null || !(target as Node).nodeType) return null;
  let element: Element | null = (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
  if (element === null) return null;
  if (element.localName === 'html' || element.localName === 'body') return null;
  const head = findItemHead(element);
  if (head !== null) element = head;
  return element;
}

function countMatches(document: Document, selector: string): number {
  try {
    return document.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

const STABLE_ID = /^[A-Za-z][\w-]{0,40}$/;
const STABLE_CLASS = /^[A-Za-z][\w-]{0,40}$/;
const VOLATILE_CLASS = /(^|[-_])(on|cur|current|active|selected|hover|first|last|odd|even|open|show|hidden)$|\d{3,}|^[a-z]{1,2}\d|^css-|^sc-/i;

/**
 * A CSS selector for `element`: from the nearest ancestor with a stable id (or the body) down, tag and stable
 * classes per step. For items (`unique` false) the last step names all siblings alike; for a block, it is made
 * unique with `:nth-of-type` where needed.
 */
export function selectorFor(element: Element, unique: boolean): string {
  const document = element.ownerDocument;
  const steps: string[] = [];
  let current: Element | null = element;
  while (current !== null && steps.length < 5) {
    const id = current.id;
    if (id !== '' && STABLE_ID.test(id) && !/\d{3,}/.test(id)) {
      steps.unshift(`#${CSS.escape(id)}`);
      break;
    }
    if (current.localName === 'body' || current.localName === 'html') break;
    steps.unshift(stepFor(current));
    current = current.parentElement;
  }
  let selector = steps.join(' > ');
  if (!unique) return selector;
  if (countMatches(document, selector) > 1 && element.parentElement !== null) {
    const sameType = [...element.parentElement.children].filter((child) => child.localName === element.localName);
    selector += `:nth-of-type(${sameType.indexOf(element) + 1})`;
  }
  return selector;
}

function stepFor(element: Element): string {
  const classes = [...element.classList].filter((name) => STABLE_CLASS.test(name) && !VOLATILE_CLASS.test(name)).slice(0, 2);
  return CSS.escape(element.localName) + classes.map((name) => `.${CSS.escape(name)}`).join('');
}
