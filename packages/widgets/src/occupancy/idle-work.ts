/** Milliseconds a step may take where the browser has no `requestIdleCallback`: half a frame. */
const FALLBACK_BUDGET = 8;
/** A busy or hidden page may have no idle period for long: the work runs after this wait anyway. */
const IDLE_TIMEOUT = { timeout: 250 };

/**
 * Work done in the browser's idle periods, a step at a time, until the step says it is done:
 * `requestIdleCallback` where there is one (each step gets the time left in the period), else a
 * task with half a frame's budget. Input and frames come first; `start` again after new work.
 *
 * @example
 * ```ts
 * const idle = new IdleWork((remaining) => dashboard.work(remaining));
 * idle.start();
 * ```
 */
export class IdleWork {
  #handle: number | undefined;
  #fallback: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly step: (remaining: () => number) => boolean) {}

  /** Starts the work, unless it is already waiting for its next period. */
  start(): void {
    if (this.#handle !== undefined || this.#fallback !== undefined) return;
    if (typeof requestIdleCallback === 'function') {
      this.#handle = requestIdleCallback((deadline) => {
        this.#handle = undefined;
        // Ran for the timeout, not in an idle period: half a frame, so input still comes first.
        const until = performance.now() + FALLBACK_BUDGET;
        const remaining = deadline.didTimeout
          ? () => until - performance.now()
          : () => deadline.timeRemaining();
        if (!this.step(remaining)) this.start();
      }, IDLE_TIMEOUT);
    } else {
      this.#fallback = setTimeout(() => {
        this.#fallback = undefined;
        const until = performance.now() + FALLBACK_BUDGET;
        if (!this.step(() => until - performance.now())) this.start();
      }, 0);
    }
  }

  /** Stops waiting (the element left the page). */
  stop(): void {
    if (this.#handle !== undefined) cancelIdleCallback(this.#handle);
    clearTimeout(this.#fallback);
    this.#handle = undefined;
    this.#fallback = undefined;
  }
}
