/** What a captured console method was called with, and how to put the real one back. */
export interface CapturedConsole {
  /** The arguments of each call, in order. */
  readonly calls: unknown[][];
  /** Puts the real method back; call it in `finally` or `afterEach`. */
  readonly restore: () => void;
}

/**
 * Replaces `console.error` or `console.warn` with one that only records its calls, so a test can
 * say what a widget logged (and the run's output shows only what nobody expected).
 *
 * @example
 * ```ts
 * const errors = captureConsole('error');
 * try {
 *   await fixture(html`<opvang-info-market start="next Friday"></opvang-info-market>`);
 *   expect(String(errors.calls[0]?.[0])).to.contain('<opvang-info-market>');
 * } finally {
 *   errors.restore();
 * }
 * ```
 */
export function captureConsole(method: 'error' | 'warn'): CapturedConsole {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console[method] = original) };
}
