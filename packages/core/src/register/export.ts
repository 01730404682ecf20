import { defineMessages, localeOfTag } from '../i18n/index.js';
import type { Locale } from '../i18n/index.js';
import { describeProvince } from '../provinces/index.js';
import { toCsv } from '../shared/index.js';
import type { PeriodPrecision } from '../shared/index.js';
import type { Deployment } from './data.js';
import { deploymentToEdtf } from './edtf.js';
import { describeDeploymentState, describePeriodNote, describeSourceNote } from './messages.js';
import type { PeriodSegment } from './parse-period.js';
import { possibleYears } from './per-year.js';

const messages = defineMessages({
  nl: {
    id: 'bronregel',
    province: 'provincie',
    place: 'plaats zoals geschreven',
    municipality: 'gemeente',
    raw: 'brontekst',
    reading: 'lezing',
    state: 'status',
    earliest: 'vroegst mogelijk',
    latest: 'laatst mogelijk',
    precision: 'precisie',
    years: 'mogelijke jaren',
    closure: 'sluiting',
    notes: 'opmerkingen',
    closureReported: 'sluiting gemeld',
    noClosureReported: 'geen sluiting gemeld',
    noDate: 'zonder datum',
    day: 'dag',
    'part-of-month': 'deel van een maand',
    month: 'maand',
    year: 'jaar',
  },
  fr: {
    id: 'ligne de la source',
    province: 'province',
    place: 'lieu tel qu’écrit',
    municipality: 'commune',
    raw: 'texte de la source',
    reading: 'lecture',
    state: 'statut',
    earliest: 'au plus tôt',
    latest: 'au plus tard',
    precision: 'précision',
    years: 'années possibles',
    closure: 'fermeture',
    notes: 'remarques',
    closureReported: 'fermeture signalée',
    noClosureReported: 'aucune fermeture signalée',
    noDate: 'sans date',
    day: 'jour',
    'part-of-month': 'partie d’un mois',
    month: 'mois',
    year: 'année',
  },
  de: {
    id: 'Quellzeile',
    province: 'Provinz',
    place: 'Ort wie geschrieben',
    municipality: 'Gemeinde',
    raw: 'Quelltext',
    reading: 'Lesart',
    state: 'Status',
    earliest: 'frühestens',
    latest: 'spätestens',
    precision: 'Genauigkeit',
    years: 'mögliche Jahre',
    closure: 'Schließung',
    notes: 'Anmerkungen',
    closureReported: 'Schließung gemeldet',
    noClosureReported: 'keine Schließung gemeldet',
    noDate: 'ohne Datum',
    day: 'Tag',
    'part-of-month': 'Teil eines Monats',
    month: 'Monat',
    year: 'Jahr',
  },
  en: {
    id: 'source line',
    province: 'province',
    place: 'place as written',
    municipality: 'municipality',
    raw: 'source text',
    reading: 'reading',
    state: 'state',
    earliest: 'earliest',
    latest: 'latest',
    precision: 'precision',
    years: 'possible years',
    closure: 'closure',
    notes: 'notes',
    closureReported: 'closure reported',
    noClosureReported: 'no closure reported',
    noDate: 'no date',
    day: 'day',
    'part-of-month': 'part of a month',
    month: 'month',
    year: 'year',
  },
});

/** The texts of the register's exports, for completeness checks. */
export const registerExportMessages = messages;

/**
 * A precision as words: `day`, `part of a month`, `month`, `year`.
 *
 * @example
 * ```ts
 * describePrecision('part-of-month', 'nl'); // 'deel van een maand'
 * ```
 */
export function describePrecision(precision: PeriodPrecision, locale: Locale): string {
  return messages[localeOfTag(locale)][precision];
}

function describeFact(segment: PeriodSegment, locale: Locale): string {
  const state = describeDeploymentState(segment.state, locale);
  const period = segment.period;
  if (period === undefined) return `${state} (${messages[localeOfTag(locale)].noDate})`;
  return period.start === period.end
    ? `${state} ${period.start}`
    : `${state} ${period.start}…${period.end}`;
}

