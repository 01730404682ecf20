import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { provinceIds } from '../provinces/index.js';
import { expectHouseStyle } from '../shared/test-support/house-style.js';
import { networkCsvColumns, networkToCsv, parseNetworkCsv, type CsvIssue } from './csv.js';
import { describeCsvIssue } from './csv-messages.js';
import { parseNetwork, placeKinds, type Centre, type Network } from './network.js';
import { generateNetwork } from './test-support/generate-network.js';

const header =
  'id;name;municipality;province;operator;operator.name;generic.active;generic.occupied;generic.buffer;cost.active;cost.buffer;activationLeadDays;quality;longTermPotential';

const kapellen: Centre = {
  id: 'kapellen',
  name: 'Opvangcentrum Kapellen',
  municipality: 'Kapellen',
  province: 'antwerpen',
  operator: { kind: 'partner', name: 'Rode Kruis' },
  places: { generic: { active: 100, occupied: 90, buffer: 20 } },
  costPerPlacePerDay: { active: 52.35, buffer: 12 },
  activationLeadDays: 14,
  quality: 0.8,
  longTermPotential: true,
};

const issuesOf = (text: string): readonly CsvIssue[] => {
  const result = parseNetworkCsv(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
};

describe('parseNetworkCsv', () => {
  it('reads what Belgian Excel writes: a BOM, `;`, CRLF, decimal commas, province names', () => {
    const text = `\uFEFF${header}\r\nkapellen;Opvangcentrum Kapellen;Kapellen;Antwerpen;partner;Rode Kruis;100;90;20;52,35;12;14;0,8;ja\r\n`;
    const result = parseNetworkCsv(text);
    expect(result).toEqual({ ok: true, value: [kapellen] });
  });

  it('reads `,`, LF, quoted fields with separators, quotes and line breaks, comments before the header', () => {
    const text = [
      '# Illustrative data',
      header.replaceAll(';', ','),
      'kapellen,"Opvangcentrum ""Kapellen"", site A\nnorth",Kapellen,antwerpen,federal,,100,90,20,52.35,12,14,,',
      '',
      'brecht,Brecht,Brecht,liege,Fédéral,,10,5,0,50,10,7,,false',
    ].join('\n');
    const result = parseNetworkCsv(text);
    expect(result.ok && result.value).toEqual([
      {
        id: 'kapellen',
        name: 'Opvangcentrum "Kapellen", site A\nnorth',
        municipality: 'Kapellen',
        province: 'antwerpen',
        operator: { kind: 'federal' },
        places: { generic: { active: 100, occupied: 90, buffer: 20 } },
        costPerPlacePerDay: { active: 52.35, buffer: 12 },
        activationLeadDays: 14,
      },
      {
        id: 'brecht',
        name: 'Brecht',
        municipality: 'Brecht',
        province: 'liege',
        operator: { kind: 'federal' },
        places: { generic: { active: 10, occupied: 5, buffer: 0 } },
        costPerPlacePerDay: { active: 50, buffer: 10 },
        activationLeadDays: 7,
        longTermPotential: false,
      },
    ]);
  });

  it('reports every bad row, by row, file line and column, with the issues parseNetwork gives', () => {
    const text = [
      header,
      'a;A;Kapellen;antwerpen;federal;;100;90;20;50;10;14;;',
      'b;"B\r\nsite";Kapellen;antwerpen;federal;;50;60;0;50;10;14;;',
      'c;C;Kapellen;holland;federal;;100;90;1,5;50;10;14;;',
      'd;D;Kapellen;antwerpen;federal;;100;90;20;1,250;10;x;;',
    ].join('\r\n');
    const issues = issuesOf(text);
    expect(issues.map(({ row, line, column }) => ({ row, line, column }))).toEqual([
      { row: 2, line: 3, column: 'generic.occupied' },
      { row: 3, line: 5, column: 'province' },
      { row: 3, line: 5, column: 'generic.buffer' },
      { row: 4, line: 6, column: 'cost.active' },
      { row: 4, line: 6, column: 'activationLeadDays' },
    ]);
    // The same data as JSON gives the same issues (but for the ambiguous comma, CSV's own).
    const row: Centre = {
      id: 'a',
      name: 'A',
      municipality: 'Kapellen',
      province: 'antwerpen',
      operator: { kind: 'federal' },
      places: { generic: { active: 100, occupied: 90, buffer: 20 } },
      costPerPlacePerDay: { active: 50, buffer: 10 },
      activationLeadDays: 14,
    };
    const json = parseNetwork([
      row,
      {
        ...row,
        id: 'b',
        name: 'B\r\nsite',
        places: { generic: { active: 50, occupied: 60, buffer: 0 } },
      },
      {
        ...row,
        id: 'c',
        name: 'C',
        province: 'holland',
        places: { generic: { active: 100, occupied: 90, buffer: 1.5 } },
      },
      { ...row, id: 'd', name: 'D', activationLeadDays: 'x' },
    ]);
    expect(json.ok).toBe(false);
    if (json.ok) return;
    const strip = ({ row: _row, line: _line, column: _column, ...rest }: CsvIssue) => rest;
    expect(
      issues.filter((found) => !(found.row === 4 && found.column === 'cost.active')).map(strip),
    ).toEqual(json.error.issues);
    expect(issues.find((found) => found.column === 'cost.active')).toMatchObject({
      path: '[3].costPerPlacePerDay.active',
      received: '1,250',
    });
  });

  it('names the row and column in the summary and in each language', () => {
    const result = parseNetworkCsv(
      `${header}\nb;B;Kapellen;antwerpen;federal;;50;60;0;50;10;14;;\n`,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(
      /^Invalid buffer network CSV: row 1 \(line 2\), column "generic.occupied": more occupied than active places/,
    );
    const [found] = result.error.issues;
    expect(describeCsvIssue(found, 'nl')).toMatch(/^Rij 1 \(regel 2\), kolom generic\.occupied: /);
    expect(describeCsvIssue(found, 'fr')).toMatch(
      /^Rangée 1 \(ligne 2\), colonne generic\.occupied\u202f: /,
    );
    expect(describeCsvIssue(found, 'de')).toMatch(
      /^Zeile 1 \(Dateizeile 2\), Spalte generic\.occupied: /,
    );
    expect(describeCsvIssue(found, 'en')).toMatch(/^Row 1 \(line 2\), column generic\.occupied: /);
  });

  it('refuses an unknown, a doubled or a missing column, and a kind without all three counts', () => {
    const issues = issuesOf(
      'id,name,municipality,province,operator,generic.active,generic.actve,name\n',
    );
    expect(issues.map((found) => [found.code, found.column])).toEqual([
      ['unknown-key', 'generic.actve'],
      ['invalid', 'name'],
      ['missing', 'cost.active'],
      ['missing', 'cost.buffer'],
      ['missing', 'activationLeadDays'],
      ['missing', 'generic.occupied'],
      ['missing', 'generic.buffer'],
    ]);
    expect(issues.every((found) => found.row === null && found.line === 1)).toBe(true);
  });

  it('refuses an empty file, a file with a header only, rows of the wrong length and broken quotes', () => {
    expect(issuesOf('')[0]?.code).toBe('empty');
    expect(issuesOf(`${header}\r\n`)[0]).toMatchObject({ path: '', code: 'too-few', row: null });
    const issues = issuesOf(
      `${header}\na;A;Kapellen;antwerpen;federal;;100;90;20;50;10;14\nb;"B;K`,
    );
    expect(issues[0]).toMatchObject({ row: 1, line: 2, column: null, code: 'invalid' });
    expect(issues.some((found) => found.row === 2 && found.message.includes('closing quote'))).toBe(
      true,
    );
  });

  it('counts comment lines before the header in the line numbers', () => {
    const [found] = issuesOf(
      `# one\r\n# two\r\n${header}\r\nb;B;K;antwerpen;federal;;50;60;0;50;10;14;;\r\n`,
    );
    expect(found).toMatchObject({ row: 1, line: 4 });
  });
});

describe('networkToCsv', () => {
  it('writes RFC 4180: CRLF, a header of every column, quotes where needed', () => {
    const csv = networkToCsv([{ ...kapellen, name: 'Kapellen; "Noord"' }]);
    expect(csv.split('\r\n')[0]).toBe(networkCsvColumns.join(','));
    expect(csv).toContain(',"Kapellen; ""Noord""",');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: ',' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[1]?.[1]).toBe('Kapellen; "Noord"');
  });

  it('keeps a spreadsheet from running a name as a formula, and reads it back', () => {
    const network: Network = [
      { ...kapellen, name: '=HYPERLINK("x")', municipality: "'s-Gravenwezel" },
    ];
    const csv = networkToCsv(network, { delimiter: ';' });
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";'s-Gravenwezel;`);
    expect(parseNetworkCsv(csv)).toEqual({ ok: true, value: network });
  });

  it('gives the generated benchmark network back', () => {
    const network = generateNetwork();
    expect(parseNetworkCsv(networkToCsv(network))).toEqual({ ok: true, value: network });
  });

  const text = fc
    .string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
  const counts = fc
    .tuple(fc.nat({ max: 5000 }), fc.nat({ max: 5000 }), fc.nat({ max: 5000 }))
    .map(([active, share, buffer]) => ({ active, occupied: Math.min(active, share), buffer }));
  const centre = fc.record(
    {
      name: text,
      municipality: text,
      province: fc.constantFrom(...provinceIds),
      operator: fc.oneof(
        fc.constant({ kind: 'federal' as const }),
        text.map((name) => ({ kind: 'partner' as const, name })),
      ),
      places: fc.record(
        Object.fromEntries(placeKinds.map((kind) => [kind, counts])) as Record<
          (typeof placeKinds)[number],
          typeof counts
        >,
        { requiredKeys: [] },
      ),
      costPerPlacePerDay: fc.record({
        active: fc.double({ min: 0, max: 100_000, noNaN: true }),
        buffer: fc.double({ min: 0, max: 100_000, noNaN: true }),
      }),
      activationLeadDays: fc.integer({ min: 0, max: 730 }),
      quality: fc.double({ min: 0, max: 1, noNaN: true }),
      longTermPotential: fc.boolean(),
    },
    {
      requiredKeys: [
        'name',
        'municipality',
        'province',
        'operator',
        'places',
        'costPerPlacePerDay',
        'activationLeadDays',
      ],
    },
  );

  it('round trip: parseNetworkCsv(networkToCsv(n)) is n, with either separator', () => {
    fc.assert(
      fc.property(
        fc.array(centre, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';'),
        (centres, delimiter: ',' | ';') => {
          // -0 is written as 0; a network read from JSON has no -0 either.
          const network = parseNetwork(
            JSON.parse(JSON.stringify(centres.map((c, index) => ({ id: `c-${index}`, ...c })))),
          );
          expect(network.ok).toBe(true);
          if (!network.ok) return;
          expect(parseNetworkCsv(networkToCsv(network.value, { delimiter }))).toEqual({
            ok: true,
            value: network.value,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the issues of parseNetworkCsv', () => {
  it('are in the house style, in the four languages, with the row and column in each', () => {
    const texts = [
      '',
      'id,name,municipality,province,operator,generic.active,generic.actve,name\n',
      `${header}\r\n`,
      `${header}\na;A;Kapellen;antwerpen;federal;;100;90;20;50;10;14\nb;"B;K`,
      [
        header,
        'b;"B\r\nsite";Kapellen;antwerpen;federal;;50;60;0;50;10;14;;',
        'c;C;Kapellen;holland;private;;100;90;1,5;50;10;14;2;misschien',
        'd;D;Kapellen;antwerpen;partner;;100;90;20;1,250;10;x;;',
      ].join('\r\n'),
    ];
    for (const text of texts) {
      const result = parseNetworkCsv(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expectHouseStyle(result.error);
      for (const found of result.error.issues)
        for (const locale of locales) {
          const sentence = describeCsvIssue(found, locale);
          if (found.row !== null) expect(sentence).toContain(String(found.row));
          if (found.column !== null) expect(sentence).toContain(found.column);
        }
    }
  });
});
