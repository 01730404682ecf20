// The sentences of the summaries (summarize.ts), in each language. Figures arrive formatted
// for the language (percentages, counts with their word, money); the sentences only place them.
import { defineMessages } from '../i18n/index.js';

/** The sentences of the summaries in one language; a type, not an interface, since `defineMessages` takes a record of messages. */
export type SummaryTexts = {
  /** Words counted by `formatCount`: one and other. */
  readonly placeOne: string;
  readonly placeOther: string;
  readonly centreOne: string;
  readonly centreOther: string;
  /** Generic occupancy against the band. */
  readonly occupancy: (p: {
    occupancy: string;
    status: 'below' | 'within' | 'above';
    band: string;
  }) => string;
  readonly noActivePlaces: string;
  /** What reaching the target asks: activate (positive) or deactivate places. */
  readonly toTarget: (p: {
    activate: boolean;
    places: string;
    target: string;
    coverable: boolean;
    buffer: string;
  }) => string;
  /** Specific kinds outside their band, listed as `name (occupancy)`. */
  readonly specificOutside: (p: { list: string }) => string;
  /** Seed 002, line 525: the buffer policy starts only once occupancy falls. */
  readonly policyNotYet: string;
  readonly planNone: string;
  /** What the plan recommends: parts joined by `and`. */
  readonly planMoves: (p: { parts: string }) => string;
  readonly planActivate: (p: { places: string; centres: string }) => string;
  readonly planDeactivate: (p: { places: string; centres: string }) => string;
  readonly and: string;
  readonly planEffect: (p: {
    before: string;
    after: string;
    costBefore: string;
    costAfter: string;
  }) => string;
  /** `what`: the count and the kind (`58 generic places`, or `1 place (generic places)`). */
  readonly shortfall: (p: {
    what: string;
    one: boolean;
    activate: boolean;
    reason: string;
  }) => string;
  readonly 'not-enough-buffer': string;
  readonly 'not-enough-empty-places': string;
  readonly 'spread-guard': string;
  /** Seed 002, lines 566–572: the plan recommends, a person decides. */
  readonly personDecides: string;
  readonly withinAll: (p: { band: string; weeks: number }) => string;
  readonly withinUntil: (p: {
    band: string;
    week: number;
    next: number;
    outside: string;
  }) => string;
  readonly outsideFirst: (p: { band: string; outside: string }) => string;
  readonly horizon: (p: {
    week: number;
    p10: string;
    p90: string;
    activated: string;
    deactivated: string;
  }) => string;
  readonly peakAbove: (p: { probability: string; week: number }) => string;
};

/**
 * The sentences of `summarizeAssessment`, `summarizePlan` and `summarizeProjection`, in each
 * language.
 *
 * @example
 * ```ts
 * summaryTexts.en.personDecides; // 'This is a recommendation with its reasons, not a decision: a person decides.'
 * ```
 */
