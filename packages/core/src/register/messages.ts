import { defineMessages, localeOfTag } from '../i18n/index.js';
import type { Locale } from '../i18n/index.js';
import type { SourceNote } from './data.js';
import type { DeploymentState, PeriodNote } from './parse-period.js';
import { match } from 'ts-pattern';

const messages = defineMessages({
  nl: {
    deployed: 'datum inzet',
    expected: 'verwacht',
    reserved: 'onder voorbehoud',
    reopening: 'heropening',
    expansion: 'uitbreiding',
    closed: 'gesloten',
    typo: (p: { found: string; readAs: string }) =>
      `Tikfout in de bron: „${p.found}” gelezen als „${p.readAs}”.`,
    alternatives: (p: { options: string }) =>
      `De bron geeft alternatieven (${p.options}); het interval omvat ze allemaal.`,
    range:
      'Een periode van dag tot dag, gelezen als datum inzet en sluiting; de bron zegt niet of het om de inzet of om het centrum gaat.',
    closedNoDate: 'Gesloten, maar de bron geeft geen datum.',
    sites: (p: { sites: string }) => `Meerdere locaties in één vermelding: ${p.sites}.`,
    late: (p: { month: string }) =>
      `Datum na de maand van de vraag (${p.month}); het antwoord zelf is niet gedateerd.`,
    noSupportNeededNotInRegister: (p: { municipality: string }) =>
      `${p.municipality} gaf aan geen nood te hebben aan ondersteuning, maar staat niet in de lijst van inzetten.`,
    probableTypo: (p: { found: string; probably: string; because: string }) =>
      `Waarschijnlijk een tikfout in de bron: „${p.found}” is wellicht „${p.probably}” (${p.because}).`,
    possibleTypo: (p: { found: string; probably: string; because: string }) =>
      `Mogelijk een tikfout in de bron: „${p.found}” kan „${p.probably}” zijn (${p.because}).`,
  },
  fr: {
    deployed: 'date de l’intervention',
    expected: 'prévu',
    reserved: 'sous réserve',
    reopening: 'réouverture',
    expansion: 'extension',
    closed: 'fermé',
    typo: (p: { found: string; readAs: string }) =>
      `Faute de frappe dans la source : « ${p.found} » lu comme « ${p.readAs} ».`,
    alternatives: (p: { options: string }) =>
      `La source donne plusieurs possibilités (${p.options}) ; l’intervalle les couvre toutes.`,
    range:
      'Une période d’un jour à un autre, lue comme date de l’intervention et fermeture ; la source ne dit pas s’il s’agit de l’intervention ou du centre.',
    closedNoDate: 'Fermé, mais la source ne donne pas de date.',
    sites: (p: { sites: string }) => `Plusieurs sites dans une seule mention : ${p.sites}.`,
    late: (p: { month: string }) =>
      `Date postérieure au mois de la question (${p.month}) ; la réponse elle-même n’est pas datée.`,
    noSupportNeededNotInRegister: (p: { municipality: string }) =>
      `${p.municipality} a indiqué ne pas avoir besoin de soutien, mais ne figure pas dans la liste des interventions.`,
    probableTypo: (p: { found: string; probably: string; because: string }) =>
      `Probablement une faute de frappe dans la source : « ${p.found} » est sans doute « ${p.probably} » (${p.because}).`,
    possibleTypo: (p: { found: string; probably: string; because: string }) =>
      `Peut-être une faute de frappe dans la source : « ${p.found} » pourrait être « ${p.probably} » (${p.because}).`,
  },
  de: {
    deployed: 'Einsatzdatum',
    expected: 'erwartet',
    reserved: 'unter Vorbehalt',
    reopening: 'Wiedereröffnung',
    expansion: 'Erweiterung',
    closed: 'geschlossen',
    typo: (p: { found: string; readAs: string }) =>
      `Tippfehler in der Quelle: „${p.found}“ als „${p.readAs}“ gelesen.`,
    alternatives: (p: { options: string }) =>
      `Die Quelle nennt Alternativen (${p.options}); der Zeitraum umfasst sie alle.`,
    range:
      'Ein Zeitraum von Tag zu Tag, gelesen als Einsatzdatum und Schließung; die Quelle sagt nicht, ob der Einsatz oder das Zentrum gemeint ist.',
    closedNoDate: 'Geschlossen, aber die Quelle nennt kein Datum.',
    sites: (p: { sites: string }) => `Mehrere Standorte in einem Eintrag: ${p.sites}.`,
    late: (p: { month: string }) =>
      `Datum nach dem Monat der Frage (${p.month}); die Antwort selbst ist nicht datiert.`,
    noSupportNeededNotInRegister: (p: { municipality: string }) =>
      `${p.municipality} hat mitgeteilt, keine Unterstützung zu benötigen, steht aber nicht in der Liste der Einsätze.`,
    probableTypo: (p: { found: string; probably: string; because: string }) =>
      `Wahrscheinlich ein Tippfehler in der Quelle: „${p.found}“ ist vermutlich „${p.probably}“ (${p.because}).`,
    possibleTypo: (p: { found: string; probably: string; because: string }) =>
      `Möglicherweise ein Tippfehler in der Quelle: „${p.found}“ könnte „${p.probably}“ sein (${p.because}).`,
  },
  en: {
    deployed: 'date of deployment',
    expected: 'expected',
    reserved: 'subject to confirmation',
    reopening: 'reopening',
    expansion: 'expansion',
    closed: 'closed',
    typo: (p: { found: string; readAs: string }) =>
      `Typo in the source: “${p.found}” read as “${p.readAs}”.`,
    alternatives: (p: { options: string }) =>
      `The source gives alternatives (${p.options}); the interval covers them all.`,
    range:
      'A day-to-day range, read as a date of deployment and a closing; the source does not say whether it is the deployment’s or the centre’s.',
    closedNoDate: 'Closed, but the source gives no date.',
    sites: (p: { sites: string }) => `Several sites in one entry: ${p.sites}.`,
    late: (p: { month: string }) =>
      `Date after the month of the question (${p.month}); the answer itself is not dated.`,
    noSupportNeededNotInRegister: (p: { municipality: string }) =>
      `${p.municipality} said it did not need support, but is not in the list of deployments.`,
    probableTypo: (p: { found: string; probably: string; because: string }) =>
      `Probably a typo in the source: “${p.found}” is likely “${p.probably}” (${p.because}).`,
    possibleTypo: (p: { found: string; probably: string; because: string }) =>
      `Possibly a typo in the source: “${p.found}” may be “${p.probably}” (${p.because}).`,
  },
});

