import type { Locale, Localized } from '../i18n/index.js';
import { defineMessages, formatNumber, localeOfTag } from '../i18n/index.js';
import { isRecord, OpvangValidationError, validationError } from '../shared/index.js';
import type { PlaceKind } from './network.js';
import type { PlanCriterion, PlanLine } from './plan.js';
import type { Assumption } from './project.js';

/** The names of the plan criteria in each language: `criterionNames[locale][criterion]`. */
export const criterionNames = defineMessages<Readonly<Record<PlanCriterion, string>>>({
  nl: {
    'existing-centre': 'bestaand centrum',
    'proportional-operators': 'evenredig federaal/partners',
    cost: 'kostprijs',
    'geographic-spread': 'geografische spreiding',
    quality: 'kwaliteit',
  },
  fr: {
    'existing-centre': 'centre existant',
    'proportional-operators': 'proportion fédéral/partenaires',
    cost: 'coût',
    'geographic-spread': 'répartition géographique',
    quality: 'qualité',
  },
  de: {
    'existing-centre': 'bestehendes Zentrum',
    'proportional-operators': 'ausgewogenes Verhältnis föderale Zentren/Partner',
    cost: 'Kosten',
    'geographic-spread': 'geografische Verteilung',
    quality: 'Qualität',
  },
  en: {
    'existing-centre': 'existing centre',
    'proportional-operators': 'federal/partner proportion',
    cost: 'cost',
    'geographic-spread': 'geographic spread',
    quality: 'quality',
  },
});

/** The names of the kinds of places in each language: `placeKindNames[locale][kind]`. */
export const placeKindNames = defineMessages<Readonly<Record<PlaceKind, string>>>({
  nl: {
    generic: 'generieke plaatsen',
    medical: 'medische plaatsen',
    'mental-health': 'plaatsen voor geestelijke gezondheid',
    'reduced-mobility': 'plaatsen voor beperkte mobiliteit',
    'unaccompanied-minors': 'plaatsen voor niet-begeleide minderjarigen',
  },
  fr: {
    generic: 'places génériques',
    medical: 'places médicales',
    'mental-health': 'places de santé mentale',
    'reduced-mobility': 'places pour mobilité réduite',
    'unaccompanied-minors': 'places pour mineurs non accompagnés',
  },
  de: {
    generic: 'allgemeine Plätze',
    medical: 'medizinische Plätze',
    'mental-health': 'Plätze für psychische Gesundheit',
    'reduced-mobility': 'Plätze für eingeschränkte Mobilität',
    'unaccompanied-minors': 'Plätze für unbegleitete Minderjährige',
  },
  en: {
    generic: 'generic places',
    medical: 'medical places',
    'mental-health': 'mental-health places',
    'reduced-mobility': 'reduced-mobility places',
    'unaccompanied-minors': 'places for unaccompanied minors',
  },
});

// One place: "Activeer 1 generieke plaats", not "1 generieke plaatsen".
const placeKindNamesOne = defineMessages<Readonly<Record<PlaceKind, string>>>({
  nl: {
    generic: 'generieke plaats',
    medical: 'medische plaats',
    'mental-health': 'plaats voor geestelijke gezondheid',
    'reduced-mobility': 'plaats voor beperkte mobiliteit',
    'unaccompanied-minors': 'plaats voor niet-begeleide minderjarigen',
  },
  fr: {
    generic: 'place générique',
    medical: 'place médicale',
    'mental-health': 'place de santé mentale',
    'reduced-mobility': 'place pour mobilité réduite',
    'unaccompanied-minors': 'place pour mineurs non accompagnés',
  },
  de: {
    generic: 'allgemeinen Platz',
    medical: 'medizinischen Platz',
    'mental-health': 'Platz für psychische Gesundheit',
    'reduced-mobility': 'Platz für eingeschränkte Mobilität',
    'unaccompanied-minors': 'Platz für unbegleitete Minderjährige',
  },
  en: {
    generic: 'generic place',
    medical: 'medical place',
    'mental-health': 'mental-health place',
    'reduced-mobility': 'reduced-mobility place',
    'unaccompanied-minors': 'place for unaccompanied minors',
  },
});

const lineTexts: Localized<
  (p: {
    action: 'activate' | 'deactivate';
    places: string;
    kind: string;
    centre: string;
    reasons: string;
    alternatives: string;
  }) => string
