import { defineMessages, localeOfTag, type Locale, type Localized } from '../i18n/index.js';
import { describeIssueIn, issueWords } from '../shared/index.js';
import type { CsvIssue } from './csv.js';

/** Where an issue of a network CSV is, in each language. */
const placeTexts = defineMessages<{
  readonly row: (p: { row: number; line: number }) => string;
  readonly line: (p: { line: number }) => string;
  readonly column: (p: { column: string }) => string;
}>({
  nl: {
    row: (p) => `Rij ${p.row} (regel ${p.line})`,
    line: (p) => `Regel ${p.line}`,
    column: (p) => `kolom ${p.column}`,
  },
  fr: {
    row: (p) => `Rangée ${p.row} (ligne ${p.line})`,
    line: (p) => `Ligne ${p.line}`,
    column: (p) => `colonne ${p.column}`,
  },
  de: {
    row: (p) => `Zeile ${p.row} (Dateizeile ${p.line})`,
    line: (p) => `Dateizeile ${p.line}`,
    column: (p) => `Spalte ${p.column}`,
  },
  en: {
    row: (p) => `Row ${p.row} (line ${p.line})`,
    line: (p) => `Line ${p.line}`,
    column: (p) => `column ${p.column}`,
  },
});

/**
 * An issue of {@link parseNetworkCsv} as a sentence in a language: the data row and the line
 * of the file, the column, then what is wrong and what was expected, as `describeIssueIn`
 * (from `@opvang/core/shared`) words it.
 *
 * @example
 * ```ts
 * describeCsvIssue(issue, 'fr');
 * // 'Rangée 3 (ligne 4), colonne province : valeur non autorisée (attendu : …)'
 * ```
 */
export function describeCsvIssue(issue: CsvIssue, tag: Locale): string {
  const locale = localeOfTag(tag);
  const texts = placeTexts[locale];
  const where = [
    issue.row === null
      ? texts.line({ line: issue.line })
      : texts.row({ row: issue.row, line: issue.line }),
    ...(issue.column === null ? [] : [texts.column({ column: issue.column })]),
  ].join(', ');
  const [colon] = issueWords[locale].frame;
  return `${where}${colon}${describeIssueIn({ ...issue, path: '' }, locale)}`;
}

/**
 * The words in the cells of a plan as CSV ({@link planToCsv}), in each language.
 *
 * @example
 * ```ts
 * planCsvTexts.fr.deactivate; // 'désactiver'
 * ```
 */
export const planCsvTexts = defineMessages<{
  readonly activate: string;
  readonly deactivate: string;
  readonly shortfall: string;
  readonly federal: string;
  readonly partner: string;
  readonly 'not-enough-buffer': string;
  readonly 'not-enough-empty-places': string;
  readonly 'spread-guard': string;
}>({
  nl: {
    activate: 'activeren',
    deactivate: 'desactiveren',
    shortfall: 'tekort',
    federal: 'federaal',
    partner: 'partner',
    'not-enough-buffer': 'niet genoeg bufferplaatsen',
    'not-enough-empty-places': 'niet genoeg lege plaatsen',
    'spread-guard': 'de grens op de geografische spreiding',
  },
  fr: {
    activate: 'activer',
    deactivate: 'désactiver',
    shortfall: 'manque',
    federal: 'fédéral',
    partner: 'partenaire',
    'not-enough-buffer': 'pas assez de places tampons',
    'not-enough-empty-places': 'pas assez de places vides',
    'spread-guard': 'la limite de répartition géographique',
  },
  de: {
    activate: 'aktivieren',
    deactivate: 'deaktivieren',
    shortfall: 'Fehlmenge',
    federal: 'föderal',
    partner: 'Partner',
    'not-enough-buffer': 'nicht genug Pufferplätze',
    'not-enough-empty-places': 'nicht genug leere Plätze',
    'spread-guard': 'die Grenze der geografischen Verteilung',
  },
  en: {
    activate: 'activate',
    deactivate: 'deactivate',
    shortfall: 'shortfall',
    federal: 'federal',
    partner: 'partner',
    'not-enough-buffer': 'not enough buffer places',
    'not-enough-empty-places': 'not enough empty places',
    'spread-guard': 'the geographic spread guard',
  },
});

/**
 * The header of a plan as CSV, in each language (the criteria's names come between).
 *
 * @example
 * ```ts
 * planCsvHeader.nl.lead[0]; // 'Actie'
 * ```
 */
export const planCsvHeader: Localized<{
  readonly lead: readonly string[];
  readonly tail: readonly string[];
}> = {
  nl: {
    lead: ['Actie', 'Soort plaatsen', 'Centrum-id', 'Centrum', 'Provincie', 'Uitbater', 'Plaatsen'],
    tail: ['Totaalscore', 'Alternatieven (centrum-id score)', 'Reden van het tekort'],
  },
  fr: {
    lead: [
      'Action',
      'Type de places',
      'Id du centre',
      'Centre',
      'Province',
      'Exploitant',
      'Places',
    ],
    tail: ['Score total', 'Alternatives (id du centre score)', 'Raison du manque'],
  },
  de: {
    lead: [
      'Maßnahme',
      'Art der Plätze',
      'Zentrums-ID',
      'Zentrum',
      'Provinz',
      'Betreiber',
      'Plätze',
    ],
    tail: ['Gesamtwert', 'Alternativen (Zentrums-ID Wert)', 'Grund der Fehlmenge'],
  },
  en: {
    lead: ['Action', 'Kind of places', 'Centre id', 'Centre', 'Province', 'Operator', 'Places'],
    tail: ['Total score', 'Alternatives (centre id score)', 'Reason for the shortfall'],
  },
};

/**
 * The header of a projection as CSV ({@link projectionToCsv}), in each language.
 *
 * @example
 * ```ts
 * projectionCsvHeader.de[1]; // 'Belegung P10'
 * ```
 */
export const projectionCsvHeader: Localized<readonly string[]> = {
  nl: [
    'Week',
    'Bezetting P10',
    'Bezetting P50',
    'Bezetting P90',
    'Kans boven de band',
    'Kans onder de band',
    'Kans buiten de band',
    'Geactiveerde plaatsen (gemiddelde)',
    'Gedesactiveerde plaatsen (gemiddelde)',
    'Kosten van de week (EUR, gemiddelde)',
  ],
  fr: [
    'Semaine',
    'Occupation P10',
    'Occupation P50',
    'Occupation P90',
    'Probabilité au-dessus de la fourchette',
    'Probabilité en dessous de la fourchette',
    'Probabilité hors de la fourchette',
    'Places activées (moyenne)',
    'Places désactivées (moyenne)',
    'Coût de la semaine (EUR, moyenne)',
  ],
  de: [
    'Woche',
    'Belegung P10',
    'Belegung P50',
    'Belegung P90',
    'Wahrscheinlichkeit über der Bandbreite',
    'Wahrscheinlichkeit unter der Bandbreite',
    'Wahrscheinlichkeit außerhalb der Bandbreite',
    'Aktivierte Plätze (Mittelwert)',
    'Deaktivierte Plätze (Mittelwert)',
    'Kosten der Woche (EUR, Mittelwert)',
  ],
  en: [
    'Week',
    'Occupancy P10',
    'Occupancy P50',
    'Occupancy P90',
    'Probability above the band',
    'Probability below the band',
    'Probability outside the band',
    'Places activated (mean)',
    'Places deactivated (mean)',
    'Cost of the week (EUR, mean)',
  ],
};
