import { defineMessages } from '@opvang/core/i18n';
import type { YearCategory } from '@opvang/core/register';

/** The register widget's own texts; province names, states and notes come from the core. */
export const messages = defineMessages({
  nl: {
    // A soft hyphen (U+00AD) lets the long compound break at its seam on a narrow screen.
    heading: 'Inzetten van de verbindings\u00ADofficieren',
    source:
      'Bron: antwoord op schriftelijke vraag nr. 22 van 12 oktober 2023. De datums zijn die van de inzet, zoals de bron ze geeft; niet noodzakelijk de opening of sluiting van het opvangcentrum.',
    filters: 'Filters',
    province: 'Provincie',
    year: 'Jaar',
    state: 'Status',
    any: 'Alle',
    shown: (p: { shown: string; total: string }) => `${p.shown} van ${p.total} getoond.`,
    entryOne: 'inzet',
    entryOther: 'inzetten',
    noMatch: 'Geen inzet past bij deze filters.',
    possiblyIn: (p: { count: string; year: string }) =>
      `Daarvan ${p.count} mogelijk in ${p.year}: de datum laat ook een ander jaar toe.`,
    timeline: 'Tijdlijn per provincie',
    keys: 'In de tijdlijn: pijltjestoetsen naar de vorige of volgende inzet, Home en End naar de eerste of laatste.',
    legend: 'Zo leest u de tijdlijn',
    legendDay: 'Een streepje: een dag.',
    legendMonth: 'Een balk: een maand.',
    legendPart: 'Een kortere, smallere balk: een deel van een maand (begin, midden of eind).',
    legendYear: 'Een lichte, lange balk: alleen het jaar is bekend.',
    legendAlternatives: 'Twee gestreepte markeringen: de bron geeft twee mogelijke datums.',
    legendSpan:
      'Een lijn: van de inzet tot de gemelde sluiting; een stippellijn: gesloten, zonder datum.',
    legendAnnounced: 'Een open markering: verwacht, onder voorbehoud of heropening (aangekondigd).',
    legendNoClosure:
      'Niets na de markering: geen sluiting gemeld. Dat betekent niet dat het centrum open is.',
    summary: (p: { entries: string; provinces: string; years: string }) =>
      `${p.entries} in ${p.provinces}. Inzetten per jaar: ${p.years}.`,
    provinceOne: 'provincie',
    provinceOther: 'provincies',
    announced: (p: { list: string }) => `Aangekondigd, nog niet gebeurd: ${p.list}.`,
    range: (p: { min: string; max: string }) => `${p.min} tot ${p.max}`,
    rangeNote:
      'Een bereik („4 tot 5”) betekent dat een datum twee jaren toelaat: Dilbeeks „december 2021/februari 2022” telt in 2021 of in 2022.',
    outside: (p: { count: string; from: string; to: string }) =>
      `${p.count} buiten ${p.from}–${p.to}.`,
    partlyOutside: (p: { count: string; from: string; to: string }) =>
      `${p.count} mogelijk buiten ${p.from}–${p.to}.`,
    perProvince: 'Inzetten per provincie',
    perYear: 'Inzetten per jaar',
    count: 'Aantal',
    table: 'Alle inzetten als tabel',
    sourceLine: 'Bronregel',
    place: 'Plaats (gemeente)',
    sourceText: 'Brontekst',
    reading: 'Lezing',
    closure: 'Sluiting',
    notes: 'Opmerkingen',
    closureReported: 'Sluiting gemeld',
    closureUndated: 'Gesloten, zonder datum',
    noClosureReported: 'Geen sluiting gemeld (niet: open)',
    noDate: 'zonder datum',
    or: 'of',
    partOfMonth: (p: { part: 'begin' | 'midden' | 'eind'; month: string }) =>
      `${p.part} ${p.month}`,
    days: (p: { from: string; to: string }) => `dag ${p.from} tot ${p.to}`,
    sourceQuote: (p: { raw: string }) => `Brontekst: „${p.raw}”.`,
    export: 'Exporteren',
    exportCsv: 'CSV downloaden',
    exportEdtf: 'EDTF downloaden (JSON)',
    exported: (p: { file: string }) => `${p.file} is klaar om te bewaren.`,
    badFilter: (p: { name: string; value: string; expected: string }) =>
      `Deze tijdlijn kan niet getoond worden: attribuut ${p.name}="${p.value}" is ongeldig; verwacht: ${p.expected}.`,
    badSpan: (p: { from: string; to: string }) =>
      `Deze tijdlijn kan niet getoond worden: de jaren from="${p.from}" en to="${p.to}" vormen geen periode (hele jaren, from niet na to).`,
  },
  fr: {
    heading: 'Interventions des officiers de liaison',
    source:
      'Source : réponse à la question écrite n° 22 du 12 octobre 2023. Les dates sont celles de l’intervention, telles que la source les donne ; pas forcément l’ouverture ou la fermeture du centre d’accueil.',
    filters: 'Filtres',
    province: 'Province',
    year: 'Année',
    state: 'Statut',
    any: 'Tous',
    shown: (p: { shown: string; total: string }) => `${p.shown} sur ${p.total} affichées.`,
    entryOne: 'intervention',
    entryOther: 'interventions',
    noMatch: 'Aucune intervention ne correspond à ces filtres.',
    possiblyIn: (p: { count: string; year: string }) =>
      `Dont ${p.count} peut-être en ${p.year} : la date permet aussi une autre année.`,
    timeline: 'Chronologie par province',
    keys: 'Dans la chronologie : flèches vers l’intervention précédente ou suivante, Début et Fin vers la première ou la dernière.',
    legend: 'Comment lire la chronologie',
    legendDay: 'Un trait : un jour.',
    legendMonth: 'Une barre : un mois.',
    legendPart: 'Une barre plus courte et plus fine : une partie d’un mois (début, mi- ou fin).',
    legendYear: 'Une longue barre pâle : seule l’année est connue.',
    legendAlternatives: 'Deux marques en tirets : la source donne deux dates possibles.',
    legendSpan:
      'Une ligne : de l’intervention à la fermeture signalée ; en pointillé : fermé, sans date.',
    legendAnnounced: 'Une marque vide : prévu, sous réserve ou réouverture (annoncé).',
    legendNoClosure:
      'Rien après la marque : aucune fermeture signalée. Cela ne veut pas dire que le centre est ouvert.',
    summary: (p: { entries: string; provinces: string; years: string }) =>
      `${p.entries} dans ${p.provinces}. Interventions par année : ${p.years}.`,
    provinceOne: 'province',
    provinceOther: 'provinces',
    announced: (p: { list: string }) => `Annoncé, pas encore réalisé : ${p.list}.`,
    range: (p: { min: string; max: string }) => `${p.min} à ${p.max}`,
    rangeNote:
      'Une fourchette (« 4 à 5 ») signifie qu’une date permet deux années : « december 2021/februari 2022 » (Dilbeek) compte en 2021 ou en 2022.',
    outside: (p: { count: string; from: string; to: string }) =>
      `${p.count} en dehors de ${p.from}–${p.to}.`,
    partlyOutside: (p: { count: string; from: string; to: string }) =>
      `${p.count} peut-être en dehors de ${p.from}–${p.to}.`,
    perProvince: 'Interventions par province',
    perYear: 'Interventions par année',
    count: 'Nombre',
    table: 'Toutes les interventions sous forme de tableau',
    sourceLine: 'Ligne de la source',
    place: 'Lieu (commune)',
    sourceText: 'Texte de la source',
    reading: 'Lecture',
    closure: 'Fermeture',
    notes: 'Remarques',
    closureReported: 'Fermeture signalée',
    closureUndated: 'Fermé, sans date',
    noClosureReported: 'Aucune fermeture signalée (pas : ouvert)',
    noDate: 'sans date',
    or: 'ou',
    partOfMonth: (p: { part: 'begin' | 'midden' | 'eind'; month: string }) =>
      `${{ begin: 'début', midden: 'mi-', eind: 'fin' }[p.part]}${p.part === 'midden' ? '' : ' '}${p.month}`,
    days: (p: { from: string; to: string }) => `du ${p.from} au ${p.to}`,
    sourceQuote: (p: { raw: string }) => `Texte de la source : « ${p.raw} ».`,
    export: 'Exporter',
    exportCsv: 'Télécharger en CSV',
    exportEdtf: 'Télécharger en EDTF (JSON)',
    exported: (p: { file: string }) => `${p.file} est prêt à être enregistré.`,
    badFilter: (p: { name: string; value: string; expected: string }) =>
      `Cette chronologie ne peut pas être affichée : l’attribut ${p.name}="${p.value}" n’est pas valable ; attendu : ${p.expected}.`,
    badSpan: (p: { from: string; to: string }) =>
      `Cette chronologie ne peut pas être affichée : les années from="${p.from}" et to="${p.to}" ne forment pas une période (années entières, from pas après to).`,
  },
  de: {
    heading: 'Einsätze der Verbindungs\u00ADbeauftragten',
    source:
      'Quelle: Antwort auf die schriftliche Frage Nr. 22 vom 12. Oktober 2023. Die Daten sind die des Einsatzes, wie die Quelle sie nennt; nicht unbedingt die Eröffnung oder Schließung des Aufnahmezentrums.',
    filters: 'Filter',
    province: 'Provinz',
    year: 'Jahr',
    state: 'Status',
    any: 'Alle',
    shown: (p: { shown: string; total: string }) => `${p.shown} von ${p.total} angezeigt.`,
    entryOne: 'Einsatz',
    entryOther: 'Einsätze',
    noMatch: 'Kein Einsatz passt zu diesen Filtern.',
    possiblyIn: (p: { count: string; year: string }) =>
      `Davon ${p.count} möglicherweise ${p.year}: das Datum lässt auch ein anderes Jahr zu.`,
    timeline: 'Zeitleiste nach Provinz',
    keys: 'In der Zeitleiste: Pfeiltasten zum vorigen oder nächsten Einsatz, Pos1 und Ende zum ersten oder letzten.',
    legend: 'So lesen Sie die Zeitleiste',
    legendDay: 'Ein Strich: ein Tag.',
    legendMonth: 'Ein Balken: ein Monat.',
    legendPart: 'Ein kürzerer, schmalerer Balken: ein Teil eines Monats (Anfang, Mitte oder Ende).',
    legendYear: 'Ein heller, langer Balken: nur das Jahr ist bekannt.',
    legendAlternatives: 'Zwei gestrichelte Markierungen: die Quelle nennt zwei mögliche Daten.',
    legendSpan:
      'Eine Linie: vom Einsatz bis zur gemeldeten Schließung; gepunktet: geschlossen, ohne Datum.',
    legendAnnounced:
      'Eine leere Markierung: erwartet, unter Vorbehalt oder Wiedereröffnung (angekündigt).',
    legendNoClosure:
      'Nichts nach der Markierung: keine Schließung gemeldet. Das heißt nicht, dass das Zentrum offen ist.',
    summary: (p: { entries: string; provinces: string; years: string }) =>
      `${p.entries} in ${p.provinces}. Einsätze pro Jahr: ${p.years}.`,
    provinceOne: 'Provinz',
    provinceOther: 'Provinzen',
    announced: (p: { list: string }) => `Angekündigt, noch nicht erfolgt: ${p.list}.`,
    range: (p: { min: string; max: string }) => `${p.min} bis ${p.max}`,
    rangeNote:
      'Eine Spanne („4 bis 5“) heißt, dass ein Datum zwei Jahre zulässt: „december 2021/februari 2022“ (Dilbeek) zählt 2021 oder 2022.',
    outside: (p: { count: string; from: string; to: string }) =>
      `${p.count} außerhalb von ${p.from}–${p.to}.`,
    partlyOutside: (p: { count: string; from: string; to: string }) =>
      `${p.count} möglicherweise außerhalb von ${p.from}–${p.to}.`,
    perProvince: 'Einsätze pro Provinz',
    perYear: 'Einsätze pro Jahr',
    count: 'Anzahl',
    table: 'Alle Einsätze als Tabelle',
    sourceLine: 'Quellzeile',
    place: 'Ort (Gemeinde)',
    sourceText: 'Quelltext',
    reading: 'Lesart',
    closure: 'Schließung',
    notes: 'Anmerkungen',
    closureReported: 'Schließung gemeldet',
    closureUndated: 'Geschlossen, ohne Datum',
    noClosureReported: 'Keine Schließung gemeldet (nicht: offen)',
    noDate: 'ohne Datum',
    or: 'oder',
    partOfMonth: (p: { part: 'begin' | 'midden' | 'eind'; month: string }) =>
      `${{ begin: 'Anfang', midden: 'Mitte', eind: 'Ende' }[p.part]} ${p.month}`,
    days: (p: { from: string; to: string }) => `Tag ${p.from} bis ${p.to}`,
    sourceQuote: (p: { raw: string }) => `Quelltext: „${p.raw}“.`,
    export: 'Exportieren',
    exportCsv: 'Als CSV herunterladen',
    exportEdtf: 'Als EDTF herunterladen (JSON)',
    exported: (p: { file: string }) => `${p.file} ist zum Speichern bereit.`,
    badFilter: (p: { name: string; value: string; expected: string }) =>
      `Diese Zeitleiste kann nicht angezeigt werden: das Attribut ${p.name}="${p.value}" ist ungültig; erwartet: ${p.expected}.`,
    badSpan: (p: { from: string; to: string }) =>
      `Diese Zeitleiste kann nicht angezeigt werden: die Jahre from="${p.from}" und to="${p.to}" bilden keinen Zeitraum (ganze Jahre, from nicht nach to).`,
  },
  en: {
    heading: 'Deployments of the liaison officers',
    source:
      'Source: answer to written question no. 22 of 12 October 2023. The dates are those of the deployment, as the source gives them; not necessarily the opening or closing of the reception centre.',
    filters: 'Filters',
    province: 'Province',
    year: 'Year',
    state: 'State',
    any: 'All',
    shown: (p: { shown: string; total: string }) => `${p.shown} of ${p.total} shown.`,
    entryOne: 'deployment',
    entryOther: 'deployments',
    noMatch: 'No deployment matches these filters.',
    possiblyIn: (p: { count: string; year: string }) =>
      `Of these, ${p.count} possibly in ${p.year}: the date also allows another year.`,
    timeline: 'Timeline per province',
    keys: 'In the timeline: arrow keys to the previous or next deployment, Home and End to the first or last.',
    legend: 'How to read the timeline',
    legendDay: 'A tick: a day.',
    legendMonth: 'A bar: a month.',
    legendPart: 'A shorter, thinner bar: part of a month (early, mid or late).',
    legendYear: 'A faint long bar: only the year is known.',
    legendAlternatives: 'Two dashed marks: the source gives two possible dates.',
    legendSpan:
      'A line: from the deployment to the reported closure; dotted: closed, no date given.',
    legendAnnounced: 'A hollow mark: expected, subject to confirmation or reopening (announced).',
    legendNoClosure:
      'Nothing after the mark: no closure reported. That does not mean the centre is open.',
    summary: (p: { entries: string; provinces: string; years: string }) =>
      `${p.entries} in ${p.provinces}. Deployments per year: ${p.years}.`,
    provinceOne: 'province',
    provinceOther: 'provinces',
    announced: (p: { list: string }) => `Announced, not yet happened: ${p.list}.`,
    range: (p: { min: string; max: string }) => `${p.min} to ${p.max}`,
    rangeNote:
      'A range (“4 to 5”) means a date allows two years: Dilbeek’s “december 2021/februari 2022” counts in 2021 or in 2022.',
    outside: (p: { count: string; from: string; to: string }) =>
      `${p.count} outside ${p.from}–${p.to}.`,
    partlyOutside: (p: { count: string; from: string; to: string }) =>
      `${p.count} possibly outside ${p.from}–${p.to}.`,
    perProvince: 'Deployments per province',
    perYear: 'Deployments per year',
    count: 'Number',
    table: 'All deployments as a table',
    sourceLine: 'Source line',
    place: 'Place (municipality)',
    sourceText: 'Source text',
    reading: 'Reading',
    closure: 'Closure',
    notes: 'Notes',
    closureReported: 'Closure reported',
    closureUndated: 'Closed, no date given',
    noClosureReported: 'No closure reported (not: open)',
    noDate: 'no date',
    or: 'or',
    partOfMonth: (p: { part: 'begin' | 'midden' | 'eind'; month: string }) =>
      `${{ begin: 'early', midden: 'mid-', eind: 'late' }[p.part]}${p.part === 'midden' ? '' : ' '}${p.month}`,
    days: (p: { from: string; to: string }) => `days ${p.from} to ${p.to}`,
    sourceQuote: (p: { raw: string }) => `Source text: “${p.raw}”.`,
    export: 'Export',
    exportCsv: 'Download CSV',
    exportEdtf: 'Download EDTF (JSON)',
    exported: (p: { file: string }) => `${p.file} is ready to save.`,
    badFilter: (p: { name: string; value: string; expected: string }) =>
      `This timeline cannot be shown: attribute ${p.name}="${p.value}" is not valid; expected: ${p.expected}.`,
    badSpan: (p: { from: string; to: string }) =>
      `This timeline cannot be shown: the years from="${p.from}" and to="${p.to}" are not a span (whole years, from not after to).`,
  },
});

/** The labels of the categories the counts keep apart. */
export const categoryLabels = defineMessages<Readonly<Record<YearCategory, string>>>({
  nl: {
    deployed: 'Ingezet',
    expected: 'Verwacht',
    provisional: 'Onder voorbehoud',
    reopening: 'Heropening',
  },
  fr: {
    deployed: 'Intervention',
    expected: 'Prévu',
    provisional: 'Sous réserve',
    reopening: 'Réouverture',
  },
  de: {
    deployed: 'Einsatz',
    expected: 'Erwartet',
    provisional: 'Unter Vorbehalt',
    reopening: 'Wiedereröffnung',
  },
  en: {
    deployed: 'Deployed',
    expected: 'Expected',
    provisional: 'Subject to confirmation',
    reopening: 'Reopening',
  },
});
