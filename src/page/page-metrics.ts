/**
 * Where the guard's main-thread time goes, measured with `performance.now()` around every callback it runs (the
 * mutation observer, time slices, rescans). The page benchmark reads the totals: it dispatches
 * `jingdu:report-stats` on the document and reads the JSON the guard then writes to the root element's
 * `data-jingdu-stats`. Nothing is written unless asked, so measuring costs the page nothing.
 */
export interface PageStats {
  /** Total main-thread time spent in the guard's callbacks, in ms. */
  busyMs: number;
  /** Callbacks run (observer batches, slices, rescans). */
  batches: number;
  /** The most recent callback's duration, in ms. */
  lastBatchMs: number;
  itemsJudged: number;
  /** Verdicts the engine computed (the rest came from the per-text cache). */
  verdictsComputed: number;
  /** Of `busyMs`, the time spent in the engine's classifier, in ms (sampled after the first items: `partPerItem`). */
  classifyMs: number;
  /** Of `busyMs`, compiling rules and building the configuration, in ms. */
  configureMs: number;
  /** Of `busyMs`, hiding items and placing placeholders, in ms (sampled after the first items: `partPerItem`). */
  collapseMs: number;
  /** Of `busyMs`, looking for open shadow roots and frames, in ms. */
  discoverMs: number;
  hiddenItems: number;
  /** `performance.now()` when the guard started, and when an item was last hidden or shown. */
  startedAt: number;
  lastChangeAt: number;
  /** Work queued and not yet done (a sliced scan in progress). */
  pending: number;
  /** Exceptions caught at the guard's boundary (none should happen; none ever reaches the page). */
  errors: number;
}

type PartName = 'classifyMs' | 'configureMs' | 'collapseMs' | 'discoverMs';
/** The parts measured per item, by sampling (see `partPerItem`). */
type SampledPart = 'classifyMs' | 'collapseMs';

/** `partPerItem` times every one of the first calls, then one call in SAMPLE_EVERY. */
const TIME_ALL_FIRST = 16;
const SAMPLE_EVERY = 8;

interface PartSample {
  calls: number;
  /** The first TIME_ALL_FIRST calls, all timed. */
  firstMs: number;
  /** The calls timed after them, and their total. */
  sampledCalls: number;
  sampledMs: number;
}

function newSample(): PartSample {
  return { calls: 0, firstMs: 0, sampledCalls: 0, sampledMs: 0 };
}

/** The first calls as timed, the later ones as their sample says. */
function estimate(sample: PartSample): number {
  const laterCalls = Math.max(0, sample.calls - TIME_ALL_FIRST);
  return sample.firstMs + (sample.sampledCalls === 0 ? 0 : (sample.sampledMs * laterCalls) / sample.sampledCalls);
}

export class PageMetrics {
  readonly stats: PageStats;
  readonly #now: () => number;
  #depth = 0;
  readonly #samples: Record<SampledPart, PartSample> = { classifyMs: newSample(), collapseMs: newSample() };

  constructor(now: () => number) {
    this.#now = now;
    const startedAt = now();
    const samples = this.#samples;
    this.stats = {
      busyMs: 0,
      batches: 0,
      lastBatchMs: 0,
      itemsJudged: 0,
      verdictsComputed: 0,
      // Estimated when read (the benchmark asks rarely), not on every item.
      get classifyMs() {
        return estimate(samples.classifyMs);
      },
      configureMs: 0,
      get collapseMs() {
        return estimate(samples.collapseMs);
      },
      discoverMs: 0,
      hiddenItems: 0,
      startedAt,
      lastChangeAt: startedAt,
      pending: 0,
      errors: 0,
    };
  }

  now(): number {
    return this.#now();
  }

  /** Runs `work`, adding its duration to the totals (nested calls count once, in the outermost). */
  measure<T>(work: () => T): T {
    if (this.#depth > 0) return work();
    const start = this.#now();
    this.#depth += 1;
    try {
      return work();
    } finally {
      this.#depth -= 1;
      const duration = this.#now() - start;
      this.stats.busyMs += duration;
      this.stats.batches += 1;
      this.stats.lastBatchMs = duration;
    }
  }

  /** Runs `work` (inside a measured callback) and adds its duration to one part of the totals. */
  part<T>(name: Exclude<PartName, SampledPart>, work: () => T): T {
    const start = this.#now();
    try {
      return work();
    } finally {
      this.stats[name] += this.#now() - start;
    }
  }

  /**
   * `part` for work done once per item (classifying, collapsing). The first TIME_ALL_FIRST calls are all timed: they
   * carry the cold costs (code not yet optimised, the first placeholder's style sheet) that a sample would multiply.
   * After them one call in SAMPLE_EVERY is timed and stands for the calls around it. Reading the clock costs about a
   * microsecond in Chromium, as much as classifying a plain headline, so timing every item would make the guard
   * measurably slower than the figures it reports.
   */
  partPerItem<T>(name: SampledPart, work: () => T): T {
    const sample = this.#samples[name];
    sample.calls += 1;
    const isTimed = sample.calls <= TIME_ALL_FIRST || (sample.calls - TIME_ALL_FIRST) % SAMPLE_EVERY === 1;
    if (!isTimed) return work();
    const start = this.#now();
    try {
      return work();
    } finally {
      const duration = this.#now() - start;
      if (sample.calls <= TIME_ALL_FIRST) sample.firstMs += duration;
      else {
        sample.sampledMs += duration;
        sample.sampledCalls += 1;
      }
    }
  }

  noteChange(): void {
    this.stats.lastChangeAt = this.#now();
  }
}

export const STATS_REQUEST_EVENT = 'jingdu:report-stats';
export const STATS_ATTRIBUTE = 'data-jingdu-stats';
