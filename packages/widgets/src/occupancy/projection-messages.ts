import { defineMessages } from '@opvang/core/i18n';

type Places = { places: string };
type Tolerance = { tolerance: string };

/** The projection's texts: the slider, the required buffer, the charts and their summaries. */
export const projectionMessages = defineMessages({
  nl: {
    projectionHeading: (p: { weeks: string }) => `Vooruitblik over ${p.weeks} weken`,
    tolerance: 'Risicotolerantie: hoogste kans per week om boven de band te gaan',
    computing: (p: Tolerance) =>
      `De buffer voor een risicotolerantie van ${p.tolerance} wordt berekend…`,
    required: (p: { tolerance: string; places: string; current: string; change: string }) =>
      `Voor hoogstens ${p.tolerance} kans per week boven de band zijn ${p.places} generieke bufferplaatsen nodig (nu ${p.current}: ${p.change}).`,
    requiredNone: (p: Tolerance) =>
      `Geen buffer houdt de kans boven de band onder ${p.tolerance}: de instroom loopt sneller op dan de activeringstermijn toelaat.`,
    sameBuffer: 'evenveel',
    moreBuffer: (p: Places) => `${p.places} meer`,
    lessBuffer: (p: Places) => `${p.places} minder`,
    withBuffer: (p: Places) =>
      `De grafieken tonen de projectie met ${p.places} generieke bufferplaatsen.`,
    keys: 'Pijltjestoetsen: van week naar week; Home en End: eerste en laatste week.',
    asTable: 'De gegevens als tabel',
    week: 'Week',
    weekNumber: (p: { week: string }) => `Week ${p.week}`,
    fanTitle: 'Bezetting per week (P10, P50, P90) tegenover de band',
    p10: 'P10',
    p50: 'Mediaan (P50)',
    p90: 'P90',
    probabilityTitle: 'Kans per week boven en onder de band',
    above: 'Boven de band',
    below: 'Onder de band',
    outside: 'Buiten de band',
    probabilitySummary: (p: {
      above: string;
      aboveWeek: string;
      below: string;
      belowWeek: string;
    }) =>
      `De kans boven de band is het hoogst in week ${p.aboveWeek} (${p.above}); de kans onder de band in week ${p.belowWeek} (${p.below}).`,
    probabilityAboveOnly: (p: { above: string; aboveWeek: string }) =>
      `De kans boven de band is het hoogst in week ${p.aboveWeek} (${p.above}); onder de band komt de bezetting in geen enkel pad.`,
    changesTitle: 'Geactiveerde en gedesactiveerde plaatsen per week (gemiddeld)',
    activated: 'Geactiveerd',
    deactivated: 'Gedesactiveerd',
    changesSummary: (p: { activated: string; deactivated: string; weeks: string }) =>
      `Over ${p.weeks} weken worden gemiddeld ${p.activated} plaatsen geactiveerd en ${p.deactivated} gedesactiveerd.`,
    costTitle: 'Kosten per week (gemiddeld)',
    cost: 'Kosten',
    costSummary: (p: { total: string; weeks: string; peak: string; peakWeek: string }) =>
      `Over ${p.weeks} weken kost het netwerk gemiddeld ${p.total}; de duurste week is week ${p.peakWeek} (${p.peak}).`,
    assumptions: 'Aannames',
    forecast: (p: { inflow: string; inflowSd: string; outflow: string; outflowSd: string }) =>
      `Prognose: per week gemiddeld ${p.inflow} aankomsten (spreiding ${p.inflowSd}) en ${p.outflow} vertrekken (spreiding ${p.outflowSd}).`,
    exportProjection: 'Projectie als CSV downloaden',
  },
  fr: {
    projectionHeading: (p: { weeks: string }) => `Projection sur ${p.weeks} semaines`,
    tolerance: 'Tolérance au risque : probabilité maximale par semaine de dépasser la fourchette',
    computing: (p: Tolerance) => `Calcul du tampon pour une tolérance au risque de ${p.tolerance}…`,
    required: (p: { tolerance: string; places: string; current: string; change: string }) =>
      `Pour au plus ${p.tolerance} de probabilité par semaine au-dessus de la fourchette, il faut ${p.places} places tampons génériques (aujourd’hui ${p.current} : ${p.change}).`,
    requiredNone: (p: Tolerance) =>
      `Aucun tampon ne maintient la probabilité au-dessus de la fourchette sous ${p.tolerance} : les arrivées augmentent plus vite que le délai d’activation ne le permet.`,
    sameBuffer: 'autant',
    moreBuffer: (p: Places) => `${p.places} de plus`,
    lessBuffer: (p: Places) => `${p.places} de moins`,
    withBuffer: (p: Places) =>
      `Les graphiques montrent la projection avec ${p.places} places tampons génériques.`,
    keys: 'Flèches : de semaine en semaine ; Début et Fin : première et dernière semaine.',
    asTable: 'Les données sous forme de tableau',
    week: 'Semaine',
    weekNumber: (p: { week: string }) => `Semaine ${p.week}`,
    fanTitle: 'Occupation par semaine (P10, P50, P90) par rapport à la fourchette',
    p10: 'P10',
    p50: 'Médiane (P50)',
    p90: 'P90',
    probabilityTitle: 'Probabilité par semaine au-dessus et au-dessous de la fourchette',
    above: 'Au-dessus de la fourchette',
    below: 'Au-dessous de la fourchette',
    outside: 'Hors de la fourchette',
    probabilitySummary: (p: {
      above: string;
      aboveWeek: string;
      below: string;
      belowWeek: string;
    }) =>
      `La probabilité au-dessus de la fourchette est la plus haute en semaine ${p.aboveWeek} (${p.above}) ; celle au-dessous en semaine ${p.belowWeek} (${p.below}).`,
    probabilityAboveOnly: (p: { above: string; aboveWeek: string }) =>
      `La probabilité au-dessus de la fourchette est la plus haute en semaine ${p.aboveWeek} (${p.above}) ; aucune trajectoire ne passe sous la fourchette.`,
    changesTitle: 'Places activées et désactivées par semaine (en moyenne)',
    activated: 'Activées',
    deactivated: 'Désactivées',
    changesSummary: (p: { activated: string; deactivated: string; weeks: string }) =>
      `Sur ${p.weeks} semaines, ${p.activated} places sont activées et ${p.deactivated} désactivées en moyenne.`,
    costTitle: 'Coût par semaine (en moyenne)',
    cost: 'Coût',
    costSummary: (p: { total: string; weeks: string; peak: string; peakWeek: string }) =>
      `Sur ${p.weeks} semaines, le réseau coûte en moyenne ${p.total} ; la semaine la plus chère est la semaine ${p.peakWeek} (${p.peak}).`,
    assumptions: 'Hypothèses',
    forecast: (p: { inflow: string; inflowSd: string; outflow: string; outflowSd: string }) =>
      `Prévision : par semaine, en moyenne ${p.inflow} arrivées (écart type ${p.inflowSd}) et ${p.outflow} départs (écart type ${p.outflowSd}).`,
    exportProjection: 'Télécharger la projection en CSV',
  },
  de: {
    projectionHeading: (p: { weeks: string }) => `Vorausschau über ${p.weeks} Wochen`,
    tolerance: 'Risikotoleranz: höchste Wahrscheinlichkeit pro Woche, über den Korridor zu steigen',
    computing: (p: Tolerance) =>
      `Der Puffer für eine Risikotoleranz von ${p.tolerance} wird berechnet…`,
    required: (p: { tolerance: string; places: string; current: string; change: string }) =>
      `Für höchstens ${p.tolerance} Wahrscheinlichkeit pro Woche über dem Korridor sind ${p.places} allgemeine Pufferplätze nötig (jetzt ${p.current}: ${p.change}).`,
    requiredNone: (p: Tolerance) =>
      `Kein Puffer hält die Wahrscheinlichkeit über dem Korridor unter ${p.tolerance}: Die Zugänge steigen schneller, als die Aktivierungsfrist erlaubt.`,
    sameBuffer: 'gleich viele',
    moreBuffer: (p: Places) => `${p.places} mehr`,
    lessBuffer: (p: Places) => `${p.places} weniger`,
    withBuffer: (p: Places) =>
      `Die Diagramme zeigen die Projektion mit ${p.places} allgemeinen Pufferplätzen.`,
    keys: 'Pfeiltasten: von Woche zu Woche; Pos1 und Ende: erste und letzte Woche.',
    asTable: 'Die Daten als Tabelle',
    week: 'Woche',
    weekNumber: (p: { week: string }) => `Woche ${p.week}`,
    fanTitle: 'Belegung pro Woche (P10, P50, P90) gegenüber dem Korridor',
    p10: 'P10',
    p50: 'Median (P50)',
    p90: 'P90',
    probabilityTitle: 'Wahrscheinlichkeit pro Woche über und unter dem Korridor',
    above: 'Über dem Korridor',
    below: 'Unter dem Korridor',
    outside: 'Außerhalb des Korridors',
    probabilitySummary: (p: {
      above: string;
      aboveWeek: string;
      below: string;
      belowWeek: string;
    }) =>
      `Die Wahrscheinlichkeit über dem Korridor ist in Woche ${p.aboveWeek} am höchsten (${p.above}), die unter dem Korridor in Woche ${p.belowWeek} (${p.below}).`,
    probabilityAboveOnly: (p: { above: string; aboveWeek: string }) =>
      `Die Wahrscheinlichkeit über dem Korridor ist in Woche ${p.aboveWeek} am höchsten (${p.above}); unter den Korridor fällt kein Pfad.`,
    changesTitle: 'Aktivierte und deaktivierte Plätze pro Woche (im Mittel)',
    activated: 'Aktiviert',
    deactivated: 'Deaktiviert',
    changesSummary: (p: { activated: string; deactivated: string; weeks: string }) =>
      `Über ${p.weeks} Wochen werden im Mittel ${p.activated} Plätze aktiviert und ${p.deactivated} deaktiviert.`,
    costTitle: 'Kosten pro Woche (im Mittel)',
    cost: 'Kosten',
    costSummary: (p: { total: string; weeks: string; peak: string; peakWeek: string }) =>
      `Über ${p.weeks} Wochen kostet das Netz im Mittel ${p.total}; die teuerste Woche ist Woche ${p.peakWeek} (${p.peak}).`,
    assumptions: 'Annahmen',
    forecast: (p: { inflow: string; inflowSd: string; outflow: string; outflowSd: string }) =>
      `Prognose: pro Woche im Mittel ${p.inflow} Zugänge (Standardabweichung ${p.inflowSd}) und ${p.outflow} Abgänge (Standardabweichung ${p.outflowSd}).`,
    exportProjection: 'Projektion als CSV herunterladen',
  },
  en: {
    projectionHeading: (p: { weeks: string }) => `Projection over ${p.weeks} weeks`,
    tolerance: 'Risk tolerance: the highest weekly probability of going above the band',
    computing: (p: Tolerance) => `Computing the buffer for a risk tolerance of ${p.tolerance}…`,
    required: (p: { tolerance: string; places: string; current: string; change: string }) =>
      `For at most ${p.tolerance} probability per week above the band, the network needs ${p.places} generic buffer places (today ${p.current}: ${p.change}).`,
    requiredNone: (p: Tolerance) =>
      `No buffer keeps the probability above the band under ${p.tolerance}: inflow rises faster than the activation lead time allows.`,
    sameBuffer: 'as many',
    moreBuffer: (p: Places) => `${p.places} more`,
    lessBuffer: (p: Places) => `${p.places} fewer`,
    withBuffer: (p: Places) =>
      `The charts show the projection with ${p.places} generic buffer places.`,
    keys: 'Arrow keys: from week to week; Home and End: first and last week.',
    asTable: 'The data as a table',
    week: 'Week',
    weekNumber: (p: { week: string }) => `Week ${p.week}`,
    fanTitle: 'Occupancy per week (P10, P50, P90) against the band',
    p10: 'P10',
    p50: 'Median (P50)',
    p90: 'P90',
    probabilityTitle: 'Probability per week above and below the band',
    above: 'Above the band',
    below: 'Below the band',
    outside: 'Outside the band',
    probabilitySummary: (p: {
      above: string;
      aboveWeek: string;
      below: string;
      belowWeek: string;
    }) =>
      `The probability above the band is highest in week ${p.aboveWeek} (${p.above}); below the band in week ${p.belowWeek} (${p.below}).`,
    probabilityAboveOnly: (p: { above: string; aboveWeek: string }) =>
      `The probability above the band is highest in week ${p.aboveWeek} (${p.above}); no path goes below the band.`,
    changesTitle: 'Places activated and deactivated per week (on average)',
    activated: 'Activated',
    deactivated: 'Deactivated',
    changesSummary: (p: { activated: string; deactivated: string; weeks: string }) =>
      `Over ${p.weeks} weeks, on average ${p.activated} places are activated and ${p.deactivated} deactivated.`,
    costTitle: 'Cost per week (on average)',
    cost: 'Cost',
    costSummary: (p: { total: string; weeks: string; peak: string; peakWeek: string }) =>
      `Over ${p.weeks} weeks the network costs ${p.total} on average; the dearest week is week ${p.peakWeek} (${p.peak}).`,
    assumptions: 'Assumptions',
    forecast: (p: { inflow: string; inflowSd: string; outflow: string; outflowSd: string }) =>
      `Forecast: each week on average ${p.inflow} arrivals (standard deviation ${p.inflowSd}) and ${p.outflow} departures (standard deviation ${p.outflowSd}).`,
    exportProjection: 'Download the projection as CSV',
  },
});
