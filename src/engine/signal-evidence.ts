/** What a built-in signal found in one item. */
export interface SignalEvidence {
  delta: number;
  /** The parts as the page showed them. */
  terms: string[];
}

/**
 * Bits of a matched term's role for the signals, from the default sets it belongs to (see built-in-signals.ts). A
 * match that an allow term explains (外挂 in 外挂电梯) gets no role.
 */
export const MATCH_ROLE = { cheat: 1, game: 2, contact: 4, lead: 8, mention: 16 } as const;
