import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseIsoDateTime, toBrusselsIso } from '../shared/instant.js';
import { expectAgreement, nearValid, singleChanges, type Json, type Verdict } from '../shared/test-support/mutate.js';
import { parseInfoMarket } from './model.js';

// The zod/mini schema parseInfoMarket used before it moved to the core's small decoders (to
// keep zod out of the widget's CDN file). It stays here as the reference: for every input
// both must accept or reject alike, read the same market, and name the same paths.
const dateTime = z.string().check(z.refine((value) => parseIsoDateTime(value) !== undefined));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const infoMarketSchema = z.strictObject({
  start: dateTime,
  end: z.optional(dateTime),
  place: text(200),
  address: z.optional(text(300)),
});

/** What the zod version said: the market it read, or the paths of its issues. */
function zodVersion(input: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly paths: string[] } {
  const parsed = infoMarketSchema.safeParse(input);
  if (!parsed.success) return { ok: false, paths: parsed.error.issues.map((issue) => issue.path.join('.')) };
  const { start, end, place, address } = parsed.data;
  const startInstant = parseIsoDateTime(start) as Date;
  const endInstant = end === undefined ? undefined : parseIsoDateTime(end);
  if (endInstant !== undefined && endInstant.getTime() <= startInstant.getTime()) return { ok: false, paths: ['end'] };
  return {
    ok: true,
    value: {
      start: toBrusselsIso(startInstant),
      ...(endInstant === undefined ? {} : { end: toBrusselsIso(endInstant) }),
      place,
      ...(address === undefined ? {} : { address }),
    },
  };
}

function oracle(input: unknown): Verdict {
  const verdict = zodVersion(input);
  return verdict.ok ? verdict : { ok: false };
}

const samples: Json[] = [
  { start: '2025-03-14T19:00', end: '2025-03-14T21:00', place: ' Zaal De Kring ', address: 'Kerkstraat 1, 2000 Antwerpen' },
  { start: '2025-07-01T17:00:00Z', place: 'Sporthal' },
  { start: '2025-10-26T02:30+01:00', end: '2025-10-26T02:30:00.001+01:00', place: 'x', address: '  Markt 1  ' },
];

const oddForMarket = [
  '2025-03-14T19:00', '2025-03-14T18:59', '2025-03-14T21:00+02:00', '2025-03-30T02:30', '2025-10-26T02:30',
  '2025-03-14', '2025-03-14T19:00:00.000+01:00', '2025-03-14T19:00Z', '2025-03-14 19:00', '2025-13-01T10:00',
  '2025-02-29T10:00', '2024-02-29T10:00', '2025-03-14T24:00', 'next Friday', 'x'.repeat(200), ` ${'x'.repeat(200)} `,
  'x'.repeat(201), 'x'.repeat(300), 'x'.repeat(302),
];

describe('parseInfoMarket against the zod schema it replaced', () => {
  it('accepts and rejects the same near-valid inputs, and reads the same market', () => {
    expectAgreement(samples, oddForMarket, parseInfoMarket, oracle, 1000);
  });

  it('names the same paths when it rejects', () => {
    const paths = (input: unknown): string[] | undefined => {
      const result = parseInfoMarket(input);
      return result.ok ? undefined : [...new Set(result.error.issues.map((issue) => issue.path))].sort();
    };
    const expected = (input: unknown): string[] | undefined => {
      const verdict = zodVersion(input);
      return verdict.ok ? undefined : [...new Set(verdict.paths)].sort();
    };
    for (const input of singleChanges(samples, oddForMarket)) expect(paths(input), JSON.stringify(input)).toEqual(expected(input));
    fc.assert(
      fc.property(nearValid(samples, oddForMarket), (input) => {
        expect(paths(input), JSON.stringify(input)).toEqual(expected(input));
      }),
      { numRuns: 5000 },
    );
  });
});
