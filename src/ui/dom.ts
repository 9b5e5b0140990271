/**
 * Builds DOM the only way the UI does: createElement, attributes and text nodes. Strings are always text, never
 * markup, so a rule named `<img src=x onerror=…>` shows as those characters.
 */
type Child = Node | string | number | null | undefined | false;
type Listener = (event: Event) => void;

export type Properties = Record<string, string | number | boolean | Listener | null | undefined>;

/**
 * `element('button', { type: 'button', class: 'link', onclick: run }, t('…'))`. Keys starting with `on` add event
 * listeners; `true` sets an empty attribute, `false`/`null`/`undefined` leave it out; everything else is an attribute.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Properties = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...toNodes(children));
  return node;
}

export function toNodes(children: Child[]): (Node | string)[] {
  return children.flatMap((child) =>
    child === null || child === undefined || child === false ? [] : [typeof child === 'number' ? String(child) : child],
  );
}

let lastId = 0;
/** A document-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}
