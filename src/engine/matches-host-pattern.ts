/**
 * Host patterns as the rule schema defines them (`hostPatternSchema`): `example.com` matches that host and its
 * subdomains, `*.example.com` only its subdomains, `*` every host. Hosts compare in lower case, without a trailing
 * dot.
 */
export function matchesHostPattern(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  const name = canonicalHost(host);
  if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1));
  return name === pattern || name.endsWith(`.${pattern}`);
}

/** Whether a rule limited to `hosts` applies on `host`: an empty list means every site. */
export function appliesToHost(hosts: readonly string[], host: string): boolean {
  return hosts.length === 0 || hosts.some((pattern) => matchesHostPattern(pattern, host));
}

function canonicalHost(host: string): string {
  const lower = host.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}
