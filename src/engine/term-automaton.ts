/**
 * Aho–Corasick over normalised text: every term of every rule and keyword set is found in one pass over an item,
 * whatever the number of terms. Terms are normalised (see normalize-text.ts) before they are added.
 *
 * Layout, chosen for the per-character cost in the content script: characters that occur in no term map to symbol 0
 * and reset the automaton at once (most characters of a real headline); the root's transitions are a dense array;
 * other transitions live in one open-addressing hash table keyed by (state, symbol). The table also remembers the
 * transitions that scanning worked out through failure links, up to a fixed size, so a text that comes back to the
 * same places (every item of a list does) costs one probe per character. Each state carries the ids of every pattern
 * that ends there, failure links already followed, so reporting costs nothing when nothing matches.
 */
import { needsWordBoundary, type NormalizedText } from '@/src/engine/normalize-text';

export interface TermAutomaton {
  /** Code unit → symbol (0: in no pattern). */
  readonly symbols: Uint16Array;
  readonly rootNext: Int32Array;
  /** Transitions of the other states: the trie's edges, then transitions remembered while scanning. */
  readonly transitions: TransitionTable;
  readonly fail: Int32Array;
  /** Pattern ids ending at each state, including those reached by failure links. */
  readonly outputs: readonly (readonly number[] | undefined)[];
  readonly patternLengths: Int32Array;
  /** Bit 1: the pattern's first unit needs a word boundary before it; bit 2: its last unit needs one after it. */
  readonly patternEdges: Uint8Array;
}

/** Open addressing with linear probing; a key is `state * 65536 + symbol` (exact in a double), -1 when empty. */
interface TransitionTable {
  keys: Float64Array;
  targets: Int32Array;
  mask: number;
  size: number;
  /** Remembered transitions stop here, so probes stay short and memory stays fixed. */
  limit: number;
}

