import { describe, expect, it } from 'vitest';
import { findMessageGaps, locales } from '../i18n/index.js';
import {
  deployments,
  deploymentsToCsv,
  deploymentsToEdtfJson,
  describeDeploymentNotes,
  describePrecision,
  describeReading,
  registerExportMessages,
} from './index.js';

/** A strict RFC 4180 reader for the test: CRLF records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] ?? '';
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), (i += 1));
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

describe('deploymentsToCsv', () => {
  it.each(locales)(
    'writes a header in %s and one RFC 4180 row per entry, the raw text verbatim',
    (locale) => {
      const rows = readCsv(deploymentsToCsv(deployments, locale));
      expect(rows).toHaveLength(32);
      for (const row of rows) expect(row).toHaveLength(14);
      expect(rows.slice(1).map((r) => r[4])).toEqual(deployments.map((d) => d.raw));
      expect(rows.slice(1).map((r) => r[0])).toEqual(deployments.map((d) => d.id));
    },
  );

  it('puts the reading, the years, the EDTF and the notes next to the source text', () => {
    const rows = readCsv(deploymentsToCsv(deployments, 'en'));
    expect(rows[0]).toEqual([
      'source line',
      'province',
      'place as written',
      'municipality',
      'source text',
      'reading',
      'state',
      'earliest',
      'latest',
      'precision',
      'possible years',
      'closure',
      'EDTF',
      'notes',
    ]);
    const dilbeek = rows.find((r) => r[3] === 'Dilbeek');
    expect(dilbeek).toEqual([
      '000:81',
      'Flemish Brabant',
      'Dilbeek',
      'Dilbeek',
      'december 2021/februari 2022',
      'date of deployment 2021-12-01…2022-02-28',
      'date of deployment',
      '2021-12-01',
      '2022-02-28',
      'month',
      '2021;2022',
      'no closure reported',
      '[2021-12,2022-02]',
      'The source gives alternatives (december 2021 / februari 2022); the interval covers them all.',
    ]);
    const bekkevoort = rows.find((r) => r[0] === '000:79');
    expect(bekkevoort?.[12]).toBe('2019-12-19/2021?-02-13');
    expect(bekkevoort?.[13]).toMatch(/^Probably a typo in the source: “13\.02\.2021”/u);
    expect(rows.find((r) => r[0] === '000:99')?.[11]).toBe('closure reported');
    expect(rows.find((r) => r[0] === '000:97')?.[10]).toBe('2023;2024');
  });

  it('quotes a field with a comma, a quote or a line break, and ends every record with CRLF', () => {
    const csv = deploymentsToCsv(deployments, 'nl');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    // Kalmthout's reading "datum inzet 2020-02-01…2020-02-29; gesloten 2021-05-07" has no comma: unquoted.
    expect(csv).toContain(',datum inzet 2020-02-01…2020-02-29; gesloten 2021-05-07,');
    // Sint-Pieters-Leeuw's Dutch note holds a comma: quoted.
    expect(csv).toContain(',"Een periode van dag tot dag, gelezen als datum inzet en sluiting;');
    expect(readCsv('a,"b ""c"", d"\r\n')).toEqual([['a', 'b "c", d']]);
  });

  it('writes precision, reading and notes in each language', () => {
    expect(locales.map((l) => describePrecision('part-of-month', l))).toEqual([
      'deel van een maand',
      'partie d’un mois',
      'Teil eines Monats',
      'part of a month',
    ]);
    const lommel = deployments.find((d) => d.id === '000:99');
    if (lommel === undefined) throw new Error('no Lommel');
    expect(describeReading(lommel, 'nl')).toBe(
      'uitbreiding 2020-01-01…2020-01-31; gesloten (zonder datum)',
    );
    expect(describeDeploymentNotes(lommel, 'de')).toEqual([
      'Geschlossen, aber die Quelle nennt kein Datum.',
    ]);
    expect(findMessageGaps(registerExportMessages)).toEqual([]);
  });
});

describe('deploymentsToEdtfJson', () => {
  it('lists every entry with its raw text, the EDTF of the entry and of each fact', () => {
    const entries = JSON.parse(deploymentsToEdtfJson(deployments)) as unknown[];
    expect(entries).toHaveLength(31);
    expect(entries[7]).toEqual({
      id: '000:81',
      municipality: 'Dilbeek',
      raw: 'december 2021/februari 2022',
      edtf: '[2021-12,2022-02]',
      facts: ['[2021-12,2022-02]'],
    });
    expect(entries.find((e) => (e as { id: string }).id === '000:99')).toMatchObject({
      edtf: '2020-01/',
      facts: ['2020-01', null],
    });
  });
});
