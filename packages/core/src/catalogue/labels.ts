import { defineMessages, localeOfTag, type Locale } from '../i18n/index.js';
import type { Audience, CatalogueKind, Phase, QuestionKind } from './model.js';

/**
 * Names of the kinds, phases, audiences and question kinds in nl/fr/de/en, for filters and
 * headings in a user interface. Built with `defineMessages`, so a missing language or key
 * does not compile.
 *
 * @example
 * ```ts
 * catalogueLabels.fr['phase:long-running']; // 'centre ouvert de longue date'
 * ```
 */
export const catalogueLabels = defineMessages({
  nl: {
    'kind:support-offer': 'standaard ondersteuningsaanbod', 'kind:task': 'taak van de verbindingsofficier', 'kind:training-topic': 'vormingsthema',
    'kind:extra-support': 'extra ondersteuning', 'kind:partner': 'partner', 'kind:internal-service': 'interne dienst AgII',
    'phase:before-opening': 'voor de opening', 'phase:around-opening': 'rond de opening', 'phase:long-running': 'langdurig open centrum',
    'audience:municipality': 'lokaal bestuur', 'audience:residents-of-centre': 'bewoners van het opvangcentrum', 'audience:neighbours': 'buurtbewoners',
    'audience:schools': 'scholen', 'audience:volunteers': 'vrijwilligers', 'audience:centre-operator': 'uitbater opvangcentrum', 'audience:partners': 'partners',
    'question:civic-integration': 'inburgering', 'question:dutch-language': 'Nederlands leren', 'question:work': 'werk en opleiding', 'question:income': 'inkomen',
    'question:housing': 'wonen', 'question:administration': 'administratie', 'question:school': 'school', 'question:pupil-guidance': 'leerlingenbegeleiding',
    'question:childcare': 'kinderopvang', 'question:family-support': 'gezinsondersteuning', 'question:health-insurance': 'ziekteverzekering',
    'question:wellbeing': 'welzijn', 'question:moving': 'verhuizen', 'question:legal-status': 'verblijf en recht', 'question:not-sure': 'niet zeker waar naartoe',
  },
  fr: {
    'kind:support-offer': 'offre de soutien standard', 'kind:task': "tâche de l'officier de liaison", 'kind:training-topic': 'thème de formation',
    'kind:extra-support': 'soutien supplémentaire', 'kind:partner': 'partenaire', 'kind:internal-service': "service interne de l'AgII",
    'phase:before-opening': "avant l'ouverture", 'phase:around-opening': "autour de l'ouverture", 'phase:long-running': 'centre ouvert de longue date',
    'audience:municipality': 'commune', 'audience:residents-of-centre': "résidents du centre d'accueil", 'audience:neighbours': 'riverains',
    'audience:schools': 'écoles', 'audience:volunteers': 'bénévoles', 'audience:centre-operator': "exploitant du centre d'accueil", 'audience:partners': 'partenaires',
    'question:civic-integration': 'intégration civique', 'question:dutch-language': 'apprendre le néerlandais', 'question:work': 'emploi et formation', 'question:income': 'revenus',
    'question:housing': 'logement', 'question:administration': 'démarches administratives', 'question:school': 'école', 'question:pupil-guidance': 'accompagnement des élèves',
    'question:childcare': "accueil de l'enfance", 'question:family-support': 'soutien familial', 'question:health-insurance': 'assurance maladie',
    'question:wellbeing': 'bien-être', 'question:moving': 'déménagement', 'question:legal-status': 'séjour et droit', 'question:not-sure': "ne sait pas où s'adresser",
  },
  de: {
    'kind:support-offer': 'Standard-Unterstützungsangebot', 'kind:task': 'Aufgabe der Verbindungsbeauftragten', 'kind:training-topic': 'Schulungsthema',
    'kind:extra-support': 'zusätzliche Unterstützung', 'kind:partner': 'Partner', 'kind:internal-service': 'interner Dienst der AgII',
    'phase:before-opening': 'vor der Eröffnung', 'phase:around-opening': 'rund um die Eröffnung', 'phase:long-running': 'seit Langem geöffnetes Zentrum',
    'audience:municipality': 'Gemeinde', 'audience:residents-of-centre': 'Bewohner des Aufnahmezentrums', 'audience:neighbours': 'Anwohner',
    'audience:schools': 'Schulen', 'audience:volunteers': 'Freiwillige', 'audience:centre-operator': 'Betreiber des Aufnahmezentrums', 'audience:partners': 'Partner',
    'question:civic-integration': 'Integrationsparcours', 'question:dutch-language': 'Niederländisch lernen', 'question:work': 'Arbeit und Ausbildung', 'question:income': 'Einkommen',
    'question:housing': 'Wohnen', 'question:administration': 'Verwaltungsfragen', 'question:school': 'Schule', 'question:pupil-guidance': 'Schülerbegleitung',
    'question:childcare': 'Kinderbetreuung', 'question:family-support': 'Familienunterstützung', 'question:health-insurance': 'Krankenversicherung',
    'question:wellbeing': 'Wohlbefinden', 'question:moving': 'Umzug', 'question:legal-status': 'Aufenthalt und Recht', 'question:not-sure': 'Ich weiß nicht, an wen ich mich wenden soll',
  },
  en: {
    'kind:support-offer': 'standard support offer', 'kind:task': 'liaison officer task', 'kind:training-topic': 'training topic',
    'kind:extra-support': 'extra support', 'kind:partner': 'partner', 'kind:internal-service': 'AgII internal service',
    'phase:before-opening': 'before opening', 'phase:around-opening': 'around the opening', 'phase:long-running': 'long-running centre',
    'audience:municipality': 'municipality', 'audience:residents-of-centre': 'residents of the centre', 'audience:neighbours': 'neighbours',
    'audience:schools': 'schools', 'audience:volunteers': 'volunteers', 'audience:centre-operator': 'centre operator', 'audience:partners': 'partners',
    'question:civic-integration': 'civic integration', 'question:dutch-language': 'learning Dutch', 'question:work': 'work and training', 'question:income': 'income',
    'question:housing': 'housing', 'question:administration': 'paperwork', 'question:school': 'school', 'question:pupil-guidance': 'pupil guidance',
    'question:childcare': 'childcare', 'question:family-support': 'family support', 'question:health-insurance': 'health insurance',
    'question:wellbeing': 'wellbeing', 'question:moving': 'moving house', 'question:legal-status': 'residence and law', 'question:not-sure': 'not sure where to go',
  },
});