/**
 * How the register reads an entry, fact by fact: each state in words and its interval as ISO
 * dates (`datum inzet 2021-11-01…2021-11-10; gesloten 2022-04-26`).
 *
 * @example
 * ```ts
 * describeReading(deployments.find((d) => d.municipality === 'Geel')!, 'en');
 * // 'date of deployment 2021-11-01…2021-11-10; closed 2022-04-26'
 * ```
 */
export function describeReading(deployment: Deployment, locale: Locale): string {
  return deployment.parsed.segments.map((s) => describeFact(s, locale)).join('; ');
}

/**
 * Every note on an entry, as sentences: the source's probable typos first, then the parser's
 * notes (alternatives, a typo read through, a date after the answer…). Empty when none.
 *
 * @example
 * ```ts
 * describeDeploymentNotes(deployments.find((d) => d.municipality === 'Dilbeek')!, 'en');
 * // ['The source gives alternatives (december 2021 / februari 2022); the interval covers them all.']
 * ```
 */
export function describeDeploymentNotes(deployment: Deployment, locale: Locale): string[] {
  return [
    ...deployment.sourceNotes.map((n) => describeSourceNote(n, locale)),
    ...deployment.parsed.notes.map((n) => describePeriodNote(n, locale)),
  ];
}

/**
 * The register as CSV (RFC 4180: CRLF, a field quoted only where needed; `toCsv` of
 * `@opvang/core/shared`), one row per entry after a header row in the locale's words: the
 * source line, province, place as written, municipality, the **raw source text verbatim**
 * next to the reading, the state of the first fact, its earliest and latest day (ISO dates,
 * the same in every language so that tools read them), its precision, the possible years
 * (`2021;2022`), whether a closure is reported, the EDTF of the entry, and the notes.
 *
 * @example
 * ```ts
 * deploymentsToCsv(deployments, 'en').split('\r\n')[0];
 * // 'source line,province,place as written,municipality,source text,reading,state,earliest,latest,precision,possible years,closure,EDTF,notes'
 * ```
 */
export function deploymentsToCsv(list: readonly Deployment[], locale: Locale): string {
  const m = messages[localeOfTag(locale)];
  const header = [
    m.id,
    m.province,
    m.place,
    m.municipality,
    m.raw,
    m.reading,
    m.state,
    m.earliest,
    m.latest,
    m.precision,
    m.years,
    m.closure,
    'EDTF',
    m.notes,
  ];
  const rows = list.map((d) => [
    d.id,
    describeProvince(d.province, locale),
    d.place,
    d.municipality,
    d.raw,
    describeReading(d, locale),
    describeDeploymentState(d.opening.state, locale),
    d.parsed.start,
    d.parsed.end,
    describePrecision(d.parsed.precision, locale),
    possibleYears(d).join(';'),
    d.closing === undefined ? m.noClosureReported : m.closureReported,
    deploymentToEdtf(d).edtf,
    describeDeploymentNotes(d, locale).join(' '),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The register's dates as EDTF, for archives and other tools: a JSON array, one object per
 * entry with `id`, `municipality`, the raw source text, the EDTF of the entry and of each
 * fact (`null` for a fact without a date), in list order.
 *
 * @example
 * ```ts
 * JSON.parse(deploymentsToEdtfJson(deployments))[7];
 * // { id: '000:81', municipality: 'Dilbeek', raw: 'december 2021/februari 2022', edtf: '[2021-12,2022-02]', facts: ['[2021-12,2022-02]'] }
 * ```
 */
export function deploymentsToEdtfJson(list: readonly Deployment[]): string {
  const entries = list.map((d) => {
    const e = deploymentToEdtf(d);
    return {
      id: d.id,
      municipality: d.municipality,
      raw: d.raw,
      edtf: e.edtf,
      facts: e.facts.map((f) => f ?? null),
    };
  });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
