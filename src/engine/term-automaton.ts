/**
 * Aho–Corasick over normalised text: every term of every rule and keyword set is found in one pass over an item,
 * whatever the number of terms. Terms are normalised (see normalize-text.ts) before they are added.
 *
 * Layout, chosen for the per-character cost in the content script: characters that occur in no term map to symbol 0
 * and reset the automaton at once; the root's transitions are a dense array; the trie's other edges live in a double
 * array, so following an edge is one addition and one comparison. (A hash table keyed by state and symbol, which also
 * remembered the transitions worked out through failure links, took 60% longer to scan the dev corpus: a miss probes
 * several slots, and the table filled up and stopped remembering.) A character with no edge follows failure links,
 * which are short: most states fail to the root or next to it. Each state carries the ids of every pattern that ends
 * there, failure links already followed, and every edge says whether its target has any: when nothing matches,
 * reporting costs nothing, not even a look-up.
 */
import { needsWordBoundary, type NormalizedText } from '@/src/engine/normalize-text';

export interface TermAutomaton {
  /** Code unit → symbol (0: in no pattern). */
  readonly symbols: Uint16Array;
  readonly transitions: Transitions;
  /**
   * Pattern ids ending at each state, including those reached by failure links: state `s` has
   * `outputPatterns[outputStarts[s]]` … up to `outputPatterns[outputEnds[s] - 1]`.
   */
  readonly outputStarts: Int32Array;
  readonly outputEnds: Int32Array;
  readonly outputPatterns: Int32Array;
  readonly patternLengths: Int32Array;
  /** Bit 1: the pattern's first unit needs a word boundary before it; bit 2: its last unit needs one after it. */
  readonly patternEdges: Uint8Array;
}

/**
 * How the automaton moves from state to state (see `nextEdge`); the root is state 0. An edge holds its target state
 * shifted left by one, with `PATTERNS_END` set when patterns end there.
 */
