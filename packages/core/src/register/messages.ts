import { defineMessages, localeOfTag } from '../i18n/index.js';
import type { Locale } from '../i18n/index.js';
import type { ProvinceId } from './data.js';
import type { DeploymentState, PeriodNote } from './parse-period.js';
import { match } from 'ts-pattern';

/** Official province names in each language. */
export const provinceNames: Readonly<Record<ProvinceId, Readonly<Record<Locale, string>>>> = {
  antwerpen: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
  'vlaams-brabant': { nl: 'Vlaams-Brabant', fr: 'Brabant flamand', de: 'Flämisch-Brabant', en: 'Flemish Brabant' },
  'west-vlaanderen': { nl: 'West-Vlaanderen', fr: 'Flandre occidentale', de: 'Westflandern', en: 'West Flanders' },
  limburg: { nl: 'Limburg', fr: 'Limbourg', de: 'Limburg', en: 'Limburg' },
  'oost-vlaanderen': { nl: 'Oost-Vlaanderen', fr: 'Flandre orientale', de: 'Ostflandern', en: 'East Flanders' },
};

/**
 * The name of a province in a language.
 *
 * @example
 * ```ts
 * provinceName('west-vlaanderen', 'fr'); // 'Flandre occidentale'
 * ```
 */
export function provinceName(id: ProvinceId, locale: Locale): string {
  return provinceNames[id][localeOfTag(locale)];
}

const messages = defineMessages({
  nl: {
    opened: 'geopend', expected: 'verwacht', reserved: 'onder voorbehoud', reopening: 'heropening', expansion: 'uitbreiding', closed: 'gesloten',
    typo: (p: { found: string; readAs: string }) => `Tikfout in de bron: „${p.found}” gelezen als „${p.readAs}”.`,
    alternatives: (p: { options: string }) => `De bron geeft alternatieven (${p.options}); het interval omvat ze allemaal.`,
    range: 'Een periode van dag tot dag, gelezen als opening en sluiting.',
    closedNoDate: 'Gesloten, maar de bron geeft geen datum.',
    sites: (p: { sites: string }) => `Meerdere locaties in één vermelding: ${p.sites}.`,
    late: (p: { month: string }) => `Datum na die van het antwoord zelf (${p.month}).`,
    declinedNotInRegister: (p: { municipality: string }) => `${p.municipality} weigerde ondersteuning maar staat niet in de lijst van inzetten.`,
  },
  fr: {
    opened: 'ouvert', expected: 'prévu', reserved: 'sous réserve', reopening: 'réouverture', expansion: 'extension', closed: 'fermé',
    typo: (p: { found: string; readAs: string }) => `Faute de frappe dans la source : « ${p.found} » lu comme « ${p.readAs} ».`,
    alternatives: (p: { options: string }) => `La source donne plusieurs possibilités (${p.options}) ; l’intervalle les couvre toutes.`,
    range: 'Une période d’un jour à un autre, lue comme ouverture et fermeture.',
    closedNoDate: 'Fermé, mais la source ne donne pas de date.',
    sites: (p: { sites: string }) => `Plusieurs sites dans une seule mention : ${p.sites}.`,
    late: (p: { month: string }) => `Date postérieure à celle de la réponse elle-même (${p.month}).`,
    declinedNotInRegister: (p: { municipality: string }) => `${p.municipality} a décliné le soutien mais ne figure pas dans la liste des interventions.`,
  },
  de: {
    opened: 'eröffnet', expected: 'erwartet', reserved: 'unter Vorbehalt', reopening: 'Wiedereröffnung', expansion: 'Erweiterung', closed: 'geschlossen',
    typo: (p: { found: string; readAs: string }) => `Tippfehler in der Quelle: „${p.found}“ als „${p.readAs}“ gelesen.`,
    alternatives: (p: { options: string }) => `Die Quelle nennt Alternativen (${p.options}); der Zeitraum umfasst sie alle.`,
    range: 'Ein Zeitraum von Tag zu Tag, gelesen als Eröffnung und Schließung.',
    closedNoDate: 'Geschlossen, aber die Quelle nennt kein Datum.',
    sites: (p: { sites: string }) => `Mehrere Standorte in einem Eintrag: ${p.sites}.`,
    late: (p: { month: string }) => `Datum liegt nach dem Datum der Antwort selbst (${p.month}).`,
    declinedNotInRegister: (p: { municipality: string }) => `${p.municipality} hat Unterstützung abgelehnt, steht aber nicht in der Liste der Einsätze.`,
  },
  en: {
    opened: 'opened', expected: 'expected', reserved: 'subject to confirmation', reopening: 'reopening', expansion: 'expansion', closed: 'closed',
    typo: (p: { found: string; readAs: string }) => `Typo in the source: “${p.found}” read as “${p.readAs}”.`,
    alternatives: (p: { options: string }) => `The source gives alternatives (${p.options}); the interval covers them all.`,
    range: 'A day-to-day range, read as an opening and a closing.',
    closedNoDate: 'Closed, but the source gives no date.',
    sites: (p: { sites: string }) => `Several sites in one entry: ${p.sites}.`,
    late: (p: { month: string }) => `Date later than the answer's own date (${p.month}).`,
    declinedNotInRegister: (p: { municipality: string }) => `${p.municipality} declined support but is not in the list of deployments.`,
  },
});

/** The register's catalogue, for completeness checks. */
export const registerMessages = messages;

/**
 * A state as a word in a language.
 *
 * @example
 * ```ts
 * stateLabel('reserved', 'en'); // 'subject to confirmation'
 * ```
 */
export function stateLabel(state: DeploymentState, locale: Locale): string {
  return messages[localeOfTag(locale)][state];
}

/**
 * A note as a sentence in a language.
 *
 * @example
 * ```ts
 * noteText({ code: 'closed-without-date' }, 'en'); // 'Closed, but the source gives no date.'
 * ```
 */
export function noteText(note: PeriodNote, locale: Locale): string {
  const m = messages[localeOfTag(locale)];
  return match(note)
    .with({ code: 'typo-corrected' }, (n) => m.typo({ found: n.found, readAs: n.readAs }))
    .with({ code: 'alternatives' }, (n) => m.alternatives({ options: n.options.join(' / ') }))
    .with({ code: 'range-as-open-close' }, () => m.range)
    .with({ code: 'closed-without-date' }, () => m.closedNoDate)
    .with({ code: 'several-sites' }, (n) => m.sites({ sites: n.sites.join(', ') }))
    .with({ code: 'after-answer-date' }, (n) => m.late({ month: n.answerMonth }))
    .exhaustive();
}

/**
 * The note for a municipality that declined support but has no deployment.
 *
 * @example
 * ```ts
 * declinedNotInRegisterText('Alveringem', 'nl');
 * ```
 */
export function declinedNotInRegisterText(municipality: string, locale: Locale): string {
  return messages[localeOfTag(locale)].declinedNotInRegister({ municipality });
}
