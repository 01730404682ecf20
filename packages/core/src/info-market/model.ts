import { formatInstant, INSTANT_EXPECTED, parseInstant } from '../shared/instant.js';
import { decode, object, optional, text } from '../shared/decode.js';
import { err, ok, type Result } from '../shared/result.js';
import { validationError, type ValidationError } from '../shared/validation.js';

/**
 * An information market (*infomarkt*, step H of the step plan): when and where residents
 * can walk in, talk to the people involved and ask their questions.
 * All instants are ISO 8601 in Brussels time with the offset.
 */
export interface InfoMarket {
  /** When it opens: `2025-03-14T19:00:00.000+01:00`. */
  readonly start: string;
  /** When it closes, after `start`; absent when not announced. */
  readonly end?: string;
  /** The venue, as residents know it: `Zaal De Kring`. */
  readonly place: string;
  /** The venue's street address, when the name alone does not find it. */
  readonly address?: string;
}

/** What {@link parseInfoMarket} accepts: as {@link InfoMarket}, with date-times with or without offset. */
export interface InfoMarketInput {
  readonly start: string;
  readonly end?: string | undefined;
  readonly place: string;
  readonly address?: string | undefined;
}

// Decoders, not zod: this model is read in the resident's browser (`<opvang-info-market>`),
// where zod/mini would be about 5 KB of a file whose target is 10 KB.
const dateTime = text({
  check: [
    (value) => parseInstant(value) !== undefined,
    'not a date-time',
    INSTANT_EXPECTED,
  ],
});

const name = (max: number) => text({ trim: true, min: 1, max });

const infoMarketDecoder = object({
  start: dateTime,
  end: optional(dateTime),
  place: name(200),
  address: optional(name(300)),
});

/**
 * Validates an information market from outside data (JSON, element attributes, a form)
 * and normalises its date-times to Brussels ISO with offset. A date-time without an offset
 * is read as Brussels local time.
 *
 * @returns the market, or a {@link ValidationError} naming each field that was wrong.
 *
 * @example
 * ```ts
 * const result = parseInfoMarket({ start: '2025-03-14T19:00', end: '2025-03-14T21:00', place: 'Zaal De Kring' });
 * // { ok: true, value: { start: '2025-03-14T19:00:00.000+01:00', end: '2025-03-14T21:00:00.000+01:00', place: 'Zaal De Kring' } }
 *
 * parseInfoMarket({ start: 'next Friday', place: '' });
 * // { ok: false, error: { kind: 'validation', issues: [{ path: 'start', … }, { path: 'place', … }] } }
 * ```
 */
export function parseInfoMarket(input: unknown): Result<InfoMarket, ValidationError> {
  const parsed = decode('info market', infoMarketDecoder, input);
  if (!parsed.ok) return parsed;
  const { start, end, place, address } = parsed.value;
  const startInstant = parseInstant(start);
  const endInstant = end === undefined ? undefined : parseInstant(end);
  if (startInstant === undefined) throw new Error('unreachable: start was validated');
  if (endInstant !== undefined && endInstant <= startInstant) {
    return err(
      validationError('info market', [
        { path: 'end', message: 'ends before it starts', expected: `a date-time after start (${start})`, received: end },
      ]),
    );
  }
  return ok({
    start: formatInstant(startInstant),
    ...(endInstant === undefined ? {} : { end: formatInstant(endInstant) }),
    place,
    ...(address === undefined ? {} : { address }),
  });
}
