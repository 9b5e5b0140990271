/**
 * The marks the page guard leaves in a page, and how to recognise its own nodes. Everything the guard adds is one
 * of these, so "restore exactly" means: remove these attributes, remove these nodes, and nothing else.
 */

/** On a page element: hidden by us (`display: none !important` through our style sheet). */
export const HIDDEN_ATTRIBUTE = 'data-jingdu-hidden';
/** On every node we insert (placeholder hosts, table-row wrappers, style sheets, picker UI). */
export const OWN_ATTRIBUTE = 'data-jingdu-own';
/** The placeholder host's tag: an undefined custom element, so no page style targets it by accident. */
export const PLACEHOLDER_TAG = 'jingdu-placeholder';
/** The picker overlay host's tag. */
export const PICKER_TAG = 'jingdu-picker';

/** True for nodes the guard inserted (and their descendants' hosts); such nodes are never judged or observed. */
export function isOwnNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  // Cheap first: only these tags are ever ours.
  const name = (node as Element).localName;
  return OWN_TAGS.has(name) && (node as Element).hasAttribute(OWN_ATTRIBUTE);
}

const OWN_TAGS = new Set([PLACEHOLDER_TAG, PICKER_TAG, 'style', 'tr']);

/** True when `element` or one of its ancestors in the same tree is ours. */
export function isInsideOwnNode(element: Element): boolean {
  return element.closest(`[${OWN_ATTRIBUTE}]`) !== null;
}

/** The previous sibling element that is the page's, past the rows and placeholders we put among its own. */
export function previousPageSibling(element: Element): Element | null {
  let sibling = element.previousElementSibling;
  while (sibling !== null && sibling.hasAttribute(OWN_ATTRIBUTE)) sibling = sibling.previousElementSibling;
  return sibling;
}

/** The next sibling element that is the page's (see `previousPageSibling`). */
export function nextPageSibling(element: Element): Element | null {
  let sibling = element.nextElementSibling;
  while (sibling !== null && sibling.hasAttribute(OWN_ATTRIBUTE)) sibling = sibling.nextElementSibling;
  return sibling;
}

/** The first child element that is the page's (see `previousPageSibling`). */
export function firstPageChild(element: Element): Element | null {
  const first = element.firstElementChild;
  return first !== null && first.hasAttribute(OWN_ATTRIBUTE) ? nextPageSibling(first) : first;
}

/** The last child element that is the page's (see `previousPageSibling`). */
export function lastPageChild(element: Element): Element | null {
  const last = element.lastElementChild;
  return last !== null && last.hasAttribute(OWN_ATTRIBUTE) ? previousPageSibling(last) : last;
}

/** The one child of `parent` that is the page's (a collapsed item's placeholder beside it aside), or null. */
export function onlyPageChild(parent: Element): Element | null {
  const first = firstPageChild(parent);
  return first !== null && nextPageSibling(first) === null ? first : null;
}