/** Matches of one scan: match `m` is pattern `patterns[m]` over units `[starts[m], ends[m])`. */
export interface TermMatches {
  count: number;
  patterns: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Enough for any honest item: a text with more matches than this is judged on the first ones, which keeps a
 * hostile page from making one item cost more than its length.
 */
export const MAX_MATCHES = 512;

const START_BOUNDARY = 1;
const END_BOUNDARY = 2;

/**
 * Builds the automaton for non-empty, already normalised patterns; pattern ids are their indices.
 *
 * Built with flat arrays and the transition table itself (no Map per state): a page builds this once, before the
 * JIT has warmed up, where every Map, iterator and spread costs many times what an array access does.
 */
export function buildTermAutomaton(patterns: readonly string[]): TermAutomaton {
  const symbols = new Uint16Array(0x1_0000);
  let alphabetSize = 0;
  let totalUnits = 0;
  for (const pattern of patterns) {
    totalUnits += pattern.length;
    for (let index = 0; index < pattern.length; index++) {
      const unit = pattern.charCodeAt(index);
      if (symbols[unit] === 0) symbols[unit] = ++alphabetSize;
    }
  }
  const maxStates = totalUnits + 1;
  // Room for the trie's edges and as many remembered transitions, at most half full.
  const capacity = 2 ** Math.ceil(Math.log2(Math.max(64, maxStates * 4)));
  const transitions: TransitionTable = {
    keys: new Float64Array(capacity).fill(-1),
    targets: new Int32Array(capacity),
    mask: capacity - 1,
    size: 0,
    limit: capacity / 2,
  };
  const rootNext = new Int32Array(alphabetSize + 1);
  /** Per state: its parent, the symbol of the edge into it, its depth (the root is state 0). */
  const parents = new Int32Array(maxStates);
  const edgeSymbols = new Int32Array(maxStates);
  const depths = new Int32Array(maxStates);
  const own: (number[] | undefined)[] = [];
  const patternLengths = new Int32Array(patterns.length);
  const patternEdges = new Uint8Array(patterns.length);
  let stateCount = 1;
  patterns.forEach((pattern, patternId) => {
    let state = 0;
    for (let index = 0; index < pattern.length; index++) {
      const symbol = symbols[pattern.charCodeAt(index)] ?? 0;
      let child = state === 0 ? (rootNext[symbol] ?? 0) : lookUp(transitions, state, symbol);
      if (child <= 0) {
        child = stateCount++;
        parents[child] = state;
        edgeSymbols[child] = symbol;
        depths[child] = (depths[state] ?? 0) + 1;
        if (state === 0) rootNext[symbol] = child;
        else remember(transitions, state, symbol, child);
      }
      state = child;
    }
    (own[state] ??= []).push(patternId);
    patternLengths[patternId] = pattern.length;
    patternEdges[patternId] =
      (needsWordBoundary(pattern.charCodeAt(0)) ? START_BOUNDARY : 0) |
      (needsWordBoundary(pattern.charCodeAt(pattern.length - 1)) ? END_BOUNDARY : 0);
  });

  const fail = new Int32Array(stateCount);
  const outputs: (number[] | undefined)[] = new Array<number[] | undefined>(stateCount).fill(undefined);
  const automaton = { symbols, rootNext, transitions, fail, outputs, patternLengths, patternEdges };
  // Breadth first (states in order of depth), so a state's failure target is complete before the state itself.
  for (const state of statesByDepth(depths, stateCount)) {
    const parent = parents[state] ?? 0;
    fail[state] = parent === 0 ? 0 : step(automaton, fail[parent] ?? 0, edgeSymbols[state] ?? 0);
    const inherited = outputs[fail[state] ?? 0];
    const ownIds = own[state];
    outputs[state] = ownIds === undefined ? inherited : inherited === undefined ? ownIds : ownIds.concat(inherited);
  }
  return automaton;
}

/** The states other than the root, ordered by depth (a counting sort). */
function statesByDepth(depths: Int32Array, stateCount: number): Int32Array {
  let maxDepth = 0;
  for (let state = 1; state < stateCount; state++) maxDepth = Math.max(maxDepth, depths[state] ?? 0);
  const starts = new Int32Array(maxDepth + 2);
  for (let state = 1; state < stateCount; state++) starts[(depths[state] ?? 0) + 1]! += 1;
  for (let depth = 1; depth < starts.length; depth++) starts[depth]! += starts[depth - 1] ?? 0;
  const ordered = new Int32Array(stateCount - 1);
  for (let state = 1; state < stateCount; state++) {
    const depth = depths[state] ?? 0;
    ordered[starts[depth] ?? 0] = state;
    starts[depth]! += 1;
  }
  return ordered;
}

export function createTermMatches(): TermMatches {
  return {
    count: 0,
    patterns: new Int32Array(MAX_MATCHES),
    starts: new Int32Array(MAX_MATCHES),
    ends: new Int32Array(MAX_MATCHES),
  };
}

/** Finds every pattern occurrence in `text` (where its Latin and digit edges stand at word boundaries). */
export function scanTerms(automaton: TermAutomaton, text: NormalizedText, into: TermMatches): TermMatches {
  into.count = 0;
  const { symbols, outputs, patternLengths, patternEdges, rootNext } = automaton;
  const { keys, targets, mask } = automaton.transitions;
  const { codes, boundaryBefore, length } = text;
  let state = 0;
  for (let index = 0; index < length; index++) {
    const symbol = symbols[codes[index] ?? 0] ?? 0;
    if (symbol === 0) {
      state = 0;
      continue;
    }
    if (state === 0) {
      state = rootNext[symbol] ?? 0;
    } else {
      // The first probe inline (it hits for edges and remembered transitions); the rest in `step`.
      const slot = hashOf(state, symbol) & mask;
      state = keys[slot] === state * 65_536 + symbol ? (targets[slot] ?? 0) : step(automaton, state, symbol);
    }
    const found = outputs[state];
    if (found === undefined) continue;
    const end = index + 1;
    for (const pattern of found) {
      const start = end - (patternLengths[pattern] ?? 0);
      const edges = patternEdges[pattern] ?? 0;
      if (edges & START_BOUNDARY && boundaryBefore[start] !== 1) continue;
      if (edges & END_BOUNDARY && end < length && boundaryBefore[end] !== 1) continue;
      if (into.count === MAX_MATCHES) return into;
      into.patterns[into.count] = pattern;
      into.starts[into.count] = start;
      into.ends[into.count] = end;
      into.count++;
    }
  }
  return into;
}

type Transitions = Pick<TermAutomaton, 'rootNext' | 'transitions' | 'fail'>;

/** The state after `symbol` in `from`: one probe, or the failure links (then remembered while there is room). */
function step(automaton: Transitions, from: number, symbol: number): number {
  if (from === 0) return automaton.rootNext[symbol] ?? 0;
  const table = automaton.transitions;
  const known = lookUp(table, from, symbol);
  if (known >= 0) return known;
  const target = step(automaton, automaton.fail[from] ?? 0, symbol);
  if (table.size < table.limit) remember(table, from, symbol, target);
  return target;
}

/** The table's target for `(state, symbol)`, or -1 when it has none. */
function lookUp(table: TransitionTable, state: number, symbol: number): number {
  const key = state * 65_536 + symbol;
  for (let slot = hashOf(state, symbol) & table.mask; table.keys[slot] !== -1; slot = (slot + 1) & table.mask) {
    if (table.keys[slot] === key) return table.targets[slot] ?? -1;
  }
  return -1;
}

function remember(table: TransitionTable, state: number, symbol: number, target: number): void {
  const key = state * 65_536 + symbol;
  let slot = hashOf(state, symbol) & table.mask;
  while (table.keys[slot] !== -1 && table.keys[slot] !== key) slot = (slot + 1) & table.mask;
  if (table.keys[slot] === -1) table.size++;
  table.keys[slot] = key;
  table.targets[slot] = target;
}

function hashOf(state: number, symbol: number): number {
  return Math.imul(state, 0x9e37_79b1) ^ Math.imul(symbol, 0x85eb_ca6b);
}
