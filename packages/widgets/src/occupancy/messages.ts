import type { BandStatus, BufferPlan } from '@opvang/core/buffer';
import { defineMessages } from '@opvang/core/i18n';

type Places = { places: string };
type Shortfall = { places: string; kind: string };

/** Where an occupancy stands against its band, as the tables say it. */
export const statusNames = defineMessages<
  Readonly<Record<BandStatus | 'no-active-places', string>>
>({
  nl: {
    below: 'onder de band',
    within: 'binnen de band',
    above: 'boven de band',
    'no-active-places': 'geen actieve plaatsen',
  },
  fr: {
    below: 'sous la fourchette',
    within: 'dans la fourchette',
    above: 'au-dessus de la fourchette',
    'no-active-places': 'aucune place active',
  },
  de: {
    below: 'unter dem Korridor',
    within: 'im Korridor',
    above: 'über dem Korridor',
    'no-active-places': 'keine aktiven Plätze',
  },
  en: {
    below: 'below the band',
    within: 'within the band',
    above: 'above the band',
    'no-active-places': 'no active places',
  },
});

/** A shortfall of the plan, said plainly. */
export const shortfallTexts = defineMessages<
  Readonly<Record<BufferPlan['shortfalls'][number]['reason'], (p: Shortfall) => string>>
>({
  nl: {
    'not-enough-buffer': (p) =>
      `${p.places} ${p.kind} kunnen niet geactiveerd worden: er is niet genoeg buffer.`,
    'not-enough-empty-places': (p) =>
      `${p.places} ${p.kind} kunnen niet gedesactiveerd worden: er zijn niet genoeg lege plaatsen.`,
    'spread-guard': (p) =>
      `${p.places} ${p.kind} blijven onverplaatst: anders zou de geografische spreiding te sterk dalen.`,
  },
  fr: {
    'not-enough-buffer': (p) =>
      `${p.places} ${p.kind} ne peuvent pas être activées : le tampon ne suffit pas.`,
    'not-enough-empty-places': (p) =>
      `${p.places} ${p.kind} ne peuvent pas être désactivées : il n’y a pas assez de places vides.`,
    'spread-guard': (p) =>
      `${p.places} ${p.kind} ne sont pas déplacées : la répartition géographique baisserait trop.`,
  },
  de: {
    'not-enough-buffer': (p) =>
      `${p.places} ${p.kind} können nicht aktiviert werden: Der Puffer reicht nicht.`,
    'not-enough-empty-places': (p) =>
      `${p.places} ${p.kind} können nicht deaktiviert werden: Es gibt nicht genug leere Plätze.`,
    'spread-guard': (p) =>
      `${p.places} ${p.kind} werden nicht verschoben: Die geografische Verteilung würde zu stark sinken.`,
  },
  en: {
    'not-enough-buffer': (p) =>
      `${p.places} ${p.kind} cannot be activated: there is not enough buffer.`,
    'not-enough-empty-places': (p) =>
      `${p.places} ${p.kind} cannot be deactivated: there are not enough empty places.`,
    'spread-guard': (p) =>
      `${p.places} ${p.kind} are not moved: geographic spread would fall too far.`,
  },
});

