import { defineMessages, localeOfTag, type Locale } from '../i18n/index.js';
import type { Audience, CatalogueKind, Phase, QuestionKind } from './model.js';

// Names of the kinds, phases, audiences and question kinds, for filters and headings in a user
// interface: one table per value list, built with `defineMessages` and the list's union, so a
// missing language or value does not compile.

/** The names of the kinds of item in nl/fr/de/en: `catalogueKindLabels[locale][value]`. */
export const catalogueKindLabels = defineMessages<Readonly<Record<CatalogueKind, string>>>({
  nl: {
    'support-offer': 'standaard ondersteuningsaanbod',
    task: 'taak van de verbindingsofficier',
    'training-topic': 'vormingsthema',
    'extra-support': 'extra ondersteuning',
    partner: 'partner',
    'internal-service': 'interne dienst AgII',
  },
  fr: {
    'support-offer': 'offre de soutien standard',
    task: "tâche de l'officier de liaison",
    'training-topic': 'thème de formation',
    'extra-support': 'soutien supplémentaire',
    partner: 'partenaire',
    'internal-service': "service interne de l'AgII",
  },
  de: {
    'support-offer': 'Standard-Unterstützungsangebot',
    task: 'Aufgabe der Verbindungsbeauftragten',
    'training-topic': 'Schulungsthema',
    'extra-support': 'zusätzliche Unterstützung',
    partner: 'Partner',
    'internal-service': 'interner Dienst der AgII',
  },
  en: {
    'support-offer': 'standard support offer',
    task: 'liaison officer task',
    'training-topic': 'training topic',
    'extra-support': 'extra support',
    partner: 'partner',
    'internal-service': 'AgII internal service',
  },
});

/** The names of the phases in nl/fr/de/en: `phaseLabels[locale][value]`. */
export const phaseLabels = defineMessages<Readonly<Record<Phase, string>>>({
  nl: {
    'before-opening': 'voor de opening',
    'around-opening': 'rond de opening',
    'long-running': 'langdurig open centrum',
  },
  fr: {
    'before-opening': "avant l'ouverture",
    'around-opening': "autour de l'ouverture",
    'long-running': 'centre ouvert de longue date',
  },
  de: {
    'before-opening': 'vor der Eröffnung',
    'around-opening': 'rund um die Eröffnung',
    'long-running': 'seit Langem geöffnetes Zentrum',
  },
  en: {
    'before-opening': 'before opening',
    'around-opening': 'around the opening',
    'long-running': 'long-running centre',
  },
});

/** The names of the audiences in nl/fr/de/en: `audienceLabels[locale][value]`. */
export const audienceLabels = defineMessages<Readonly<Record<Audience, string>>>({
  nl: {
    municipality: 'lokaal bestuur',
    'residents-of-centre': 'bewoners van het opvangcentrum',
    neighbours: 'buurtbewoners',
    schools: 'scholen',
    volunteers: 'vrijwilligers',
    'centre-operator': 'uitbater opvangcentrum',
    partners: 'partners',
  },
  fr: {
    municipality: 'commune',
    'residents-of-centre': "résidents du centre d'accueil",
    neighbours: 'riverains',
    schools: 'écoles',
    volunteers: 'bénévoles',
    'centre-operator': "exploitant du centre d'accueil",
    partners: 'partenaires',
  },
  de: {
    municipality: 'Gemeinde',
    'residents-of-centre': 'Bewohner des Aufnahmezentrums',
    neighbours: 'Anwohner',
    schools: 'Schulen',
    volunteers: 'Freiwillige',
    'centre-operator': 'Betreiber des Aufnahmezentrums',
    partners: 'Partner',
  },
  en: {
    municipality: 'municipality',
    'residents-of-centre': 'residents of the centre',
    neighbours: 'neighbours',
    schools: 'schools',
    volunteers: 'volunteers',
    'centre-operator': 'centre operator',
    partners: 'partners',
  },
});

