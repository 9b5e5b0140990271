/**
 * Whether the browser accepts `selector`: querySelector on an empty fragment parses it and finds nothing, so no page
 * is touched. The engine cannot check this (it has no DOM); the options page does, at the field.
 */
export function isValidCssSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
