/** Ids for rules the user creates: `user:<kind>-<time><random>`, unique enough for one person's list, schema-safe. */
export function newRuleId(kind: string): string {
  const random = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');
  return `user:${kind}-${Date.now().toString(36)}${random}`;
}