export const summaryTexts = defineMessages<SummaryTexts>({
  nl: {
    placeOne: 'plaats',
    placeOther: 'plaatsen',
    centreOne: 'centrum',
    centreOther: 'centra',
    occupancy: (p) =>
      `De bezetting van de generieke plaatsen is ${p.occupancy}: ${{ below: 'onder', within: 'binnen', above: 'boven' }[p.status]} de band van ${p.band}.`,
    noActivePlaces: 'Er zijn geen actieve generieke plaatsen.',
    toTarget: (p) =>
      p.activate
        ? `Om het doel van ${p.target} te halen, moeten ${p.places} geactiveerd worden; ${p.coverable ? 'de buffer volstaat daarvoor' : `de buffer (${p.buffer}) volstaat daarvoor niet`}.`
        : `Om het doel van ${p.target} te halen, kunnen ${p.places} gedesactiveerd worden${p.coverable ? '' : `, maar er zijn niet zoveel lege plaatsen`}.`,
    specificOutside: (p) => `Buiten hun band: ${p.list}.`,
    policyNotYet:
      'Het bufferbeleid geldt nog niet: het start pas wanneer de bezetting daalt (seed 002, regel 525); de cijfers tonen wat de band zou vragen.',
    planNone: 'Het plan beveelt geen wijziging aan: elke soort plaatsen zit op haar doel.',
    planMoves: (p) => `Het plan beveelt aan ${p.parts}.`,
    planActivate: (p) => `${p.places} te activeren in ${p.centres}`,
    planDeactivate: (p) => `${p.places} te desactiveren in ${p.centres}`,
    and: ' en ',
    planEffect: (p) =>
      `De bezetting van de generieke plaatsen gaat dan van ${p.before} naar ${p.after}, de kosten per dag van ${p.costBefore} naar ${p.costAfter}.`,
    shortfall: (p) =>
      `Tekort: ${p.what} ${p.one ? 'kan' : 'kunnen'} niet ${p.activate ? 'geactiveerd' : 'gedesactiveerd'} worden (${p.reason}).`,
    'not-enough-buffer': 'niet genoeg bufferplaatsen',
    'not-enough-empty-places': 'niet genoeg lege plaatsen',
    'spread-guard': 'de grens op de geografische spreiding',
    personDecides: 'Dit is een aanbeveling met haar redenen, geen beslissing: een mens beslist.',
    withinAll: (p) =>
      `In elk van de ${p.weeks} weken ligt de bezetting met minstens 80% kans binnen de band van ${p.band}.`,
    withinUntil: (p) =>
      `Tot week ${p.week} ligt de bezetting elke week met minstens 80% kans binnen de band van ${p.band}; in week ${p.next} ligt ze er met ${p.outside} kans buiten.`,
    outsideFirst: (p) =>
      `Al in week 1 ligt de bezetting met ${p.outside} kans buiten de band van ${p.band}.`,
    horizon: (p) =>
      `In week ${p.week} ligt de bezetting tussen ${p.p10} en ${p.p90} (P10–P90); gemiddeld worden ${p.activated} geactiveerd en ${p.deactivated} gedesactiveerd.`,
    peakAbove: (p) =>
      `De hoogste kans per week om boven de band te gaan is ${p.probability} (week ${p.week}).`,
  },
  fr: {
    placeOne: 'place',
    placeOther: 'places',
    centreOne: 'centre',
    centreOther: 'centres',
    occupancy: (p) =>
      `L’occupation des places génériques est de ${p.occupancy} : ${{ below: 'en dessous de', within: 'dans', above: 'au-dessus de' }[p.status]} la fourchette de ${p.band}.`,
    noActivePlaces: 'Il n’y a pas de places génériques actives.',
    toTarget: (p) =>
      p.activate
        ? `Pour atteindre l’objectif de ${p.target}, il faudrait activer ${p.places} ; ${p.coverable ? 'le tampon suffit' : `le tampon (${p.buffer}) ne suffit pas`}.`
        : `Pour atteindre l’objectif de ${p.target}, ${p.places} pourraient être désactivées${p.coverable ? '' : `, mais il n’y a pas autant de places vides`}.`,
    specificOutside: (p) => `Hors de leur fourchette : ${p.list}.`,
    policyNotYet:
      'La politique de tampon ne s’applique pas encore : elle ne commence qu’une fois que l’occupation baisse (seed 002, ligne 525) ; les chiffres montrent ce que la fourchette demanderait.',
    planNone: 'Le plan ne recommande aucun changement : chaque type de places est à son objectif.',
    planMoves: (p) => `Le plan recommande ${p.parts}.`,
    planActivate: (p) => `d’activer ${p.places} dans ${p.centres}`,
    planDeactivate: (p) => `de désactiver ${p.places} dans ${p.centres}`,
    and: ' et ',
    planEffect: (p) =>
      `L’occupation des places génériques passerait de ${p.before} à ${p.after}, le coût par jour de ${p.costBefore} à ${p.costAfter}.`,
    shortfall: (p) =>
      `Manque : ${p.what} ne ${p.one ? 'peut' : 'peuvent'} pas être ${p.activate ? 'activée' : 'désactivée'}${p.one ? '' : 's'} (${p.reason}).`,
    'not-enough-buffer': 'pas assez de places tampons',
    'not-enough-empty-places': 'pas assez de places vides',
    'spread-guard': 'la limite de répartition géographique',
    personDecides:
      'Ceci est une recommandation avec ses raisons, pas une décision : une personne décide.',
    withinAll: (p) =>
      `Pendant chacune des ${p.weeks} semaines, l’occupation reste dans la fourchette de ${p.band} avec au moins 80 % de probabilité.`,
    withinUntil: (p) =>
      `Jusqu’à la semaine ${p.week}, l’occupation reste chaque semaine dans la fourchette de ${p.band} avec au moins 80 % de probabilité ; la semaine ${p.next}, elle en sort avec une probabilité de ${p.outside}.`,
    outsideFirst: (p) =>
      `Dès la semaine 1, l’occupation est hors de la fourchette de ${p.band} avec une probabilité de ${p.outside}.`,
    horizon: (p) =>
      `La semaine ${p.week}, l’occupation est entre ${p.p10} et ${p.p90} (P10–P90) ; en moyenne, ${p.activated} sont activées et ${p.deactivated} désactivées.`,
    peakAbove: (p) =>
      `La plus forte probabilité hebdomadaire de dépasser la fourchette est de ${p.probability} (semaine ${p.week}).`,
  },
  de: {
    placeOne: 'Platz',
    placeOther: 'Plätze',
    centreOne: 'Zentrum',
    centreOther: 'Zentren',
    occupancy: (p) =>
      `Die Belegung der allgemeinen Plätze beträgt ${p.occupancy}: ${{ below: 'unter', within: 'innerhalb', above: 'über' }[p.status]} der Bandbreite von ${p.band}.`,
    noActivePlaces: 'Es gibt keine aktiven allgemeinen Plätze.',
    toTarget: (p) =>
      p.activate
        ? `Um das Ziel von ${p.target} zu erreichen, müssten ${p.places} aktiviert werden; ${p.coverable ? 'der Puffer reicht dafür' : `der Puffer (${p.buffer}) reicht dafür nicht`}.`
        : `Um das Ziel von ${p.target} zu erreichen, könnten ${p.places} deaktiviert werden${p.coverable ? '' : `, aber so viele leere Plätze gibt es nicht`}.`,
    specificOutside: (p) => `Außerhalb ihrer Bandbreite: ${p.list}.`,
    policyNotYet:
      'Die Pufferpolitik gilt noch nicht: Sie beginnt erst, wenn die Belegung sinkt (seed 002, Zeile 525); die Zahlen zeigen, was die Bandbreite verlangen würde.',
    planNone: 'Der Plan empfiehlt keine Änderung: Jede Art von Plätzen ist auf ihrem Ziel.',
    planMoves: (p) => `Der Plan empfiehlt, ${p.parts}.`,
    planActivate: (p) => `${p.places} in ${p.centres} zu aktivieren`,
    planDeactivate: (p) => `${p.places} in ${p.centres} zu deaktivieren`,
    and: ' und ',
    planEffect: (p) =>
      `Die Belegung der allgemeinen Plätze ginge dann von ${p.before} auf ${p.after}, die Kosten pro Tag von ${p.costBefore} auf ${p.costAfter}.`,
    shortfall: (p) =>
      `Fehlmenge: ${p.what} ${p.one ? 'kann' : 'können'} nicht ${p.activate ? 'aktiviert' : 'deaktiviert'} werden (${p.reason}).`,
    'not-enough-buffer': 'nicht genug Pufferplätze',
    'not-enough-empty-places': 'nicht genug leere Plätze',
    'spread-guard': 'die Grenze der geografischen Verteilung',
    personDecides:
      'Dies ist eine Empfehlung mit ihren Gründen, keine Entscheidung: Ein Mensch entscheidet.',
    withinAll: (p) =>
      `In jeder der ${p.weeks} Wochen liegt die Belegung mit mindestens 80 % Wahrscheinlichkeit innerhalb der Bandbreite von ${p.band}.`,
    withinUntil: (p) =>
      `Bis Woche ${p.week} liegt die Belegung jede Woche mit mindestens 80 % Wahrscheinlichkeit innerhalb der Bandbreite von ${p.band}; in Woche ${p.next} liegt sie mit ${p.outside} Wahrscheinlichkeit außerhalb.`,
    outsideFirst: (p) =>
      `Schon in Woche 1 liegt die Belegung mit ${p.outside} Wahrscheinlichkeit außerhalb der Bandbreite von ${p.band}.`,
    horizon: (p) =>
      `In Woche ${p.week} liegt die Belegung zwischen ${p.p10} und ${p.p90} (P10–P90); im Mittel werden ${p.activated} aktiviert und ${p.deactivated} deaktiviert.`,
    peakAbove: (p) =>
      `Die höchste wöchentliche Wahrscheinlichkeit, über die Bandbreite zu steigen, beträgt ${p.probability} (Woche ${p.week}).`,
  },
  en: {
    placeOne: 'place',
    placeOther: 'places',
    centreOne: 'centre',
    centreOther: 'centres',
    occupancy: (p) =>
      `Occupancy of generic places is ${p.occupancy}: ${{ below: 'below', within: 'within', above: 'above' }[p.status]} the band of ${p.band}.`,
    noActivePlaces: 'There are no active generic places.',
    toTarget: (p) =>
      p.activate
        ? `Reaching the target of ${p.target} takes activating ${p.places}; ${p.coverable ? 'the buffer is enough for that' : `the buffer (${p.buffer}) is not enough for that`}.`
        : `Reaching the target of ${p.target} allows deactivating ${p.places}${p.coverable ? '' : `, but there are not as many empty places`}.`,
    specificOutside: (p) => `Outside their band: ${p.list}.`,
    policyNotYet:
      'The buffer policy does not apply yet: it starts only once occupancy falls (seed 002, line 525); the figures show what the band would ask.',
    planNone: 'The plan recommends no change: every kind of places is at its target.',
    planMoves: (p) => `The plan recommends ${p.parts}.`,
    planActivate: (p) => `activating ${p.places} in ${p.centres}`,
    planDeactivate: (p) => `deactivating ${p.places} in ${p.centres}`,
    and: ' and ',
    planEffect: (p) =>
      `Occupancy of generic places would go from ${p.before} to ${p.after}, the cost per day from ${p.costBefore} to ${p.costAfter}.`,
    shortfall: (p) =>
      `Shortfall: ${p.what} cannot be ${p.activate ? 'activated' : 'deactivated'} (${p.reason}).`,
    'not-enough-buffer': 'not enough buffer places',
    'not-enough-empty-places': 'not enough empty places',
    'spread-guard': 'the geographic spread guard',
    personDecides: 'This is a recommendation with its reasons, not a decision: a person decides.',
    withinAll: (p) =>
      `In each of the ${p.weeks} weeks, occupancy is within the band of ${p.band} with at least 80% probability.`,
    withinUntil: (p) =>
      `Until week ${p.week}, occupancy is within the band of ${p.band} with at least 80% probability each week; in week ${p.next} it is outside with ${p.outside} probability.`,
    outsideFirst: (p) =>
      `Already in week 1, occupancy is outside the band of ${p.band} with ${p.outside} probability.`,
    horizon: (p) =>
      `In week ${p.week}, occupancy is between ${p.p10} and ${p.p90} (P10–P90); on average ${p.activated} are activated and ${p.deactivated} deactivated.`,
    peakAbove: (p) =>
      `The highest weekly probability of going above the band is ${p.probability} (week ${p.week}).`,
  },
});
