import { timeRemaining } from '@opvang/core/deadlines';
import { formatDateTime, intlLocales, type Locale } from '@opvang/core/i18n';
import { parseIsoDateTime } from '@opvang/core/shared';
import { stepDefinition, type CaseState } from '@opvang/core/step-plan';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { messages } from './messages.js';

/**
 * Where the contact deadline (C.a) stands, in the steps a screen reader hears about: more than
 * 24 hours left, at most 24 hours, at most 1 hour, overdue, or no longer running (C.a done or
 * skipped, or support not needed).
 */
export type ContactBand = 'later' | 'day' | 'hour' | 'overdue' | 'settled';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The band of the contact deadline at an instant: only a change of band is announced.
 *
 * @example
 * ```ts
 * contactBand(state, new Date('2025-03-30T15:30:00+02:00')); // 'hour' for a case due at 16:00
 * ```
 */
export function contactBand(state: CaseState, now: Date): ContactBand {
  const record = state.steps['C.a'];
  if (state.declined !== undefined || record?.state === 'done' || record?.state === 'skipped')
    return 'settled';
  const left = timeRemaining(state.contactDue, now).milliseconds;
  if (left < 0) return 'overdue';
  if (left <= HOUR_MS) return 'hour';
  if (left <= 24 * HOUR_MS) return 'day';
  return 'later';
}

/** What the polite live region says when the band changes to `band`; nothing for the others. */
export function bandAnnouncement(band: ContactBand, locale: Locale): string {
  const text = messages[locale];
  if (band === 'day') return text.announceDay;
  if (band === 'hour') return text.announceHour;
  if (band === 'overdue') return text.announceOverdue;
  return '';
}

/**
 * Milliseconds until the countdown's text changes (the next whole minute of the time left), so
 * that the widget renders once a minute, on the minute.
 */
export function untilNextMinute(state: CaseState, now: Date): number {
  const left = timeRemaining(state.contactDue, now).milliseconds;
  const rest = ((left % MINUTE_MS) + MINUTE_MS) % MINUTE_MS;
  // Counting down, the minute changes when `rest` runs out; once overdue, when it fills up.
  const wait = left >= 0 ? rest + 1 : MINUTE_MS - rest;
  return wait === 0 ? MINUTE_MS : wait;
}

/**
 * A span of time as days, hours and minutes in a language, with each plural from `Intl`
 * (`1 dag, 3 uur en 20 minuten`, `2 hours and 5 minutes`); zero parts are left out.
 *
 * @example
 * ```ts
 * durationText(27 * 3_600_000 + 20 * 60_000, 'en'); // '1 day, 3 hours and 20 minutes'
 * ```
 */
export function durationText(milliseconds: number, locale: Locale): string {
  const absolute = Math.abs(milliseconds);
  const parts: [number, 'day' | 'hour' | 'minute'][] = [
    [Math.floor(absolute / (24 * HOUR_MS)), 'day'],
    [Math.floor((absolute % (24 * HOUR_MS)) / HOUR_MS), 'hour'],
    [Math.floor((absolute % HOUR_MS) / MINUTE_MS), 'minute'],
  ];
  const shown = parts.filter(([count]) => count > 0);
  const tag = intlLocales[locale];
  const words = (shown.length === 0 ? [[0, 'minute'] as const] : shown).map(([count, unit]) =>
    new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'long' }).format(count),
  );
  return new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(words);
}

const when = (instant: string, locale: Locale): string =>
  formatDateTime(parseIsoDateTime(instant) ?? new Date(Number.NaN), locale, 'long-date-time');

/**
 * The contact deadline: when it is due in Brussels time, how long is left, and once passed a
 * word that says so (the border and colour only repeat it).
 *
 * @example
 * ```ts
 * html`${contactCountdown(state, new Date(), 'nl', 3)}`;
 * ```
 */
export function contactCountdown(
  state: CaseState,
  now: Date,
  locale: Locale,
  level: number,
): TemplateResult {
  const text = messages[locale];
  const band = contactBand(state, now);
  const record = state.steps['C.a'];
  const left = timeRemaining(state.contactDue, now).milliseconds;
  const overdue = band === 'overdue';
  let line: string;
  if (state.declined !== undefined) line = text.declined;
  else if (record?.state === 'done')
    line = text.contactDone({ date: when(record.completedAt ?? state.contactDue, locale) });
  else if (record?.state === 'skipped') line = text.contactSkipped;
  else if (overdue) line = text.overdueBy({ span: durationText(left, locale) });
  else line = text.remaining({ span: durationText(left, locale) });
  return html`<section part="deadline" class="deadline ${overdue ? 'is-overdue' : ''}" aria-labelledby="deadline-heading">
    <div class="subheading" id="deadline-heading" role="heading" aria-level=${level}>${text.contactHeading({ title: stepDefinition('C.a').title[locale] })}</div>
    ${overdue ? html`<p><strong class="tag tag-overdue" part="overdue"><span aria-hidden="true">⚠ </span>${text.announceOverdue}</strong></p>` : nothing}
    <p>${text.dueBy({ date: when(state.contactDue, locale) })}</p>
    <p class="remaining" part="remaining">${line}</p>
  </section>`;
}

/**
 * Renders its host again each time the countdown's text changes, on the minute, and stops
 * when the host leaves the page.
 *
 * @example
 * ```ts
 * readonly #clock = new MinuteClock(this, () => this.#state);
 * // after the case changed:
 * this.#clock.arm();
 * ```
 */
export class MinuteClock implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly state: () => CaseState | undefined,
  ) {
    host.addController(this);
  }

  /** (Re)starts the clock for the case as it is now. */
  arm(): void {
    clearTimeout(this.#timer);
    const state = this.state();
    if (state === undefined) return;
    this.#timer = setTimeout(
      () => {
        this.host.requestUpdate();
        this.arm();
      },
      untilNextMinute(state, new Date(Date.now())),
    );
  }

  hostConnected(): void {
    this.arm();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
