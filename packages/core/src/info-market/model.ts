import {
  decode,
  err,
  formatInstant,
  INSTANT_EXPECTED,
  map,
  object,
  optional,
  parseInstant,
  text,
  validationError,
  type Result,
  type ValidationError,
} from '../shared/index.js';

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

// Decoders, not zod: this model is read in the resident's browser (`<opvang-info-market>`);
// see docs/development.md, "Validation and its messages".
// Read in the one instant grammar (docs/instants.md) and written back as Brussels ISO with
// its offset; a text that is no date-time is reported, and kept.
const dateTime = map(
  text({
    check: [(value) => parseInstant(value) !== undefined, 'not a date-time', INSTANT_EXPECTED],
  }),
  (value) => {
    const instant = parseInstant(value);
    return instant === undefined ? value : formatInstant(instant);
  },
);

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
  // The one rule between fields, once both were read (not with `refine`: it would add more
  // to the widget's file than this check weighs).
  if (
    !parsed.ok ||
    parsed.value.end === undefined ||
    (parseInstant(parsed.value.end) ?? 0) > (parseInstant(parsed.value.start) ?? 0)
  )
    return parsed;
  const { start, end } = parsed.value;
  return err(
    validationError('info market', [
      {
        path: 'end',
        code: 'invalid',
        message: 'ends before it starts',
        expected: `a date-time after start (${start})`,
        received: (input as { end: unknown }).end ?? end,
      },
    ]),
  );
}
