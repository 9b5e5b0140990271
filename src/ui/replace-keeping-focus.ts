/**
 * Replaces a container's content and gives focus back to the control the user was on, found again by its
 * `data-focus-key`. Lets views rebuild from fresh state (storage changed, the page re-counted) without throwing a
 * keyboard user back to the top of the page.
 */
export function replaceKeepingFocus(container: HTMLElement, ...nodes: (Node | string)[]): void {
  const active = container.ownerDocument.activeElement;
  const focusKey = active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren(...nodes);
  if (focusKey === undefined) return;
  const again = [...container.querySelectorAll<HTMLElement>('[data-focus-key]')].find(
    (candidate) => candidate.dataset.focusKey === focusKey,
  );
  again?.focus();
}
