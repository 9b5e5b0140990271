/**
 * The one-line placeholder that stands in for a run of collapsed items:
 *
 *   已折叠 3 条疑似垃圾信息 · 开挂、透视 · [显示]
 *
 * Its host is `<jingdu-placeholder>` with inline `all: initial !important` (inline !important beats every page
 * rule), and its content lives in a shadow root, so page styles cannot reach it and ours cannot leak out. Content is
 * text only (textContent, never markup). It names the reasons, never the spam text. The toggle is a real `<button>`
 * with `aria-expanded` and a label that says what it does; the line itself is a `role="note"` with a label.
 *
 * In a table the host sits in a row of our own (`<tr><td colspan=…>`), so the table stays valid.
 */
import type { Reason } from '@/src/engine/verdict';
import { OWN_ATTRIBUTE, PLACEHOLDER_TAG } from '@/src/page/own-nodes';
import type { Translate } from '@/src/page/translate';

export interface PlaceholderState {
  count: number;
  /** Reason words or names, already chosen and shortened (see `placeholderReasons`). */
  reasons: string[];
  revealed: boolean;
}

export interface Placeholder {
  /** The node inserted into the page: the host, or our table row around it. */
  readonly node: Element;
  readonly host: HTMLElement;
  update(state: PlaceholderState): void;
}

export interface PlaceholderOptions {
  document: Document;
  translate: Translate;
  language: string;
  /** The first collapsed element: decides inline or block display, and the table row wrapper. */
  before: Element;
  onToggle(): void;
}

const SHADOW_STYLE = `
:host { all: initial; }
.line {
  box-sizing: border-box; display: block; max-width: 100%;
  margin: 2px 0; padding: 2px 8px; border: 1px dashed rgba(128, 128, 128, .45); border-radius: 4px;
  background: rgba(128, 128, 128, .08); color: #6b6b6b;
  font: 12px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
  text-align: start; white-space: normal; letter-spacing: normal; word-break: normal;
}
.line.inline { display: inline-block; }
button {
  all: unset; cursor: pointer; color: #1d6fd1; text-decoration: underline; text-underline-offset: 2px;
  border-radius: 3px; padding: 0 2px;
}
button:hover { color: #0b4f9e; }
button:focus-visible { outline: 2px solid #1d6fd1; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .line { color: #a8a8a8; } button { color: #6ea8ff; } button:hover { color: #9cc3ff; }
}
`;

const INLINE_TAGS = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'u', 'small', 'font', 'label', 'time', 'cite']);

export function createPlaceholder(options: PlaceholderOptions): Placeholder {
  const { document, translate, before } = options;
  const isInline = INLINE_TAGS.has(before.localName);
  const host = document.createElement(PLACEHOLDER_TAG);
  host.setAttribute(OWN_ATTRIBUTE, '');
  // `all: initial` resets every property the page could set on the host; only the display is ours to choose.
  host.setAttribute('style', isInline ? INLINE_HOST_STYLE : BLOCK_HOST_STYLE);

  const root = host.attachShadow({ mode: 'open' });
  if (!adoptSharedStyle(root, document)) {
    const style = document.createElement('style');
    style.textContent = SHADOW_STYLE;
    root.append(style);
  }
  const line = document.createElement('div');
  line.className = isInline ? 'line inline' : 'line';
  line.setAttribute('role', 'note');
  line.setAttribute('lang', options.language);
  line.setAttribute('aria-label', translate('page_placeholderRegionLabel'));
  // One text node says it all ("已折叠 3 条疑似垃圾信息 · 开挂、透视 · "); the button follows.
  const text = document.createTextNode('');
  const button = document.createElement('button');
  button.type = 'button';
  line.append(text, button);
  root.append(line);

  // Our clicks and keys are ours: the page's delegated handlers (open the article, keyboard shortcuts) must not see
  // them, and a placeholder inside a link must not follow it.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    try {
      options.onToggle();
    } catch {
      // Never throw into the page.
    }
  });
  host.addEventListener('keydown', stopPropagation);

  const node = before.localName === 'tr' ? wrapInRow(document, host, before) : host;

  return {
    node,
    host,
    update({ count, reasons: reasonTexts, revealed }) {
      const countText = String(count);
      const reasonText = reasonTexts.join(translate('page_placeholderReasonSeparator'));
      const summary = translate('page_placeholderSummary', countText);
      text.data = reasonText === '' ? `${summary} · ` : `${summary} · ${reasonText} · `;
      button.textContent = translate(revealed ? 'page_placeholderHide' : 'page_placeholderShow');
      button.setAttribute('aria-expanded', String(revealed));
      button.setAttribute(
        'aria-label',
        translate(revealed ? 'page_placeholderHideLabel' : 'page_placeholderShowLabel', countText),
      );
      host.setAttribute('data-revealed', String(revealed));
      host.setAttribute('data-count', countText);
    },
  };
}

