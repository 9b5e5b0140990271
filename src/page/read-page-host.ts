/**
 * The host name rules are matched against. `about:blank` and `srcdoc` frames have no host of their own: they
 * inherit their creator's origin, which `origin` reports.
 */
export function readPageHost(view: Window): string {
  const { hostname } = view.location;
  if (hostname !== '') return hostname;
  try {
    return view.origin === 'null' ? '' : new URL(view.origin).hostname;
  } catch {
    return '';
  }
}
