import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The keys that move between a chart's data points, and where each one goes. */
function nextIndex(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return Math.min(last, index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return Math.max(0, index - 1);
    case 'PageUp':
      return Math.min(last, index + 10);
    case 'PageDown':
      return Math.max(0, index - 10);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/**
 * The data point each chart of a widget has in focus: one tab stop per chart (a roving
 * `tabindex`), the arrow keys move from point to point (Home and End to the ends, Page Up and
 * Page Down ten at a time), and the point that gets focus is announced by its own label.
 *
 * @example
 * ```ts
 * readonly #focus = new ChartFocus(this);
 * render() { return fanChart(data, texts, this.#focus, 'projection'); }
 * ```
 */
export class ChartFocus implements ReactiveController {
  readonly #active = new Map<string, number>();
  /** Charts whose table is open; every table while the page prints. */
  readonly #open = new Set<string>();
  #printing = false;
  readonly #print = (event: Event): void => {
    this.#printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };
  #pending: { readonly chart: string; readonly index: number } | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The point of `chart` that holds the chart's tab stop; the first one until another was chosen. */
  index(chart: string, count: number): number {
    const index = this.#active.get(chart) ?? 0;
    return Math.min(Math.max(0, index), Math.max(0, count - 1));
  }

  /**
   * Whether the table of `chart` is shown: its rows are rendered only then (or for print), so a
   * slider step redraws four charts, not four tables of 52 rows as well.
   */
  isOpen(chart: string): boolean {
    return this.#printing || this.#open.has(chart);
  }

  /** The `toggle` listener of a chart's table disclosure. */
  toggle(chart: string): (event: Event) => void {
    return (event) => {
      const open = (event.currentTarget as HTMLDetailsElement).open;
      if (open === this.#open.has(chart)) return;
      if (open) this.#open.add(chart);
      else this.#open.delete(chart);
      this.host.requestUpdate();
    };
  }

  hostConnected(): void {
    globalThis.addEventListener('beforeprint', this.#print);
    globalThis.addEventListener('afterprint', this.#print);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('beforeprint', this.#print);
    globalThis.removeEventListener('afterprint', this.#print);
  }

  /** The `keydown` listener of a chart with `count` points. */
  keydown(chart: string, count: number): (event: KeyboardEvent) => void {
    return (event) => {
      const index = nextIndex(event.key, this.index(chart, count), count);
      if (index === undefined) return;
      event.preventDefault();
      this.#move(chart, index);
    };
  }

  /** The `focusin` listener: a point clicked or focused otherwise becomes the chart's tab stop. */
  focusin(chart: string): (event: FocusEvent) => void {
    return (event) => {
      const point = (event.target as Element | null)?.closest('[data-point]');
      const index = Number(point?.getAttribute('data-point'));
      if (Number.isInteger(index) && index !== this.#active.get(chart)) {
        this.#active.set(chart, index);
        this.host.requestUpdate();
      }
    };
  }

  #move(chart: string, index: number): void {
    this.#active.set(chart, index);
    this.#pending = { chart, index };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    this.#pending = undefined;
    const root = this.host.shadowRoot ?? this.host;
    root
      .querySelector<SVGElement>(
        `[data-chart="${pending.chart}"] [data-point="${String(pending.index)}"]`,
      )
      ?.focus();
  }
}