> = {
  nl: (p) =>
    `${p.action === 'activate' ? 'Activeer' : 'Desactiveer'} ${p.places} ${p.kind} in ${p.centre}. Gekozen omwille van: ${p.reasons}.${p.alternatives === '' ? '' : ` Alternatieven: ${p.alternatives}.`}`,
  fr: (p) =>
    `${p.action === 'activate' ? 'Activer' : 'Désactiver'} ${p.places} ${p.kind} à ${p.centre}. Critères déterminants : ${p.reasons}.${p.alternatives === '' ? '' : ` Alternatives : ${p.alternatives}.`}`,
  de: (p) =>
    `${p.places} ${p.kind} in ${p.centre} ${p.action === 'activate' ? 'aktivieren' : 'deaktivieren'}. Gewählt wegen: ${p.reasons}.${p.alternatives === '' ? '' : ` Alternativen: ${p.alternatives}.`}`,
  en: (p) =>
    `${p.action === 'activate' ? 'Activate' : 'Deactivate'} ${p.places} ${p.kind} in ${p.centre}. Chosen for: ${p.reasons}.${p.alternatives === '' ? '' : ` Alternatives: ${p.alternatives}.`}`,
};

/**
 * A plan line as a sentence: what to do, where, the criteria that weighed most (with their
 * scores), and what the best alternatives scored.
 *
 * @example
 * ```ts
 * describePlanLine(line, 'nl');
 * // 'Activeer 40 generieke plaatsen in Centrum Kapellen. Gekozen omwille van: bestaand centrum 1, kostprijs 0,82. Alternatieven: c-017 2,6; c-003 2,4.'
 * ```
 */
export function describePlanLine(line: PlanLine, tag: Locale): string {
  const locale = localeOfTag(tag);
  const number = (value: number) => formatNumber(value, locale);
  const reasons = line.reasons
    .filter((reason) => reason.contribution > 0)
    .slice(0, 3)
    .map((reason) => `${criterionNames[locale][reason.criterion]} ${number(reason.score)}`)
    .join(', ');
  const alternatives = line.alternatives
    .map((alternative) => `${alternative.centreId} ${number(alternative.total)}`)
    .join('; ');
  return lineTexts[locale]({
    action: line.action,
    places: number(line.places),
    kind: (line.places === 1 ? placeKindNamesOne : placeKindNames)[locale][line.kind],
    centre: line.centreName,
    reasons,
    alternatives,
  });
}