/**
 * The name of a kind of item in a language.
 *
 * @example
 * ```ts
 * kindLabel('training-topic', 'de'); // 'Schulungsthema'
 * ```
 */
export function kindLabel(kind: CatalogueKind, locale: Locale): string {
  return catalogueLabels[localeOfTag(locale)][`kind:${kind}`];
}

/**
 * The name of a phase in a language.
 *
 * @example
 * ```ts
 * phaseLabel('before-opening', 'fr'); // "avant l'ouverture"
 * ```
 */
export function phaseLabel(phase: Phase, locale: Locale): string {
  return catalogueLabels[localeOfTag(locale)][`phase:${phase}`];
}

/**
 * The name of an audience in a language.
 *
 * @example
 * ```ts
 * audienceLabel('neighbours', 'nl'); // 'buurtbewoners'
 * ```
 */
export function audienceLabel(audience: Audience, locale: Locale): string {
  return catalogueLabels[localeOfTag(locale)][`audience:${audience}`];
}

/**
 * The name of a kind of question in a language.
 *
 * @example
 * ```ts
 * questionKindLabel('health-insurance', 'en'); // 'health insurance'
 * ```
 */
export function questionKindLabel(kind: QuestionKind, locale: Locale): string {
  return catalogueLabels[localeOfTag(locale)][`question:${kind}`];
}