const BLOCK_HOST_STYLE = 'all: initial !important; display: block !important;';
const INLINE_HOST_STYLE = 'all: initial !important; display: inline-block !important;';

/** One constructed style sheet per document, shared by every placeholder in it (a `<style>` each costs more). */
const sharedSheets = new WeakMap<Document, CSSStyleSheet | null>();
const verifiedSheets = new WeakSet<CSSStyleSheet>();

function adoptSharedStyle(root: ShadowRoot, document: Document): boolean {
  let sheet = sharedSheets.get(document);
  if (sheet === null) return false;
  try {
    if (sheet === undefined) {
      const Sheet = (document.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      sheet = new Sheet();
      sheet.replaceSync(SHADOW_STYLE);
      sharedSheets.set(document, sheet);
    }
    root.adoptedStyleSheets = [sheet];
    // Whether adopting works is the same for every root of a document: check once (reading it back allocates).
    if (verifiedSheets.has(sheet)) return true;
    const isAdopted = root.adoptedStyleSheets.length === 1;
    if (isAdopted) verifiedSheets.add(sheet);
    return isAdopted;
  } catch {
    // Constructed sheets unavailable here (an old engine, a sandbox that cannot pass them): one <style> each.
    sharedSheets.set(document, null);
    return false;
  }
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}

function wrapInRow(document: Document, host: HTMLElement, row: Element): Element {
  const wrapperRow = document.createElement('tr');
  wrapperRow.setAttribute(OWN_ATTRIBUTE, '');
  const cell = document.createElement('td');
  let columns = 0;
  for (const child of row.children) {
    if (child.localName === 'td' || child.localName === 'th') columns += (child as HTMLTableCellElement).colSpan || 1;
  }
  cell.colSpan = Math.max(1, columns);
  cell.setAttribute('style', 'padding: 0 !important; border: none !important; background: none !important;');
  cell.append(host);
  wrapperRow.append(cell);
  return wrapperRow;
}

const MAX_REASON_LENGTH = 12;
const MAX_REASONS = 3;

/**
 * The words a placeholder names: the matched terms of the strongest keyword reasons (开挂、透视), else the reasons'
 * names (模板特征); at most three, each short. Never the item's own text: what a signal, the model or a regex quotes
 * from the item is replaced by the reason's name, and so is a keyword term nearly as long as the title.
 */
export function placeholderReasons(
  reasonLists: readonly (readonly Pick<Reason, 'source' | 'name' | 'terms' | 'delta'>[])[],
  title: string,
): string[] {
  const weights = new Map<string, number>();
  for (const reasons of reasonLists) {
    for (const reason of reasons) {
      if (reason.delta <= 0) continue;
      // Keyword terms are the rule list's own words; what signals, the model or a regex quote is the page's text.
      const usable = reason.source === 'keyword' ? reason.terms.filter((term) => isShortWord(term, title)) : [];
      const words = usable.length > 0 ? usable : [reason.name];
      for (const word of words) {
        const trimmed = word.trim();
        if (trimmed === '' || trimmed.length > 40) continue;
        weights.set(trimmed, (weights.get(trimmed) ?? 0) + reason.delta);
      }
    }
  }
  return [...weights.entries()]
    .sort((first, second) => second[1] - first[1])
    .slice(0, MAX_REASONS)
    .map(([word]) => word);
}

function isShortWord(term: string, title: string): boolean {
  const trimmed = term.trim();
  return trimmed !== '' && trimmed.length <= MAX_REASON_LENGTH && (title === '' || trimmed.length < title.length * 0.6);
}