/** The register's messages, for completeness checks. */
export const registerMessages = messages;

/**
 * A state as a word in a language.
 *
 * @example
 * ```ts
 * describeDeploymentState('reserved', 'en'); // 'subject to confirmation'
 * ```
 */
export function describeDeploymentState(state: DeploymentState, locale: Locale): string {
  return messages[localeOfTag(locale)][state];
}

/**
 * A note as a sentence in a language.
 *
 * @example
 * ```ts
 * describePeriodNote({ code: 'closed-without-date' }, 'en'); // 'Closed, but the source gives no date.'
 * ```
 */
export function describePeriodNote(note: PeriodNote, locale: Locale): string {
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
 * The note for a municipality that said it did not need support but has no deployment.
 *
 * @example
 * ```ts
 * describeNoSupportNeededNotInRegister('Alveringem', 'en');
 * // 'Alveringem said it did not need support, but is not in the list of deployments.'
 * ```
 */
export function describeNoSupportNeededNotInRegister(municipality: string, locale: Locale): string {
  return messages[localeOfTag(locale)].noSupportNeededNotInRegister({ municipality });
}

/**
 * @deprecated Use {@link describeNoSupportNeededNotInRegister}, which it now is: the source says
 * these municipalities needed no support, not that they declined it.
 */
export const declinedNotInRegisterText: (municipality: string, locale: Locale) => string =
  describeNoSupportNeededNotInRegister;

/**
 * A note on the source's own text (a probable or possible typo) as a sentence in a language.
 *
 * @example
 * ```ts
 * const note = deployments.find((d) => d.id === '000:79')?.sourceNotes[0];
 * if (note) describeSourceNote(note, 'en');
 * // 'Probably a typo in the source: “13.02.2021” is likely “13.02.2020” (the centre was announced …).'
 * ```
 */
export function describeSourceNote(note: SourceNote, locale: Locale): string {
  const language = localeOfTag(locale);
  const m = messages[language];
  const p = { found: note.found, probably: note.probably, because: note.because[language] };
  return note.likelihood === 'probable' ? m.probableTypo(p) : m.possibleTypo(p);
}
