/**
 * A stable 64-bit hash (two independent 32-bit FNV-1a style lanes) as 16 hex digits. Used for the ids of rules
 * imported from filter lines, so importing the same line twice gives the same id and is recognised as a duplicate.
 * Not cryptographic: ids only need to be stable and rarely collide within one person's list.
 */
export function hashText(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  return toHex(first) + toHex(second);
}

function toHex(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}
