import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { planToCsv, projectionToCsv } from './export-csv.js';
import { plan } from './plan.js';
import { defaultPolicy } from './policy.js';
import { project, type Forecast } from './project.js';
import { generateNetwork } from './test-support/generate-network.js';

const network = generateNetwork({ centres: 40, places: 4000, occupancy: 0.97, seed: 5 });
const forecast: Forecast = {
  kind: 'normal',
  weeks: Array.from({ length: 12 }, () => ({
    inflow: { mean: 80, sd: 30 },
    outflow: { mean: 75, sd: 20 },
  })),
};

/** Parses RFC 4180 text back: records end with CRLF, and papaparse finds no error. */
function parseBack(csv: string): string[][] {
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(0, -2), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('planToCsv', () => {
  const recommendation = plan(network, defaultPolicy);

  it('parses back with papaparse: one row per line, every figure as in the plan', () => {
    const [header, ...rows] = parseBack(planToCsv(recommendation, 'en'));
    expect(header?.slice(0, 7)).toEqual([
      'Action',
      'Kind of places',
      'Centre id',
      'Centre',
      'Province',
      'Operator',
      'Places',
    ]);
    expect(header).toHaveLength(15);
    expect(rows).toHaveLength(recommendation.lines.length + recommendation.shortfalls.length);
    recommendation.lines.forEach((line, index) => {
      const row = rows[index] ?? [];
      expect(row[2]).toBe(line.centreId);
      expect(Number(row[6])).toBe(line.places);
      expect(Number(row[12])).toBe(line.total);
      expect(row).toHaveLength(15);
    });
  });

  it('writes its header and words in each language, with `.` decimals', () => {
    const headers = locales.map((locale) => parseBack(planToCsv(recommendation, locale))[0]?.[0]);
    expect(headers).toEqual(['Actie', 'Action', 'Maßnahme', 'Action']);
    const dutch = parseBack(planToCsv(recommendation, 'nl'));
    expect(dutch[1]?.[0]).toBe('activeren');
    expect(dutch[1]?.[1]).toBe('generieke plaatsen');
    expect(dutch[1]?.[12]).toMatch(/^\d+(\.\d+)?$/);
  });

  it('lists shortfalls with their reason', () => {
    const short = plan(
      network.map((centre) => ({
        ...centre,
        places: { generic: { ...centre.places.generic!, buffer: 0 } },
      })),
      defaultPolicy,
    );
    const rows = parseBack(planToCsv(short, 'fr')).slice(1);
    expect(rows).toEqual([
      [
        'manque',
        'places génériques',
        '',
        '',
        '',
        '',
        String(short.shortfalls[0]?.places),
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        'pas assez de places tampons',
      ],
    ]);
  });

  it('separates with `;` when asked, and escapes a name a spreadsheet would run', () => {
    const odd = {
      ...recommendation,
      lines: recommendation.lines.slice(0, 1).map((line) => ({ ...line, centreName: '=1+1; "x"' })),
    };
    const csv = planToCsv(odd, 'de', { delimiter: ';' });
    expect(csv).toContain(`;"'=1+1; ""x""";`);
  });
});

describe('projectionToCsv', () => {
  const projection = project(network, defaultPolicy, forecast, { paths: 200, seed: 3 });
  if (!projection.ok) throw new Error(projection.error.message);

  it('parses back with papaparse: one row per week, the figures rounded', () => {
    const [header, ...rows] = parseBack(projectionToCsv(projection.value, 'nl'));
    expect(header?.[0]).toBe('Week');
    expect(header).toHaveLength(10);
    expect(rows).toHaveLength(12);
    projection.value.weeks.forEach((week, index) => {
      const row = rows[index] ?? [];
      expect(Number(row[0])).toBe(week.week);
      expect(Number(row[2])).toBeCloseTo(week.occupancy.p50, 4);
      expect(Number(row[4])).toBeCloseTo(week.probabilityAbove, 4);
      expect(Number(row[9])).toBe(week.cost);
    });
  });

  it('writes the header in each language', () => {
    expect(
      locales.map((locale) => parseBack(projectionToCsv(projection.value, locale))[0]?.[1]),
    ).toEqual(['Bezetting P10', 'Occupation P10', 'Belegung P10', 'Occupancy P10']);
  });
});