/** The names of the kinds of question in nl/fr/de/en: `questionKindLabels[locale][value]`. */
export const questionKindLabels = defineMessages<Readonly<Record<QuestionKind, string>>>({
  nl: {
    'civic-integration': 'inburgering',
    'dutch-language': 'Nederlands leren',
    work: 'werk en opleiding',
    income: 'inkomen',
    housing: 'wonen',
    administration: 'administratie',
    school: 'school',
    'pupil-guidance': 'leerlingenbegeleiding',
    childcare: 'kinderopvang',
    'family-support': 'gezinsondersteuning',
    'health-insurance': 'ziekteverzekering',
    wellbeing: 'welzijn',
    moving: 'verhuizen',
    'legal-status': 'verblijf en recht',
    'not-sure': 'niet zeker waar naartoe',
  },
  fr: {
    'civic-integration': 'intégration civique',
    'dutch-language': 'apprendre le néerlandais',
    work: 'emploi et formation',
    income: 'revenus',
    housing: 'logement',
    administration: 'démarches administratives',
    school: 'école',
    'pupil-guidance': 'accompagnement des élèves',
    childcare: "accueil de l'enfance",
    'family-support': 'soutien familial',
    'health-insurance': 'assurance maladie',
    wellbeing: 'bien-être',
    moving: 'déménagement',
    'legal-status': 'séjour et droit',
    'not-sure': "ne sait pas où s'adresser",
  },
  de: {
    'civic-integration': 'Integrationsparcours',
    'dutch-language': 'Niederländisch lernen',
    work: 'Arbeit und Ausbildung',
    income: 'Einkommen',
    housing: 'Wohnen',
    administration: 'Verwaltungsfragen',
    school: 'Schule',
    'pupil-guidance': 'Schülerbegleitung',
    childcare: 'Kinderbetreuung',
    'family-support': 'Familienunterstützung',
    'health-insurance': 'Krankenversicherung',
    wellbeing: 'Wohlbefinden',
    moving: 'Umzug',
    'legal-status': 'Aufenthalt und Recht',
    'not-sure': 'Ich weiß nicht, an wen ich mich wenden soll',
  },
  en: {
    'civic-integration': 'civic integration',
    'dutch-language': 'learning Dutch',
    work: 'work and training',
    income: 'income',
    housing: 'housing',
    administration: 'paperwork',
    school: 'school',
    'pupil-guidance': 'pupil guidance',
    childcare: 'childcare',
    'family-support': 'family support',
    'health-insurance': 'health insurance',
    wellbeing: 'wellbeing',
    moving: 'moving house',
    'legal-status': 'residence and law',
    'not-sure': 'not sure where to go',
  },
});

/**
 * The name of a kind of item in a language.
 *
 * @example
 * ```ts
 * describeCatalogueKind('training-topic', 'de'); // 'Schulungsthema'
 * ```
 */
export function describeCatalogueKind(kind: CatalogueKind, locale: Locale): string {
  return catalogueKindLabels[localeOfTag(locale)][kind];
}

/**
 * The name of a phase in a language.
 *
 * @example
 * ```ts
 * describePhase('before-opening', 'fr'); // "avant l'ouverture"
 * ```
 */
export function describePhase(phase: Phase, locale: Locale): string {
  return phaseLabels[localeOfTag(locale)][phase];
}

/**
 * The name of an audience in a language.
 *
 * @example
 * ```ts
 * describeAudience('neighbours', 'nl'); // 'buurtbewoners'
 * ```
 */
export function describeAudience(audience: Audience, locale: Locale): string {
  return audienceLabels[localeOfTag(locale)][audience];
}

/**
 * The name of a kind of question in a language.
 *
 * @example
 * ```ts
 * describeQuestionKind('health-insurance', 'en'); // 'health insurance'
 * ```
 */
export function describeQuestionKind(kind: QuestionKind, locale: Locale): string {
  return questionKindLabels[localeOfTag(locale)][kind];
}
