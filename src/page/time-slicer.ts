/**
 * Per-frame time slices for work too large for one go (a page that inserts ten thousand items at once): do up to a
 * budget, then continue in the next animation frame, before that frame paints. Hidden tabs get no animation frames,
 * so a timeout runs the slice there; whichever comes first runs it.
 */
export interface SliceScheduler {
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, delay: number): number;
  cancelAnimationFrame(handle: number): void;
  clearTimeout(handle: number): void;
}

export class TimeSlicer {
  readonly #scheduler: SliceScheduler;
  readonly #runSlice: () => void;
  #frame: number | undefined;
  #timeout: number | undefined;

  /** `runSlice` does one budget's worth of work and calls `schedule()` again when work is left. */
  constructor(scheduler: SliceScheduler, runSlice: () => void) {
    this.#scheduler = scheduler;
    this.#runSlice = runSlice;
  }

  get isScheduled(): boolean {
    return this.#frame !== undefined || this.#timeout !== undefined;
  }

  schedule(): void {
    if (this.isScheduled) return;
    const run = () => {
      this.cancel();
      this.#runSlice();
    };
    this.#frame = this.#scheduler.requestAnimationFrame(run);
    this.#timeout = this.#scheduler.setTimeout(run, 50);
  }

  cancel(): void {
    if (this.#frame !== undefined) this.#scheduler.cancelAnimationFrame(this.#frame);
    if (this.#timeout !== undefined) this.#scheduler.clearTimeout(this.#timeout);
    this.#frame = undefined;
    this.#timeout = undefined;
  }
}