export interface Transitions {
  /** The root's edges, by symbol (0: back to the root). */
  readonly rootNext: Int32Array;
  /**
   * The double array of the other states' edges: the edge on `symbol` out of `state` is in slot `base[state] + symbol`
   * when `check` there holds `state + 1`, and `next` there holds the edge. Padded so that every such slot exists. The
   * plus one leaves 0 to empty slots, so no slot is ever the root's: its edges are all in `rootNext`.
   */
  readonly base: Int32Array;
  readonly check: Int32Array;
  readonly next: Int32Array;
  /** Each state's failure link: the state of its longest proper suffix. */
  readonly fail: Int32Array;
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
/** In an edge (see `Transitions`): patterns end at its target. */
const PATTERNS_END = 1;

/**
 * Builds the automaton for non-empty, already normalised patterns; pattern ids are their indices.
 *
 * Built with flat arrays only (no Map, no array per state): a page builds this once, before the JIT has warmed up,
 * where every Map, iterator and spread costs many times what an array access does.
 */
export function buildTermAutomaton(patterns: readonly string[]): TermAutomaton {
  const trie = buildTrie(patterns);
  const { stateCount, parents, edgeSymbols, ownFirst, ownNext, ownCounts } = trie;
  const { base, check, next } = placeEdges(trie);
  const fail = new Int32Array(stateCount);
  const transitions: Transitions = { rootNext: trie.rootNext, base, check, next, fail };
  // Breadth first (states in order of depth), so a state's failure target is complete before the state itself.
  const ordered = statesByDepth(trie.depths, stateCount);
  /** Per state: how many patterns end there, failure links followed; then where its list of them ends. */
  const outputEnds = new Int32Array(stateCount);
  for (let position = 0; position < ordered.length; position++) {
    const state = ordered[position] ?? 0;
    const parent = parents[state] ?? 0;
    // The longest proper suffix that is also a state: where the parent's failure target goes on the same symbol.
    const target = parent === 0 ? 0 : nextEdge(transitions, fail[parent] ?? 0, edgeSymbols[state] ?? 0) >> 1;
    fail[state] = target;
    outputEnds[state] = (ownCounts[state] ?? 0) + (outputEnds[target] ?? 0);
    if ((outputEnds[state] ?? 0) > 0) {
      // Patterns end here: the edge into the state says so (see `Transitions`).
      const symbol = edgeSymbols[state] ?? 0;
      if (parent === 0) transitions.rootNext[symbol]! |= PATTERNS_END;
      else next[(base[parent] ?? 0) + symbol]! |= PATTERNS_END;
    }
  }
  // Each state's own patterns, then its failure target's (already complete): the order matches are reported in.
  const outputStarts = new Int32Array(stateCount);
  let outputCount = 0;
  for (let position = 0; position < ordered.length; position++) {
    const state = ordered[position] ?? 0;
    outputStarts[state] = outputCount;
    outputCount += outputEnds[state] ?? 0;
    outputEnds[state] = outputCount;
  }
  const outputPatterns = new Int32Array(outputCount);
  for (let position = 0; position < ordered.length; position++) {
    const state = ordered[position] ?? 0;
    let output = outputStarts[state] ?? 0;
    for (let pattern = ownFirst[state] ?? -1; pattern >= 0; pattern = ownNext[pattern] ?? -1) {
      outputPatterns[output++] = pattern;
    }
    const target = fail[state] ?? 0;
    outputPatterns.copyWithin(output, outputStarts[target] ?? 0, outputEnds[target] ?? 0);
  }
  return {
    symbols: trie.symbols,
    transitions,
    outputStarts,
    outputEnds,
    outputPatterns,
    patternLengths: trie.patternLengths,
    patternEdges: trie.patternEdges,
  };
}

/** The trie of the patterns, before its edges are placed: children as linked lists, per state. */
interface Trie {
  symbols: Uint16Array;
  alphabetSize: number;
  stateCount: number;
  /** The root's edges (see `Transitions`), indexed by symbol (sized for the largest alphabet the patterns could have). */
  rootNext: Int32Array;
  /** Per state (the root is state 0): its parent, the symbol of the edge into it, its depth. */
  parents: Int32Array;
  edgeSymbols: Int32Array;
  depths: Int32Array;
  /** Per state, its first child, and the next child of its parent (0: none). */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The patterns ending at each state, in id order: a list through `ownNext` (-1 ends it). */
  ownFirst: Int32Array;
  ownLast: Int32Array;
  ownCounts: Int32Array;
  ownNext: Int32Array;
  patternLengths: Int32Array;
  patternEdges: Uint8Array;
}

/** Builds the trie and everything else one pass over the patterns gives: symbols, pattern lengths and edges. */
function buildTrie(patterns: readonly string[]): Trie {
  let totalUnits = 0;
  for (const pattern of patterns) totalUnits += pattern.length;
  const maxStates = totalUnits + 1;
  const trie: Trie = {
    symbols: new Uint16Array(0x1_0000),
    alphabetSize: 0,
    stateCount: 1,
    rootNext: new Int32Array(maxStates),
    parents: new Int32Array(maxStates),
    edgeSymbols: new Int32Array(maxStates),
    depths: new Int32Array(maxStates),
    firstChild: new Int32Array(maxStates),
    nextSibling: new Int32Array(maxStates),
    ownFirst: new Int32Array(maxStates).fill(-1),
    ownLast: new Int32Array(maxStates),
    ownCounts: new Int32Array(maxStates),
    ownNext: new Int32Array(patterns.length).fill(-1),
    patternLengths: new Int32Array(patterns.length),
    patternEdges: new Uint8Array(patterns.length),
  };
  const { symbols, rootNext, parents, edgeSymbols, depths, firstChild, nextSibling } = trie;
  patterns.forEach((pattern, patternId) => {
    let state = 0;
    for (let index = 0; index < pattern.length; index++) {
      const unit = pattern.charCodeAt(index);
      let symbol = symbols[unit] ?? 0;
      if (symbol === 0) symbol = symbols[unit] = ++trie.alphabetSize;
      let child = state === 0 ? (rootNext[symbol] ?? 0) >> 1 : (firstChild[state] ?? 0);
      if (state !== 0) while (child !== 0 && edgeSymbols[child] !== symbol) child = nextSibling[child] ?? 0;
      if (child === 0) {
        child = trie.stateCount++;
        parents[child] = state;
        edgeSymbols[child] = symbol;
        depths[child] = (depths[state] ?? 0) + 1;
        if (state === 0) {
          rootNext[symbol] = child << 1;
        } else {
          nextSibling[child] = firstChild[state] ?? 0;
          firstChild[state] = child;
        }
      }
      state = child;
    }
    if (trie.ownFirst[state] === -1) trie.ownFirst[state] = patternId;
    else trie.ownNext[trie.ownLast[state] ?? 0] = patternId;
    trie.ownLast[state] = patternId;
    trie.ownCounts[state]! += 1;
    trie.patternLengths[patternId] = pattern.length;
    trie.patternEdges[patternId] =
      (needsWordBoundary(pattern.charCodeAt(0)) ? START_BOUNDARY : 0) |
      (needsWordBoundary(pattern.charCodeAt(pattern.length - 1)) ? END_BOUNDARY : 0);
  });
  return trie;
}

/**
 * Places the edges of every state but the root in a double array: for each state a `base` such that the slots of
 * all its edges are free. Branching states (several edges) go first, each with a higher base than the last: their
 * edges then rarely collide, so few bases are tried (about 3,000 for the default list, where starting each from the
 * first free slot tried 24,000: a millisecond on a page, where this runs before the JIT warms up). The other states
 * (most have one edge) then fill the gaps from the first free slot on, so the array stays nearly full. The search for
 * free slots starts at `alphabetSize + 1`, so that a base (the slot minus the edge's symbol) is never negative; slots
 * below it can still be taken by a branching state's edges with smaller symbols.
 */
function placeEdges(trie: Trie): { base: Int32Array; check: Int32Array; next: Int32Array } {
  const { stateCount, alphabetSize, firstChild, nextSibling, edgeSymbols } = trie;
  const base = new Int32Array(stateCount);
  // The empty slots, a slot per state and room for any symbol after the last base: enough unless branching states'
  // edges collide often, and then the arrays grow.
  let check: Int32Array = new Int32Array(stateCount + 2 * alphabetSize + 2);
  let next: Int32Array = new Int32Array(check.length);
  /** Every slot from `alphabetSize + 1` below this one is taken. */
  let firstFree = alphabetSize + 1;
  let lastBranchingBase = 0;
  for (const branching of [true, false]) {
    for (let state = 1; state < stateCount; state++) {
      const first = firstChild[state] ?? 0;
      if (first === 0 || (nextSibling[first] !== 0) !== branching) continue;
      let candidate = firstFree - (edgeSymbols[first] ?? 0);
      if (branching) candidate = Math.max(candidate, lastBranchingBase + 1);
      for (; ; candidate++) {
        // Past the end is free: the arrays grow below.
        let child = first;
        while (child !== 0 && (check[candidate + (edgeSymbols[child] ?? 0)] ?? 0) === 0) child = nextSibling[child] ?? 0;
        if (child === 0) break;
      }
      // Room for every symbol after every base, so that scanning never reads past the arrays.
      if (candidate + alphabetSize + 1 > check.length) {
        const capacity = Math.max(check.length * 2, candidate + alphabetSize + 1);
        check = grown(check, capacity);
        next = grown(next, capacity);
      }
      base[state] = candidate;
      if (branching) lastBranchingBase = candidate;
      for (let child = first; child !== 0; child = nextSibling[child] ?? 0) {
        const slot = candidate + (edgeSymbols[child] ?? 0);
        check[slot] = state + 1;
        next[slot] = child << 1;
      }
      while (check[firstFree] !== 0) firstFree++;
    }
  }
  return { base, check, next };
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const result = new Int32Array(capacity);
  result.set(array);
  return result;
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

/**
 * The edge the automaton follows from `state` on `symbol` (see `Transitions`; 0 goes back to the root): the state's
 * own, or that of the first state down its failure links that has one.
 */
function nextEdge(transitions: Transitions, state: number, symbol: number): number {
  const { rootNext, base, check, next, fail } = transitions;
  // One loop for every case, with no test for the root or for symbol 0 first: in running text those cases come in
  // no predictable order, and the mispredicted tests cost more (the scan took 6% longer) than what the loop spends on
  // them: a look-up that cannot match for the root, a walk down the failure links for symbol 0.
  for (let from = state; ; ) {
    const slot = (base[from] ?? 0) + symbol;
    if (check[slot] === from + 1) return next[slot] ?? 0;
    from = fail[from] ?? 0;
    // Most states fail straight to the root. `rootNext[0]` is 0: a unit in no pattern leaves the automaton there.
    if (from === 0) return rootNext[symbol] ?? 0;
  }
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
  const { symbols, transitions, outputStarts, outputEnds, outputPatterns, patternLengths, patternEdges } = automaton;
  const { codes, boundaryBefore, length } = text;
  let state = 0;
  for (let index = 0; index < length; index++) {
    const edge = nextEdge(transitions, state, symbols[codes[index] ?? 0] ?? 0);
    state = edge >> 1;
    if ((edge & PATTERNS_END) === 0) continue;
    const outputEnd = outputEnds[state] ?? 0;
    const end = index + 1;
    for (let output = outputStarts[state] ?? 0; output < outputEnd; output++) {
      const pattern = outputPatterns[output] ?? 0;
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
