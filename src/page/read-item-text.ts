/**
 * The text of an item as a reader sees it: `textContent` without the text of scripts, style sheets and `noscript`
 * fallbacks (a page can hide spam words there; they are not list text), nor the pronunciation written over ruby text
 * (開<rt>ㄎㄞ</rt>掛<rt>ㄍㄨㄚˋ</rt> reads 開掛), whitespace collapsed. `textContent` needs no layout, so reading text
 * never forces the page to lay out (`innerText` would).
 */
import { isOwnNode } from '@/src/page/own-nodes';

export const NON_TEXT_SELECTOR = 'script, style, noscript, template, rt, rp';
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'rt', 'rp']);
const NOTHING_SKIPPED: ReadonlySet<Element> = new Set();

/** Longer text is cut before it reaches the engine: no item is that long, and the engine's cost stays bounded. */
export const MAX_TEXT_LENGTH = 2_000;

/** Whitespace that `normalizeSpace` would change inside a text: a run, or a character other than a plain space. */
const UNTIDY_SPACE = /\s\s|[^\S ]/;

export function normalizeSpace(text: string): string {
  // Most link and item texts are tidy already but for their edges: testing is cheaper than replacing (which always
  // builds a new string), and this runs several times per item on every page. `trim` returns the text itself when
  // it has no edge to cut.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

export function readVisibleText(element: Element): string {
  if (NON_TEXT_TAGS.has(element.localName)) return '';
  const raw =
    element.querySelector(NON_TEXT_SELECTOR) === null ? (element.textContent ?? '') : readTextSkipping(element);
  return boundedText(raw);
}

/**
 * The visible text of `element` without the text of `skipped` elements inside it (the replies under a comment): one
 * walk over the tree, whatever their number, and the comment's own words even where a reply repeats them.
 */
export function readVisibleTextOutside(element: Element, skipped: ReadonlySet<Element>): string {
  return NON_TEXT_TAGS.has(element.localName) ? '' : boundedText(readTextSkipping(element, skipped));
}

/** Drawn, not said: a component's icons and media are no words (an icon's `<title>`, a chart's labels). */
const DRAWN_TAGS: ReadonlySet<string> = new Set(['svg', 'math', 'canvas', 'video', 'audio', 'object']);

/**
 * The text a component shows: its shadow tree in place of its children, slots filled with what is assigned to them
 * (or their own fallback), nested components read the same way (`<bili-comment-renderer>` > `<bili-rich-text>` >
 * `#contents`); scripts and style sheets skipped, and the elements `enter` turns away (entries of their own inside
 * it), with their subtrees. Open shadow roots only: a closed one is out of reach.
 */
export function readComposedText(element: Element, enter: (element: Element) => boolean): string {
  const parts: string[] = [];
  let budget = MAX_TEXT_LENGTH * 2;
  const visitNode = (node: Node): void => {
    if (budget <= 0) return;
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      budget -= (node as Text).data.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (NON_TEXT_TAGS.has(child.localName) || DRAWN_TAGS.has(child.localName) || isOwnNode(child) || !enter(child)) return;
    const assigned = child.localName === 'slot' ? (child as HTMLSlotElement).assignedNodes() : [];
    if (assigned.length > 0) assigned.forEach(visitNode);
    else visitChildren(child);
  };
  const visitChildren = (parent: Element): void => (parent.shadowRoot ?? parent).childNodes.forEach(visitNode);
  visitChildren(element);
  return boundedText(parts.join(''));
}

function boundedText(raw: string): string {
  return normalizeSpace(raw.length > MAX_TEXT_LENGTH * 2 ? raw.slice(0, MAX_TEXT_LENGTH * 2) : raw).slice(0, MAX_TEXT_LENGTH);
}

function readTextSkipping(root: Element, skipped = NOTHING_SKIPPED): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && (NON_TEXT_TAGS.has((node as Element).localName) || skipped.has(node as Element))
        ? 2 /* FILTER_REJECT: skip the subtree */
        : 1 /* FILTER_ACCEPT */,
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 3) parts.push((node as Text).data);
  }
  return parts.join('');
}

/** `full` without the first occurrence of `part`. */
export function removeFirst(full: string, part: string): string {
  if (part === '') return full;
  const index = full.indexOf(part);
  if (index === -1) return full;
  const before = full.slice(0, index);
  const after = full.slice(index + part.length);
  // Joined with a space only between two parts: the usual part is a title at the start, and the rest needs no copy.
  return normalizeSpace(before === '' ? after : after === '' ? before : `${before} ${after}`);
}

/** `full` without the last occurrence of `part`, spaces tidied. */
export function removeLast(full: string, part: string): string {
  if (part === '') return full;
  const index = full.lastIndexOf(part);
  if (index === -1) return full;
  return normalizeSpace(`${full.slice(0, index)} ${full.slice(index + part.length)}`);
}
