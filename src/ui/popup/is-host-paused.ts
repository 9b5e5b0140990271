/**
 * Whether `host` is covered by one of the paused host patterns (`example.com` covers its subdomains,
 * `*.example.com` only the subdomains, `*` every host), the same reading of a host pattern the rules use.
 */
export function isHostPaused(pausedHosts: readonly string[], host: string): boolean {
  const name = host.toLowerCase();
  return pausedHosts.some((pattern) => {
    if (pattern === '*') return true;
    if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1));
    return name === pattern || name.endsWith(`.${pattern}`);
  });
}