// Amounts of money: two decimals, grouped as the reader's language groups numbers.
const euros = (value: number, locale: Locale): string =>
  formatNumber(value, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A sentence for each kind of assumption, from its details. */
type AssumptionTexts = {
  readonly [K in Assumption['kind']]: (a: Extract<Assumption, { kind: K }>) => string;
};

const assumptionTexts = defineMessages<AssumptionTexts>({
  nl: {
    'generic-places-only': () =>
      'Alleen generieke plaatsen worden geprojecteerd; specifieke plaatsen blijven zoals ze zijn.',
    'normal-weekly-flows': (a) =>
      `In- en uitstroom per week zijn normaal verdeeld rond de prognose, onafhankelijk van week tot week; ${a.paths} gesimuleerde paden, startgetal ${a.seed}.`,
    'scenario-paths': (a) => `In- en uitstroom volgen ${a.paths} opgegeven scenario's.`,
    'activation-lead-time': (a) =>
      `Geactiveerde bufferplaatsen zijn pas na ${a.weeks} week/weken beschikbaar (gemiddelde activeringstermijn van de buffer).`,
    'deactivation-immediate': () => 'Lege plaatsen desactiveren gebeurt meteen.',
    'policy-weekly': (a) =>
      a.applied
        ? `De bufferregel wordt elke week toegepast, met als doel ${Math.round(a.target * 100)}% bezetting.`
        : 'De bufferregel wordt niet toegepast: de capaciteit blijft zoals ze is.',
    'average-costs': (a) =>
      `Kosten: gemiddeld € ${euros(a.activePerDay, 'nl')} per actieve plaats en € ${euros(a.bufferPerDay, 'nl')} per bufferplaats per dag.`,
    'demand-may-exceed-places': () =>
      'De vraag kan het aantal plaatsen overstijgen: een bezetting boven 100% betekent mensen zonder plaats.',
  },
  fr: {
    'generic-places-only': () =>
      'Seules les places génériques sont projetées ; les places spécifiques restent inchangées.',
    'normal-weekly-flows': (a) =>
      `Les entrées et sorties hebdomadaires suivent une loi normale autour de la prévision, indépendantes d’une semaine à l’autre ; ${a.paths} trajectoires simulées, graine ${a.seed}.`,
    'scenario-paths': (a) => `Les entrées et sorties suivent ${a.paths} scénarios donnés.`,
    'activation-lead-time': (a) =>
      `Les places tampons activées ne sont disponibles qu’après ${a.weeks} semaine(s) (délai moyen d’activation du tampon).`,
    'deactivation-immediate': () => 'La désactivation de places vides est immédiate.',
    'policy-weekly': (a) =>
      a.applied
        ? `La règle est appliquée chaque semaine, avec un objectif de ${Math.round(a.target * 100)} % d’occupation.`
        : 'La règle n’est pas appliquée : la capacité reste telle quelle.',
    'average-costs': (a) =>
      `Coûts : en moyenne ${euros(a.activePerDay, 'fr')} € par place active et ${euros(a.bufferPerDay, 'fr')} € par place tampon et par jour.`,
    'demand-may-exceed-places': () =>
      'La demande peut dépasser le nombre de places : une occupation au-delà de 100 % signifie des personnes sans place.',
  },
  de: {
    'generic-places-only': () =>
      'Nur allgemeine Plätze werden projiziert; spezifische Plätze bleiben unverändert.',
    'normal-weekly-flows': (a) =>
      `Zu- und Abgänge pro Woche sind um die Prognose normalverteilt, von Woche zu Woche unabhängig; ${a.paths} simulierte Pfade, Startwert ${a.seed}.`,
    'scenario-paths': (a) => `Zu- und Abgänge folgen ${a.paths} vorgegebenen Szenarien.`,
    'activation-lead-time': (a) =>
      `Aktivierte Pufferplätze sind erst nach ${a.weeks} Woche(n) verfügbar (mittlere Aktivierungsfrist des Puffers).`,
    'deactivation-immediate': () => 'Leere Plätze werden sofort deaktiviert.',
    'policy-weekly': (a) =>
      a.applied
        ? `Die Pufferregel wird jede Woche angewandt, mit dem Ziel einer Belegung von ${Math.round(a.target * 100)} %.`
        : 'Die Pufferregel wird nicht angewandt: Die Kapazität bleibt, wie sie ist.',
    'average-costs': (a) =>
      `Kosten: im Mittel ${euros(a.activePerDay, 'de')} € je aktivem Platz und ${euros(a.bufferPerDay, 'de')} € je Pufferplatz und Tag.`,
    'demand-may-exceed-places': () =>
      'Die Nachfrage kann die Zahl der Plätze übersteigen: eine Belegung über 100 % bedeutet Menschen ohne Platz.',
  },
  en: {
    'generic-places-only': () =>
      'Only generic places are projected; specific places stay as they are.',
    'normal-weekly-flows': (a) =>
      `Weekly inflow and outflow are normally distributed around the forecast, independent from week to week; ${a.paths} simulated paths, seed ${a.seed}.`,
    'scenario-paths': (a) => `Inflow and outflow follow ${a.paths} given scenarios.`,
    'activation-lead-time': (a) =>
      `Activated buffer places are available only after ${a.weeks} week(s) (the buffer's average activation lead time).`,
    'deactivation-immediate': () => 'Empty places are deactivated at once.',
    'policy-weekly': (a) =>
      a.applied
        ? `The buffer rule is applied every week, aiming at ${Math.round(a.target * 100)}% occupancy.`
        : 'The buffer rule is not applied: capacity stays as it is.',
    'average-costs': (a) =>
      `Costs: on average €${euros(a.activePerDay, 'en')} per active place and €${euros(a.bufferPerDay, 'en')} per buffer place per day.`,
    'demand-may-exceed-places': () =>
      'Demand may exceed the places: an occupancy above 100% means people without a place.',
  },
});

/**
 * An assumption of a projection as a sentence in a language. The language is read as
 * `localeOfTag` reads a tag: `en-GB` is English, an unsupported one Dutch.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) for a value that is not an
 *   {@link Assumption}: an unknown `kind`, or details that are not numbers or booleans.
 *
 * @example
 * ```ts
 * describeAssumption({ kind: 'activation-lead-time', weeks: 2 }, 'en');
 * // 'Activated buffer places are available only after 2 week(s) (the buffer's average activation lead time).'
 * ```
 */
export function describeAssumption(assumption: Assumption, locale: Locale): string {
  const texts = assumptionTexts[localeOfTag(locale)];
  const kind: unknown = isRecord(assumption) ? assumption.kind : undefined;
  if (typeof kind !== 'string' || !Object.hasOwn(texts, kind)) {
    throw new OpvangValidationError(
      validationError('assumption', [
        {
          path: 'kind',
          message: 'not an assumption of a projection',
          expected: `one of ${Object.keys(texts).join(', ')}`,
          received: kind,
        },
      ]),
    );
  }
  // Every assumption's details are numbers or yes/no; anything else is not one of ours.
  const odd = Object.entries(assumption).find(
    ([key, value]) => key !== 'kind' && typeof value !== 'number' && typeof value !== 'boolean',
  );
  if (odd !== undefined) {
    throw new OpvangValidationError(
      validationError('assumption', [
        {
          path: odd[0],
          message: 'not a detail of an assumption',
          expected: 'a number or a boolean',
          received: odd[1],
        },
      ]),
    );
  }
  const describe = texts[kind as Assumption['kind']] as (a: Assumption) => string;
  return describe(assumption);
}