/** The dashboard's own texts; kinds, criteria and assumptions come from `@opvang/core/buffer`. */
export const messages = defineMessages({
  nl: {
    heading: 'Bezetting van het opvangnetwerk',
    loading: 'Het netwerk wordt geladen…',
    badPolicy: (p: { issues: string }) =>
      `Het bufferbeleid in de attributen is ongeldig: ${p.issues}`,
    unreachable: 'Het netwerk kon niet geladen worden (attribuut src). Controleer het adres.',
    invalidNetwork: 'Dit netwerk kan niet gebruikt worden. Wat er mis is:',
    noNetwork: 'Kies een CSV-bestand van uw netwerk om te beginnen.',
    loaded: (p: { centres: string }) => `${p.centres} opvangcentra geladen.`,
    inputHeading: 'Netwerk en beleid',
    file: 'Netwerk als CSV- of JSON-bestand',
    fileHelp: 'Eén rij per opvangcentrum; de kolommen staan in het sjabloon.',
    template: 'Sjabloon (CSV) downloaden',
    policy: 'Bufferbeleid (in %)',
    bandMin: 'Ondergrens van de band',
    bandMax: 'Bovengrens van de band',
    target: 'Doel',
    specificMin: 'Ondergrens voor specifieke plaatsen',
    apply: 'Toepassen',
    nowHeading: 'Nu',
    globalSentence: (p: { occupancy: string; status: string; min: string; max: string }) =>
      `De globale bezetting (generieke plaatsen) is ${p.occupancy}: ${p.status} van ${p.min} tot ${p.max}.`,
    policyStart:
      'Het bufferbeleid start pas wanneer de bezetting daalt (beheersplan, regel 525). Bij deze bezetting is het netwerk nog niet in bufferbeleid; wat volgt is wat de band zou vragen.',
    perKind: 'Per soort plaatsen',
    perProvince: 'Per provincie (generieke plaatsen)',
    kind: 'Soort plaatsen',
    province: 'Provincie',
    active: 'Actief',
    occupied: 'Bezet',
    buffer: 'Buffer',
    occupancy: 'Bezetting',
    status: 'Tegenover de band',
    toTarget: 'Naar het doel',
    noGap: 'niets',
    activatePlaces: (p: Places) => `${p.places} activeren`,
    deactivatePlaces: (p: Places) => `${p.places} desactiveren`,
    planSummary: (p: {
      activate: string;
      activateCentres: string;
      deactivate: string;
      deactivateCentres: string;
    }) =>
      `Het plan activeert ${p.activate} plaatsen in ${p.activateCentres} centra en desactiveert ${p.deactivate} plaatsen in ${p.deactivateCentres} centra.`,
    planHeading: 'Het plan',
    decides:
      'Het plan is een aanbeveling; een persoon beslist. Het is geen louter mathematische oefening (beheersplan, regels 566–572).',
    noLines: 'Het plan stelt niets voor: elke soort plaatsen is op haar doel.',
    whyThisCentre: 'Waarom dit centrum',
    reasonsOf: (p: { centre: string }) => `Criteria voor ${p.centre}`,
    criterion: 'Criterium',
    score: 'Score',
    weight: 'Gewicht',
    contribution: 'Bijdrage',
    total: 'Totaal',
    alternatives: 'Beste alternatieven',
    showAll: (p: { count: string }) => `Alle ${p.count} regels tonen`,
    beforeAfter: 'Voor en na het plan',
    before: 'Voor',
    after: 'Na',
    occupancyOf: (p: { kind: string }) => `Bezetting, ${p.kind}`,
    dailyCost: 'Kosten per dag',
    shareOf: (p: { province: string }) => `Aandeel actieve generieke plaatsen, ${p.province}`,
    exportPlan: 'Plan als CSV downloaden',
  },
  fr: {
    heading: 'Occupation du réseau d’accueil',
    loading: 'Chargement du réseau…',
    badPolicy: (p: { issues: string }) =>
      `La politique tampon des attributs n’est pas valable : ${p.issues}`,
    unreachable: 'Le réseau n’a pas pu être chargé (attribut src). Vérifiez l’adresse.',
    invalidNetwork: 'Ce réseau ne peut pas être utilisé. Ce qui ne va pas :',
    noNetwork: 'Choisissez un fichier CSV de votre réseau pour commencer.',
    loaded: (p: { centres: string }) => `${p.centres} centres d’accueil chargés.`,
    inputHeading: 'Réseau et politique',
    file: 'Réseau en fichier CSV ou JSON',
    fileHelp: 'Une ligne par centre d’accueil ; les colonnes sont dans le modèle.',
    template: 'Télécharger le modèle (CSV)',
    policy: 'Politique tampon (en %)',
    bandMin: 'Limite basse de la fourchette',
    bandMax: 'Limite haute de la fourchette',
    target: 'Objectif',
    specificMin: 'Limite basse des places spécifiques',
    apply: 'Appliquer',
    nowHeading: 'Aujourd’hui',
    globalSentence: (p: { occupancy: string; status: string; min: string; max: string }) =>
      `L’occupation globale (places génériques) est de ${p.occupancy} : ${p.status} de ${p.min} à ${p.max}.`,
    policyStart:
      'La politique tampon ne démarre qu’une fois que l’occupation baisse (plan de gestion, ligne 525). À cette occupation, le réseau n’est pas encore en politique tampon ; la suite montre ce que la fourchette demanderait.',
    perKind: 'Par type de places',
    perProvince: 'Par province (places génériques)',
    kind: 'Type de places',
    province: 'Province',
    active: 'Actives',
    occupied: 'Occupées',
    buffer: 'Tampon',
    occupancy: 'Occupation',
    status: 'Par rapport à la fourchette',
    toTarget: 'Vers l’objectif',
    noGap: 'rien',
    activatePlaces: (p: Places) => `activer ${p.places}`,
    deactivatePlaces: (p: Places) => `désactiver ${p.places}`,
    planSummary: (p: {
      activate: string;
      activateCentres: string;
      deactivate: string;
      deactivateCentres: string;
    }) =>
      `Le plan active ${p.activate} places dans ${p.activateCentres} centres et en désactive ${p.deactivate} dans ${p.deactivateCentres} centres.`,
    planHeading: 'Le plan',
    decides:
      'Le plan est une recommandation ; une personne décide. Ce n’est pas un exercice purement mathématique (plan de gestion, lignes 566–572).',
    noLines: 'Le plan ne propose rien : chaque type de places est à son objectif.',
    whyThisCentre: 'Pourquoi ce centre',
    reasonsOf: (p: { centre: string }) => `Critères pour ${p.centre}`,
    criterion: 'Critère',
    score: 'Score',
    weight: 'Poids',
    contribution: 'Contribution',
    total: 'Total',
    alternatives: 'Meilleures alternatives',
    showAll: (p: { count: string }) => `Afficher les ${p.count} lignes`,
    beforeAfter: 'Avant et après le plan',
    before: 'Avant',
    after: 'Après',
    occupancyOf: (p: { kind: string }) => `Occupation, ${p.kind}`,
    dailyCost: 'Coût par jour',
    shareOf: (p: { province: string }) => `Part des places génériques actives, ${p.province}`,
    exportPlan: 'Télécharger le plan en CSV',
  },
  de: {
    heading: 'Belegung des Aufnahmenetzes',
    loading: 'Das Netz wird geladen…',
    badPolicy: (p: { issues: string }) =>
      `Die Pufferregel in den Attributen ist ungültig: ${p.issues}`,
    unreachable: 'Das Netz konnte nicht geladen werden (Attribut src). Prüfen Sie die Adresse.',
    invalidNetwork: 'Dieses Netz kann nicht verwendet werden. Was nicht stimmt:',
    noNetwork: 'Wählen Sie eine CSV-Datei Ihres Netzes, um zu beginnen.',
    loaded: (p: { centres: string }) => `${p.centres} Aufnahmezentren geladen.`,
    inputHeading: 'Netz und Regel',
    file: 'Netz als CSV- oder JSON-Datei',
    fileHelp: 'Eine Zeile je Aufnahmezentrum; die Spalten stehen in der Vorlage.',
    template: 'Vorlage (CSV) herunterladen',
    policy: 'Pufferregel (in %)',
    bandMin: 'Untergrenze des Korridors',
    bandMax: 'Obergrenze des Korridors',
    target: 'Ziel',
    specificMin: 'Untergrenze für spezifische Plätze',
    apply: 'Anwenden',
    nowHeading: 'Jetzt',
    globalSentence: (p: { occupancy: string; status: string; min: string; max: string }) =>
      `Die Gesamtbelegung (allgemeine Plätze) beträgt ${p.occupancy}: ${p.status} von ${p.min} bis ${p.max}.`,
    policyStart:
      'Die Pufferregel greift erst, wenn die Belegung sinkt (Managementplan, Zeile 525). Bei dieser Belegung ist das Netz noch nicht in der Pufferregel; was folgt, ist, was der Korridor verlangen würde.',
    perKind: 'Nach Art der Plätze',
    perProvince: 'Nach Provinz (allgemeine Plätze)',
    kind: 'Art der Plätze',
    province: 'Provinz',
    active: 'Aktiv',
    occupied: 'Belegt',
    buffer: 'Puffer',
    occupancy: 'Belegung',
    status: 'Gegenüber dem Korridor',
    toTarget: 'Zum Ziel',
    noGap: 'nichts',
    activatePlaces: (p: Places) => `${p.places} aktivieren`,
    deactivatePlaces: (p: Places) => `${p.places} deaktivieren`,
    planSummary: (p: {
      activate: string;
      activateCentres: string;
      deactivate: string;
      deactivateCentres: string;
    }) =>
      `Der Plan aktiviert ${p.activate} Plätze in ${p.activateCentres} Zentren und deaktiviert ${p.deactivate} Plätze in ${p.deactivateCentres} Zentren.`,
    planHeading: 'Der Plan',
    decides:
      'Der Plan ist eine Empfehlung; ein Mensch entscheidet. Er ist keine rein mathematische Übung (Managementplan, Zeilen 566–572).',
    noLines: 'Der Plan schlägt nichts vor: Jede Art von Plätzen ist auf ihrem Ziel.',
    whyThisCentre: 'Warum dieses Zentrum',
    reasonsOf: (p: { centre: string }) => `Kriterien für ${p.centre}`,
    criterion: 'Kriterium',
    score: 'Wert',
    weight: 'Gewicht',
    contribution: 'Beitrag',
    total: 'Summe',
    alternatives: 'Beste Alternativen',
    showAll: (p: { count: string }) => `Alle ${p.count} Zeilen zeigen`,
    beforeAfter: 'Vor und nach dem Plan',
    before: 'Vorher',
    after: 'Nachher',
    occupancyOf: (p: { kind: string }) => `Belegung, ${p.kind}`,
    dailyCost: 'Kosten pro Tag',
    shareOf: (p: { province: string }) => `Anteil aktiver allgemeiner Plätze, ${p.province}`,
    exportPlan: 'Plan als CSV herunterladen',
  },
  en: {
    heading: 'Occupancy of the reception network',
    loading: 'Loading the network…',
    badPolicy: (p: { issues: string }) =>
      `The buffer policy in the attributes is not valid: ${p.issues}`,
    unreachable: 'The network could not be loaded (attribute src). Check the address.',
    invalidNetwork: 'This network cannot be used. What is wrong:',
    noNetwork: 'Choose a CSV file of your network to begin.',
    loaded: (p: { centres: string }) => `${p.centres} reception centres loaded.`,
    inputHeading: 'Network and policy',
    file: 'Network as a CSV or JSON file',
    fileHelp: 'One row per reception centre; the template has the columns.',
    template: 'Download the template (CSV)',
    policy: 'Buffer policy (in %)',
    bandMin: 'Lower edge of the band',
    bandMax: 'Upper edge of the band',
    target: 'Target',
    specificMin: 'Lower edge for specific places',
    apply: 'Apply',
    nowHeading: 'Now',
    globalSentence: (p: { occupancy: string; status: string; min: string; max: string }) =>
      `Global occupancy (generic places) is ${p.occupancy}: ${p.status} from ${p.min} to ${p.max}.`,
    policyStart:
      'The buffer policy starts only once occupancy falls (management plan, line 525). At this occupancy the network is not yet under the buffer policy; what follows is what the band would ask.',
    perKind: 'Per kind of places',
    perProvince: 'Per province (generic places)',
    kind: 'Kind of places',
    province: 'Province',
    active: 'Active',
    occupied: 'Occupied',
    buffer: 'Buffer',
    occupancy: 'Occupancy',
    status: 'Against the band',
    toTarget: 'To the target',
    noGap: 'nothing',
    activatePlaces: (p: Places) => `activate ${p.places}`,
    deactivatePlaces: (p: Places) => `deactivate ${p.places}`,
    planSummary: (p: {
      activate: string;
      activateCentres: string;
      deactivate: string;
      deactivateCentres: string;
    }) =>
      `The plan activates ${p.activate} places in ${p.activateCentres} centres and deactivates ${p.deactivate} places in ${p.deactivateCentres} centres.`,
    planHeading: 'The plan',
    decides:
      'The plan recommends; a person decides. It is not a purely mathematical exercise (management plan, lines 566–572).',
    noLines: 'The plan proposes nothing: every kind of places is at its target.',
    whyThisCentre: 'Why this centre',
    reasonsOf: (p: { centre: string }) => `Criteria for ${p.centre}`,
    criterion: 'Criterion',
    score: 'Score',
    weight: 'Weight',
    contribution: 'Contribution',
    total: 'Total',
    alternatives: 'Best alternatives',
    showAll: (p: { count: string }) => `Show all ${p.count} lines`,
    beforeAfter: 'Before and after the plan',
    before: 'Before',
    after: 'After',
    occupancyOf: (p: { kind: string }) => `Occupancy, ${p.kind}`,
    dailyCost: 'Cost per day',
    shareOf: (p: { province: string }) => `Share of active generic places, ${p.province}`,
    exportPlan: 'Download the plan as CSV',
  },
});
