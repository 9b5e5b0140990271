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
import { displayName } from '@/src/engine/shipped-names';
import type { Reason } from '@/src/engine/verdict';
import { OWN_ATTRIBUTE, PLACEHOLDER_TAG } from '@/src/page/own-nodes';
import type { PageMessageKey, Translate } from '@/src/page/translate';

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
  const parts = placeholderParts(document, options.language, translate('page_placeholderRegionLabel'));
  const host = (isInline ? parts.inlineHost : parts.blockHost).cloneNode(false) as HTMLElement;

  const root = host.attachShadow({ mode: 'open' });
  if (!adoptSharedStyle(root, document)) {
    const style = document.createElement('style');
    style.textContent = SHADOW_STYLE;
    root.append(style);
  }
  const line = parts.line.cloneNode(true) as HTMLElement;
  if (isInline) line.className = 'line inline';
  // One text node says it all ("已折叠 3 条疑似垃圾信息 · 开挂、透视 · "); the button follows.
  const text = line.firstChild as Text;
  const button = line.lastChild as HTMLButtonElement;
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

  // What is shown now: each update writes only what changed (a run that grows changes its count and text only).
  let shownText = '';
  let shownCount = -1;
  let shownRevealed: boolean | undefined;
  return {
    node,
    host,
    update({ count, reasons: reasonTexts, revealed }) {
      const countText = String(count);
      const reasonText = reasonTexts.join(translate('page_placeholderReasonSeparator'));
      const summary = translate('page_placeholderSummary', countText);
      const lineText = reasonText === '' ? `${summary} · ` : `${summary} · ${reasonText} · `;
      if (lineText !== shownText) text.data = lineText;
      if (revealed !== shownRevealed) {
        button.textContent = translate(revealed ? 'page_placeholderHide' : 'page_placeholderShow');
        button.setAttribute('aria-expanded', String(revealed));
        host.setAttribute('data-revealed', String(revealed));
      }
      if (revealed !== shownRevealed || count !== shownCount) {
        button.setAttribute(
          'aria-label',
          translate(revealed ? 'page_placeholderHideLabel' : 'page_placeholderShowLabel', countText),
        );
      }
      if (count !== shownCount) host.setAttribute('data-count', countText);
      shownText = lineText;
      shownCount = count;
      shownRevealed = revealed;
    },
  };
}

/** A placeholder's host and line, built once per document and cloned for each placeholder (fewer calls than building). */
interface PlaceholderParts {
  language: string;
  label: string;
  blockHost: HTMLElement;
  inlineHost: HTMLElement;
  line: HTMLElement;
}

const partsByDocument = new WeakMap<Document, PlaceholderParts>();

function placeholderParts(document: Document, language: string, label: string): PlaceholderParts {
  const known = partsByDocument.get(document);
  if (known !== undefined && known.language === language && known.label === label) return known;
  const blockHost = document.createElement(PLACEHOLDER_TAG);
  blockHost.setAttribute(OWN_ATTRIBUTE, '');
  // `all: initial` resets every property the page could set on the host; only the display is ours to choose. (A
  // clone copies the parsed declarations instead of parsing them again.)
  const inlineHost = blockHost.cloneNode(false) as HTMLElement;
  blockHost.setAttribute('style', BLOCK_HOST_STYLE);
  inlineHost.setAttribute('style', INLINE_HOST_STYLE);
  const line = document.createElement('div');
  line.className = 'line';
  line.setAttribute('role', 'note');
  line.setAttribute('lang', language);
  line.setAttribute('aria-label', label);
  const button = document.createElement('button');
  button.type = 'button';
  line.append(document.createTextNode(''), button);
  const parts = { language, label, blockHost, inlineHost, line };
  partsByDocument.set(document, parts);
  return parts;
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
 * names (外挂推广模板, a shipped name in the page's language: `translate`); at most three, each short. Never the item's
 * own text: what a signal, the model or a regex quotes from the item is replaced by the reason's name, and so is a
 * keyword term nearly as long as the title.
 */
export function placeholderReasons(
  reasonLists: readonly (readonly Pick<Reason, 'source' | 'id' | 'name' | 'terms' | 'delta'>[])[],
  title: string,
  translate: Translate,
): string[] {
  // Every shipped item has its `name_…` page message (test/unit/engine/shipped-names.test.ts).
  const translateName = (key: string) => translate(key as PageMessageKey);
  const weights = new Map<string, number>();
  for (const reasons of reasonLists) {
    for (const reason of reasons) {
      if (reason.delta <= 0) continue;
      // Keyword terms are the rule list's own words; what signals, the model or a regex quote is the page's text.
      let isNamedByTerms = false;
      if (reason.source === 'keyword') {
        for (const term of reason.terms) {
          if (!isShortWord(term, title)) continue;
          isNamedByTerms = true;
          addWeight(weights, term, reason.delta);
        }
      }
      if (!isNamedByTerms) addWeight(weights, displayName(reason, translateName) || reason.name, reason.delta);
    }
  }
  // The heaviest words, the first named first among equals. (Picked in one pass, without sorting a copy of every
  // entry: this runs for every placeholder, mostly before the engine has optimised it, and 300 such first calls took
  // about half as long in Chromium.)
  const strongest: [word: string, weight: number][] = [];
  for (const entry of weights) {
    let index = strongest.length;
    while (index > 0 && entry[1] > strongest[index - 1]![1]) index -= 1;
    if (index < MAX_REASONS) {
      strongest.splice(index, 0, entry);
      if (strongest.length > MAX_REASONS) strongest.pop();
    }
  }
  return strongest.map(([word]) => word);
}

/** Invisible characters, and then spaces between Chinese characters: a page's disguise, not part of the word shown. */
const INVISIBLE = /\p{Cf}+/gu;
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** What either replacement or the trim could change: without it (most terms) the word is kept as it is. */
const SPACE_OR_INVISIBLE = /[\s\p{Cf}]/u;

function addWeight(weights: Map<string, number>, word: string, delta: number): void {
  const trimmed = SPACE_OR_INVISIBLE.test(word) ? word.replace(INVISIBLE, '').replace(SPACE_BETWEEN_HAN, '').trim() : word;
  if (trimmed === '' || trimmed.length > 40) return;
  weights.set(trimmed, (weights.get(trimmed) ?? 0) + delta);
}

function isShortWord(term: string, title: string): boolean {
  const trimmed = term.trim();
  return trimmed !== '' && trimmed.length <= MAX_REASON_LENGTH && (title === '' || trimmed.length < title.length * 0.6);
}
