/**
 * Our one style rule, put into each document and open shadow root we guard, as early as possible (at
 * document_start the document has only its root element). Hiding is this rule plus an attribute on the element,
 * so hiding never touches a page element's own `style`, and restoring is removing the attribute.
 */
import { HIDDEN_ATTRIBUTE, OWN_ATTRIBUTE } from '@/src/page/own-nodes';

/**
 * In a cascade layer: a page's own `!important` rules (utility classes such as `.u-flex{display:flex!important}`) would
 * otherwise win over ours by coming later or by a stronger selector, and the item would stay in view. Important
 * declarations in a layer outrank every unlayered one, whatever its selector or place, and those of layers named later.
 */
const STYLE_TEXT = `@layer jingdu{[${HIDDEN_ATTRIBUTE}]{display:none!important}}`;

/** Puts our style element into `root` unless it is there; returns it (null when the document has no root yet). */
export function ensurePageStyle(root: Document | ShadowRoot, existing: HTMLStyleElement | undefined): HTMLStyleElement | null {
  const document = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
  const parent = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
  if (parent === null) return null;
  if (existing !== undefined && existing.isConnected && existing.getRootNode() === root) return existing;
  const style = existing ?? document.createElement('style');
  if (existing === undefined) {
    style.setAttribute(OWN_ATTRIBUTE, '');
    style.textContent = STYLE_TEXT;
  }
  // First in its tree: cascade layers rank by where they are first named, and for important declarations the first
  // named layer wins over a page's own layers.
  parent.insertBefore(style, parent.firstChild);
  return style;
}
