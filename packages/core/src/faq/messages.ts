import type { Localized } from '../i18n/index.js';
import type { Citation } from '../shared/index.js';
import type { AfterClosingUse, Decision, FollowUpMeetings, TargetGroup } from './facts.js';

/** The qualifier of a part of a month, as the register's `begin`/`midden`/`eind`. */
export type MonthPart = 'early' | 'mid' | 'late';

/** How a fuzzy date reads inside a sentence, with the prepositions each language needs. */
export interface DateWords {
  /** `op 2 december 2019` / `le 2 décembre 2019` / `am 2. Dezember 2019` / `on 2 December 2019`. */
  readonly onDay: (day: string) => string;
  readonly betweenDays: (from: string, to: string) => string;
  /** `begin november 2021`, `début novembre 2021`, `Anfang November 2021`, `early November 2021`. */
  readonly inPart: (part: MonthPart, month: string) => string;
  readonly inMonth: (month: string) => string;
  readonly betweenMonths: (from: string, to: string) => string;
  readonly inYear: (year: string) => string;
  readonly betweenYears: (from: string, to: string) => string;
  /** `tot 31 juli 2020`, `jusqu’au 31 juillet 2020`, … */
  readonly untilDay: (day: string) => string;
  readonly untilPart: (part: MonthPart, month: string) => string;
  readonly untilMonth: (month: string) => string;
  readonly untilYear: (year: string) => string;
  /** `sinds oktober 2023`, `depuis octobre 2023`, `seit Oktober 2023`, `since October 2023`. */
  readonly sinceDay: (day: string) => string;
  readonly sincePart: (part: MonthPart, month: string) => string;
  readonly sinceMonth: (month: string) => string;
  readonly sinceYear: (year: string) => string;
}

/** Every sentence of the generated FAQ, per language. */
export interface FaqTexts {
  readonly categories: {
    readonly centre: string;
    readonly residents: string;
    readonly neighbourhood: string;
    readonly contact: string;
    readonly helping: string;
  };
  readonly dates: DateWords;
  readonly labels: {
    readonly phone: string;
    readonly email: string;
    readonly address: string;
    readonly website: string;
    readonly openingHours: string;
  };
  /** What follows a label: `: `, and in French a no-break space before the colon. */
  readonly colon: string;
  readonly groups: { readonly [G in TargetGroup]: string };
  readonly who: {
    readonly question: (p: { withCount: boolean; municipality: string; open: boolean }) => string;
    readonly capacity: (p: { count: string }) => string;
    readonly groups: (p: { list: string; withCapacity: boolean }) => string;
  };
  readonly when: {
    /** `dated`: whether the answer can name the day the centre opened (an open centre without one is asked about as "is it open?"). */
    readonly question: (p: {
      withEnd: boolean;
      status: 'planned' | 'open' | 'closed';
      dated: boolean;
    }) => string;
    readonly planned: (p: { when: string }) => string;
    /** A planned date that has passed while nobody confirmed the opening. */
    readonly notConfirmed: (p: { when: string }) => string;
    readonly openSince: (p: { since: string | undefined }) => string;
    readonly closed: string;
    readonly provisional: string;
    readonly until: (p: { until: string; provisional: boolean }) => string;
  };
  readonly where: {
    readonly question: (p: { municipality: string }) => string;
    readonly answer: (p: { name: string | undefined; address: string }) => string;
  };
  readonly decision: {
    /** `withReason`: the municipality gave its reason in this language, so the question asks "why here" too. */
    readonly question: (p: { withReason: boolean }) => string;
    readonly by: (p: { by: Decision['by']; date: string | undefined }) => string;
    readonly municipality: { readonly [M in NonNullable<Decision['municipality']>]: string };
    /** General, sourced: how a municipality hears of a new centre. */
    readonly process: string;
  };
  readonly operator: {
    readonly question: string;
    readonly fedasil: string;
    readonly redCross: string;
    readonly partner: (p: { name: string }) => string;
  };
  readonly safety: {
    readonly question: string;
    readonly staff: string;
    readonly coreGroup: string;
    readonly officer: (p: { name: string | undefined }) => string;
    readonly contact: string;
    readonly emergency: string;
  };
  readonly afterClosing: {
    readonly question: string;
    readonly answers: { readonly [U in AfterClosingUse]: string };
  };
  readonly entitlements: {
    readonly question: string;
    readonly materialAid: string;
    readonly noFinancialSupport: string;
  };
  readonly dailyLife: {
    readonly question: string;
    readonly openCentre: string;
    readonly dutch: string;
    readonly leisure: string;
  };
  readonly schools: {
    readonly question: string;
    readonly compulsory: string;
    readonly guidance: string;
    readonly named: string;
  };
  readonly funding: {
    readonly question: string;
    readonly federal: string;
    readonly none: string;
    readonly compensated: string;
  };
  readonly market: {
    readonly question: string;
    readonly withEnd: (p: { date: string; start: string; end: string; place: string }) => string;
    readonly withoutEnd: (p: { date: string; start: string; place: string }) => string;
  };
  readonly followUp: {
    readonly question: string;
    readonly frequency: (p: { frequency: NonNullable<FollowUpMeetings['frequency']> }) => string;
    readonly next: (p: { day: string }) => string;
  };
  readonly volunteering: {
    readonly question: string;
    readonly answer: (p: { name: string | undefined; buddy: boolean }) => string;
    readonly atMarket: string;
  };
  readonly donations: {
    readonly question: string;
    readonly accepted: (p: { onRequestOnly: boolean }) => string;
    readonly askFirst: (p: { withContact: boolean }) => string;
    readonly refused: string;
  };
  readonly protection: { readonly question: string; readonly answer: string };
  readonly centreContact: {
    readonly question: string;
    readonly reach: (p: { name: string | undefined }) => string;
    readonly procedure: string;
  };
  readonly questions: {
    readonly question: string;
    readonly answer: (p: { name: string | undefined }) => string;
    readonly notListed: string;
  };
  /** `names`: each language in that language, for the links to the other versions of the page. */
  readonly languages: {
    readonly question: string;
    readonly answer: string;
    readonly names: Localized;
  };
}

/**
 * The general statements of the FAQ that rest on the sources, with the lines they rest on.
 * A test checks every quote against `sources/`; `docs/faq.md` lists them, and marks the
 * general statements that are ours (written and reviewed, no seed behind them).
 *
 * @example
 * ```ts
 * import { formatCitation } from '@opvang/core/shared';
 * faqCitations.complaints.map(formatCitation);
 * // ['seed `002`, line 3128: “De opvangcentra hanteren een uniforme procedure”']
 * ```
 */
export const faqCitations: {
  readonly [
    K in
      | 'decisionProcess'
      | 'coreGroup'
      | 'materialAid'
      | 'noFinancialSupport'
      | 'dutch'
      | 'leisure'
      | 'schoolGuidance'
      | 'protection'
      | 'complaints'
      | 'federal'
      | 'contactPoint'
  ]: readonly [Citation, ...Citation[]];
} = {
  decisionProcess: [
    { seed: '000', lines: [151, 152], quote: 'Officiële beslissing over opstart' },
    { seed: '000', lines: [152, 152], quote: 'eerste informatie via Fedasil of kabinet' },
  ],
  coreGroup: [
    {
      seed: '000',
      lines: [182, 182],
      quote: 'Lokaal bestuur start kerngroep met alle cruciale actoren',
    },
    { seed: '000', lines: [68, 68], quote: 'lokale politie en brandweer' },
  ],
  materialAid: [
    { seed: '002', lines: [66, 66], quote: 'recht hebben op materiële hulp' },
    {
      seed: '002',
      lines: [74, 74],
      quote:
        'bed, bad, brood, medische hulp, socio-juridische begeleiding en toegang tot informatie',
    },
  ],
  noFinancialSupport: [
    { seed: '002', lines: [798, 798], quote: 'uitsluitend uit materiële hulp bestaat' },
  ],
  dutch: [
    { seed: '000', lines: [110, 110], quote: 'NT2 (screening en toeleiding)' },
    { seed: '001', lines: [29, 29], quote: 'screening NT2 van de bewoners van het opvangcentrum' },
  ],
  leisure: [
    {
      seed: '000',
      lines: [115, 115],
      quote: 'toeleiding bewoners naar vrijetijdsaanbod en vrijwilligerswerk',
    },
  ],
  schoolGuidance: [
    { seed: '000', lines: [166, 166], quote: 'toeleiden van minderjarigen naar onderwijs' },
    { seed: '000', lines: [171, 171], quote: 'LOP: Lokaal OverlegPlatform - Onderwijs' },
  ],
  protection: [
    {
      seed: '004',
      lines: [13, 13],
      quote: 'als erkend vluchteling of onder subsidiaire bescherming',
    },
  ],
  complaints: [
    { seed: '002', lines: [3128, 3128], quote: 'De opvangcentra hanteren een uniforme procedure' },
  ],
  federal: [
    {
      seed: '002',
      lines: [796, 798],
      quote: 'Enkel Fedasil is aldus voortaan bevoegd om aan verzoekers hulp te verlenen',
    },
  ],
  contactPoint: [
    {
      seed: '001',
      lines: [22, 22],
      quote: 'in vertrouwen terecht kunnen met vragen, bezorgdheden, meldingen',
    },
  ],
};

const nlPart = { early: 'begin', mid: 'midden', late: 'eind' } as const;
const frPart = (part: MonthPart, month: string) =>
  `${{ early: 'début', mid: 'mi-', late: 'fin' }[part]}${part === 'mid' ? '' : ' '}${month}`;
const dePart = { early: 'Anfang', mid: 'Mitte', late: 'Ende' } as const;
const enPart = (part: MonthPart, month: string) =>
  `${{ early: 'early', mid: 'mid-', late: 'late' }[part]}${part === 'mid' ? '' : ' '}${month}`;
const languageNames = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' } as const;

/**
 * The texts of {@link generateFaq}. Written to the tone the sources ask for: *genuanceerde
 * informatie* (seed `002`, SD 12) and communication that is *correct en feitelijk*,
 * *respectvol, transparant, helder* (OD 12.2). They state facts and where to ask; they make
 * no value judgements and no promises the municipality cannot keep (planned dates are called
 * planned; an opening is stated only when the municipality says the centre is open). Terms
 * follow the project glossary (`shared/GLOSSARY.md`).
 */
export const faqTexts: Localized<FaqTexts> = {
  nl: {
    categories: {
      centre: 'Het centrum',
      residents: 'De bewoners',
      neighbourhood: 'In de buurt',
      contact: 'Vragen en contact',
      helping: 'Helpen',
    },
    dates: {
      onDay: (day) => `op ${day}`,
      betweenDays: (from, to) => `tussen ${from} en ${to}`,
      inPart: (part, month) => `${nlPart[part]} ${month}`,
      inMonth: (month) => `in ${month}`,
      betweenMonths: (from, to) => `tussen ${from} en ${to}`,
      inYear: (year) => `in ${year}`,
      betweenYears: (from, to) => `tussen ${from} en ${to}`,
      untilDay: (day) => `tot ${day}`,
      untilPart: (part, month) => `tot ${nlPart[part]} ${month}`,
      untilMonth: (month) => `tot ${month}`,
      untilYear: (year) => `tot ${year}`,
      sinceDay: (day) => `sinds ${day}`,
      sincePart: (part, month) => `sinds ${nlPart[part]} ${month}`,
      sinceMonth: (month) => `sinds ${month}`,
      sinceYear: (year) => `sinds ${year}`,
    },
    labels: {
      phone: 'Telefoon',
      email: 'E-mail',
      address: 'Adres',
      website: 'Website',
      openingHours: 'Openingsuren',
    },
    colon: ': ',
    groups: {
      adults: 'volwassenen',
      'unaccompanied-minors':
        'niet-begeleide minderjarigen (jongeren onder 18 jaar die zonder hun ouders in België aankwamen)',
      families: 'gezinnen met kinderen',
    },
    who: {
      question: ({ withCount, municipality, open }) =>
        open
          ? `Wie woont er in het opvangcentrum in ${municipality}${withCount ? ', en hoeveel mensen' : ''}?`
          : `Wie komt er in het opvangcentrum in ${municipality} wonen${withCount ? ', en hoeveel mensen' : ''}?`,
      capacity: ({ count }) =>
        `Het centrum biedt plaats aan maximaal ${count} verzoekers om internationale bescherming (asielzoekers).`,
      groups: ({ list, withCapacity }) =>
        withCapacity
          ? `Het centrum is bedoeld voor ${list}.`
          : `Het centrum is bedoeld voor verzoekers om internationale bescherming (asielzoekers): ${list}.`,
    },
    when: {
      question: ({ withEnd, status, dated }) =>
        status === 'closed'
          ? 'Is het centrum nog open?'
          : status === 'open'
            ? `${dated ? 'Sinds wanneer is het centrum open' : 'Is het centrum al open'}${withEnd ? ', en hoe lang blijft het open' : ''}?`
            : `Wanneer gaat het centrum open${withEnd ? ', en voor hoe lang' : ''}?`,
      planned: ({ when }) => `De opening is gepland ${when}.`,
      notConfirmed: ({ when }) =>
        `De opening was gepland ${when}, maar is nog niet bevestigd. We werken deze pagina bij zodra er nieuws is.`,
      openSince: ({ since }) =>
        since === undefined ? 'Het centrum is open.' : `Het centrum is open ${since}.`,
      closed: 'Het centrum is gesloten.',
      provisional: 'Deze datum is nog niet definitief.',
      until: ({ until, provisional }) =>
        `Volgens de huidige planning blijft het centrum open ${until}.${provisional ? ' Ook deze datum is nog niet definitief.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Waar in ${municipality} komt het centrum?`,
      answer: ({ name, address }) => `${name ?? 'Het centrum'} ligt op dit adres: ${address}.`,
    },
    decision: {
      question: ({ withReason }) =>
        `${withReason ? 'Waarom hier, wie heeft beslist' : 'Wie heeft beslist over dit centrum'}, en had de gemeente inspraak?`,
      by: ({ by, date }) =>
        `De beslissing om het centrum te openen werd genomen door ${by === 'fedasil' ? 'Fedasil' : 'de federale regering'}${date === undefined ? '' : ` op ${date}`}.`,
      municipality: {
        informed: 'De gemeente werd op de hoogte gebracht van de beslissing.',
        consulted: 'De gemeente werd vooraf geraadpleegd.',
        agreed: 'Het gemeentebestuur heeft ingestemd met de opening.',
      },
      process:
        'Een opvangcentrum opent na een officiële beslissing. Het lokaal bestuur krijgt de eerste informatie daarover van Fedasil of van het kabinet van de bevoegde federale minister.',
    },
    operator: {
      question: 'Wie beheert het centrum?',
      fedasil:
        'Het centrum wordt beheerd door Fedasil, het federale agentschap voor de opvang van asielzoekers.',
      redCross:
        'Het centrum wordt beheerd door het Rode Kruis, in samenwerking met Fedasil, het federale agentschap voor de opvang van asielzoekers.',
      partner: ({ name }) =>
        `Het centrum wordt beheerd door ${name}, in samenwerking met Fedasil, het federale agentschap voor de opvang van asielzoekers.`,
    },
    safety: {
      question: 'Wie volgt de veiligheid op, en bij wie kan ik terecht?',
      staff: 'In het centrum is dag en nacht personeel aanwezig.',
      coreGroup:
        'De gemeente overlegt in een kerngroep met de betrokken partners, waaronder de uitbater van het centrum en de lokale politie.',
      officer: ({ name }) =>
        `Uw aanspreekpunt bij de lokale politie is de wijkagent${name === undefined ? '' : ` (${name})`}:`,
      contact:
        'Hebt u een vraag of een bezorgdheid over de veiligheid, neem dan contact op met het contactpunt:',
      emergency:
        'Bij nood belt u 112 (ambulance, brandweer) of 101 (dringende politiehulp). Voor niet-dringende vragen kunt u terecht bij uw lokale politie (wijkagent).',
    },
    afterClosing: {
      question: 'Wat gebeurt er met het gebouw als het centrum sluit?',
      answers: {
        'returns-to-owner': 'Het gebouw gaat daarna terug naar de eigenaar.',
        'municipal-use': 'Het gebouw komt daarna ter beschikking van de gemeente.',
        'not-decided':
          'Wat er daarna met het gebouw gebeurt, is nog niet beslist. We werken deze pagina bij zodra dat bekend is.',
      },
    },
    entitlements: {
      question: 'Waar hebben de bewoners recht op?',
      materialAid:
        'Verzoekers om internationale bescherming die in een opvangcentrum verblijven, krijgen materiële hulp: een bed, maaltijden, kleding, medische hulp, sociale en juridische begeleiding en toegang tot informatie.',
      noFinancialSupport:
        'Ze krijgen geen financiële steun van het OCMW, en dus ook geen leefloon.',
    },
    dailyLife: {
      question: 'Hoe ziet het dagelijks leven in het centrum eruit?',
      openCentre:
        'Het is een open centrum: de bewoners kunnen vrij in en uit gaan, binnen de huisregels van het centrum.',
      dutch:
        'Het Agentschap Integratie en Inburgering (AgII) screent de bewoners en leidt hen toe naar lessen Nederlands als tweede taal (NT2).',
      leisure:
        'Het AgII helpt de bewoners ook de weg te vinden naar het vrijetijdsaanbod en naar vrijwilligerswerk.',
    },
    schools: {
      question: 'Gaan de kinderen en jongeren naar school?',
      compulsory:
        'In België is onderwijs verplicht voor alle kinderen van 5 tot 18 jaar die hier verblijven, ook tijdens hun asielprocedure. Anderstalige nieuwkomers krijgen eerst extra taalondersteuning, in het secundair onderwijs meestal in een onthaalklas (OKAN).',
      guidance:
        'Het Agentschap Integratie en Inburgering (AgII) helpt de minderjarigen een school te vinden (toeleiding naar onderwijs), in overleg met de scholen en het Lokaal Overlegplatform onderwijs (LOP).',
      named: 'De kinderen en jongeren gaan naar deze scholen:',
    },
    funding: {
      question: 'Wie betaalt de opvang, en kost het de gemeente iets?',
      federal:
        'De opvang van verzoekers om internationale bescherming is een federale bevoegdheid: Fedasil verleent de hulp en betaalt ze.',
      none: 'De gemeente betaalt niet voor de opvang in dit centrum.',
      compensated:
        'De gemeente krijgt een vergoeding voor de kosten die ze voor het centrum maakt.',
    },
    market: {
      question: 'Kan ik meer te weten komen op een infomarkt?',
      withEnd: ({ date, start, end, place }) =>
        `Op ${date} is er van ${start} tot ${end} een infomarkt in ${place}.`,
      withoutEnd: ({ date, start, place }) =>
        `Op ${date} is er vanaf ${start} een infomarkt in ${place}.`,
    },
    followUp: {
      question: 'Komt er nog overleg met de buurt?',
      frequency: ({ frequency }) =>
        `Er is ${{ monthly: 'elke maand', quarterly: 'elk kwartaal', 'twice-a-year': 'twee keer per jaar', yearly: 'elk jaar' }[frequency]} een buurtoverleg.`,
      next: ({ day }) => `Het volgende overleg is op ${day}.`,
    },
    volunteering: {
      question: 'Hoe kan ik helpen?',
      answer: ({ name, buddy }) =>
        `Wie wil helpen, bijvoorbeeld ${buddy ? 'als buddy, ' : ''}bij ontmoetingsactiviteiten of om samen Nederlands te oefenen, kan contact opnemen met ${name ?? 'de vrijwilligerswerking'}:`,
      atMarket: 'U kunt zich ook aanmelden op de infomarkt.',
    },
    donations: {
      question: 'Kan ik spullen of kleren schenken?',
      accepted: ({ onRequestOnly }) =>
        onRequestOnly
          ? 'Het centrum neemt schenkingen aan, maar alleen op vraag.'
          : 'Het centrum neemt schenkingen aan.',
      askFirst: ({ withContact }) => `Vraag eerst na wat er nodig is${withContact ? ':' : '.'}`,
      refused: 'Het centrum neemt geen schenkingen aan.',
    },
    protection: {
      question:
        'Wat is het verschil tussen een verzoeker om internationale bescherming, een erkend vluchteling en subsidiaire bescherming?',
      answer:
        'Een verzoeker om internationale bescherming (asielzoeker) heeft in België bescherming gevraagd en wacht op een beslissing. Die beslissing neemt het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen (CGVS). Wie bescherming krijgt, wordt erkend als vluchteling of krijgt subsidiaire bescherming. Subsidiaire bescherming krijgt wie niet als vluchteling wordt erkend, maar bij een terugkeer een reëel risico loopt op ernstige schade, bijvoorbeeld door oorlog.',
    },
    centreContact: {
      question: 'Hoe bereik ik het centrum zelf, en waar kan ik een klacht indienen?',
      reach: ({ name }) =>
        `U bereikt het centrum zelf${name === undefined ? '' : ` (${name})`} via:`,
      procedure:
        'De opvangcentra volgen een uniforme procedure om vragen en klachten te verzamelen en te behandelen.',
    },
    questions: {
      question: 'Waar kan ik terecht met vragen of bezorgdheden?',
      answer: ({ name }) =>
        `${name === undefined ? 'Bij het contactpunt' : `Bij ${name}`} kunt u terecht met vragen, bezorgdheden, meldingen en aanbiedingen om mee te helpen. Uw bericht wordt vertrouwelijk behandeld.`,
      notListed: 'Staat uw vraag niet op deze pagina? Stel ze dan aan het contactpunt.',
    },
    languages: {
      question: 'Is deze informatie ook in andere talen beschikbaar?',
      answer: 'Deze informatie staat ook in deze talen:',
      names: languageNames,
    },
  },
  fr: {
    categories: {
      centre: 'Le centre',
      residents: 'Les résidents',
      neighbourhood: 'Dans le quartier',
      contact: 'Questions et contact',
      helping: 'Aider',
    },
    dates: {
      onDay: (day) => `le ${day}`,
      betweenDays: (from, to) => `entre le ${from} et le ${to}`,
      inPart: frPart,
      inMonth: (month) => `en ${month}`,
      betweenMonths: (from, to) => `entre ${from} et ${to}`,
      inYear: (year) => `en ${year}`,
      betweenYears: (from, to) => `entre ${from} et ${to}`,
      untilDay: (day) => `jusqu’au ${day}`,
      untilPart: (part, month) => `jusqu’à ${frPart(part, month)}`,
      untilMonth: (month) => `jusqu’en ${month}`,
      untilYear: (year) => `jusqu’en ${year}`,
      sinceDay: (day) => `depuis le ${day}`,
      sincePart: (part, month) => `depuis ${frPart(part, month)}`,
      sinceMonth: (month) => `depuis ${month}`,
      sinceYear: (year) => `depuis ${year}`,
    },
    labels: {
      phone: 'Téléphone',
      email: 'E-mail',
      address: 'Adresse',
      website: 'Site web',
      openingHours: 'Heures d’ouverture',
    },
    colon: '\u00a0: ',
    groups: {
      adults: 'des adultes',
      'unaccompanied-minors':
        'des mineurs étrangers non accompagnés (MENA\u00a0: des jeunes de moins de 18 ans arrivés en Belgique sans leurs parents)',
      families: 'des familles avec enfants',
    },
    who: {
      question: ({ withCount, municipality, open }) =>
        `Qui ${open ? 'est hébergé' : 'sera hébergé'} au centre d’accueil de ${municipality}${withCount ? ', et combien de personnes' : ''}\u00a0?`,
      capacity: ({ count }) =>
        `Le centre peut accueillir jusqu’à ${count} demandeurs de protection internationale (demandeurs d’asile).`,
      groups: ({ list, withCapacity }) =>
        withCapacity
          ? `Le centre est destiné à ${list}.`
          : `Le centre est destiné à des demandeurs de protection internationale (demandeurs d’asile)\u00a0: ${list}.`,
    },
    when: {
      question: ({ withEnd, status, dated }) =>
        status === 'closed'
          ? 'Le centre est-il encore ouvert\u00a0?'
          : status === 'open'
            ? `${dated ? 'Depuis quand le centre est-il ouvert' : 'Le centre est-il déjà ouvert'}${withEnd ? ', et jusqu’à quand restera-t-il ouvert' : ''}\u00a0?`
            : `Quand le centre ouvrira-t-il${withEnd ? ', et pour combien de temps' : ''}\u00a0?`,
      planned: ({ when }) => `L’ouverture est prévue ${when}.`,
      notConfirmed: ({ when }) =>
        `L’ouverture était prévue ${when}, mais n’est pas encore confirmée. Nous mettrons cette page à jour dès qu’il y aura du nouveau.`,
      openSince: ({ since }) =>
        since === undefined ? 'Le centre est ouvert.' : `Le centre est ouvert ${since}.`,
      closed: 'Le centre est fermé.',
      provisional: 'Cette date n’est pas encore définitive.',
      until: ({ until, provisional }) =>
        `Selon la planification actuelle, le centre restera ouvert ${until}.${provisional ? ' Cette date n’est pas encore définitive non plus.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Où se trouve le centre à ${municipality}\u00a0?`,
      answer: ({ name, address }) =>
        `${name ?? 'Le centre'} se trouve à cette adresse\u00a0: ${address}.`,
    },
    decision: {
      question: ({ withReason }) =>
        `${withReason ? 'Pourquoi ici, qui a décidé' : 'Qui a décidé de l’ouverture de ce centre'}, et la commune a-t-elle eu son mot à dire\u00a0?`,
      by: ({ by, date }) =>
        `La décision d’ouvrir le centre a été prise par ${by === 'fedasil' ? 'Fedasil' : 'le gouvernement fédéral'}${date === undefined ? '' : ` le ${date}`}.`,
      municipality: {
        informed: 'La commune a été informée de la décision.',
        consulted: 'La commune a été consultée au préalable.',
        agreed: 'Le collège communal a marqué son accord sur l’ouverture.',
      },
      process:
        'Un centre d’accueil ouvre à la suite d’une décision officielle. La commune en reçoit les premières informations de Fedasil ou du cabinet du ministre fédéral compétent.',
    },
    operator: {
      question: 'Qui gère le centre\u00a0?',
      fedasil:
        'Le centre est géré par Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.',
      redCross:
        'Le centre est géré par la Croix-Rouge, en collaboration avec Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.',
      partner: ({ name }) =>
        `Le centre est géré par ${name}, en collaboration avec Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.`,
    },
    safety: {
      question: 'Qui veille à la sécurité, et à qui puis-je m’adresser\u00a0?',
      staff: 'Du personnel est présent au centre jour et nuit.',
      coreGroup:
        'La commune se concerte au sein d’une cellule de coordination avec les partenaires concernés, dont l’exploitant du centre et la police locale.',
      officer: ({ name }) =>
        `Votre interlocuteur à la police locale est l’agent de quartier${name === undefined ? '' : ` (${name})`}\u00a0:`,
      contact:
        'Si vous avez une question ou une inquiétude concernant la sécurité, adressez-vous au point de contact\u00a0:',
      emergency:
        'En cas d’urgence, appelez le 112 (ambulance, pompiers) ou le 101 (aide policière urgente). Pour une question non urgente, adressez-vous à votre police locale (agent de quartier).',
    },
    afterClosing: {
      question: 'Qu’adviendra-t-il du bâtiment quand le centre fermera\u00a0?',
      answers: {
        'returns-to-owner': 'Le bâtiment sera ensuite rendu à son propriétaire.',
        'municipal-use': 'Le bâtiment sera ensuite mis à la disposition de la commune.',
        'not-decided':
          'Ce qu’il adviendra ensuite du bâtiment n’est pas encore décidé. Nous mettrons cette page à jour dès que ce sera connu.',
      },
    },
    entitlements: {
      question: 'À quoi les résidents ont-ils droit\u00a0?',
      materialAid:
        'Les demandeurs de protection internationale hébergés dans un centre d’accueil reçoivent une aide matérielle\u00a0: un lit, des repas, des vêtements, des soins médicaux, un accompagnement social et juridique et l’accès à l’information.',
      noFinancialSupport:
        'Ils ne reçoivent pas d’aide financière du CPAS, et donc pas non plus de revenu d’intégration.',
    },
    dailyLife: {
      question: 'À quoi ressemble la vie quotidienne au centre\u00a0?',
      openCentre:
        'C’est un centre ouvert\u00a0: les résidents peuvent entrer et sortir librement, dans le respect du règlement intérieur.',
      dutch:
        'L’Agence flamande pour l’intégration et l’intégration civique (Agentschap Integratie en Inburgering, AgII) fait passer aux résidents un test d’orientation, puis les aiguille vers des cours de néerlandais langue seconde (NT2).',
      leisure: 'L’AgII aide aussi les résidents à trouver des loisirs et du bénévolat.',
    },
    schools: {
      question: 'Les enfants et les jeunes vont-ils à l’école\u00a0?',
      compulsory:
        'En Belgique, l’obligation scolaire s’applique à tous les enfants de 5 à 18 ans qui y séjournent, y compris pendant leur procédure d’asile. Les primo-arrivants allophones reçoivent d’abord un soutien linguistique supplémentaire. Dans l’enseignement secondaire, ce soutien est le plus souvent donné dans une classe d’accueil pour primo-arrivants (OKAN).',
      guidance:
        'L’Agence flamande pour l’intégration et l’intégration civique (AgII) aide les mineurs à trouver une école, en concertation avec les écoles et la plateforme locale de concertation en matière d’enseignement (LOP).',
      named: 'Les enfants et les jeunes vont dans ces écoles\u00a0:',
    },
    funding: {
      question: 'Qui paie l’accueil, et cela coûte-t-il quelque chose à la commune\u00a0?',
      federal:
        'L’accueil des demandeurs de protection internationale est une compétence fédérale\u00a0: c’est Fedasil qui accorde l’aide et qui la finance.',
      none: 'La commune ne paie pas pour l’accueil dans ce centre.',
      compensated:
        'La commune reçoit une compensation pour les frais qu’elle engage pour le centre.',
    },
    market: {
      question: 'Puis-je en savoir plus lors d’un marché d’information\u00a0?',
      withEnd: ({ date, start, end, place }) =>
        `Le ${date}, de ${start} à ${end}, un marché d’information a lieu à ${place}.`,
      withoutEnd: ({ date, start, place }) =>
        `Le ${date}, à partir de ${start}, un marché d’information a lieu à ${place}.`,
    },
    followUp: {
      question: 'Y aura-t-il d’autres rencontres avec le quartier\u00a0?',
      frequency: ({ frequency }) =>
        `Une réunion de quartier a lieu ${{ monthly: 'tous les mois', quarterly: 'tous les trimestres', 'twice-a-year': 'deux fois par an', yearly: 'chaque année' }[frequency]}.`,
      next: ({ day }) => `La prochaine réunion aura lieu le ${day}.`,
    },
    volunteering: {
      question: 'Comment puis-je aider\u00a0?',
      answer: ({ name, buddy }) =>
        `Si vous souhaitez aider, par exemple ${buddy ? 'comme parrain ou marraine (buddy), ' : ''}lors d’activités de rencontre ou pour pratiquer le néerlandais ensemble, contactez ${name ?? 'le service des bénévoles'}\u00a0:`,
      atMarket: 'Vous pouvez aussi vous inscrire lors du marché d’information.',
    },
    donations: {
      question: 'Puis-je donner des objets ou des vêtements\u00a0?',
      accepted: ({ onRequestOnly }) =>
        onRequestOnly
          ? 'Le centre accepte les dons, mais uniquement sur demande.'
          : 'Le centre accepte les dons.',
      askFirst: ({ withContact }) =>
        `Renseignez-vous d’abord sur ce dont le centre a besoin${withContact ? '\u00a0:' : '.'}`,
      refused: 'Le centre n’accepte pas de dons.',
    },
    protection: {
      question:
        'Quelle est la différence entre un demandeur de protection internationale, un réfugié reconnu et la protection subsidiaire\u00a0?',
      answer:
        'Un demandeur de protection internationale (demandeur d’asile) a demandé une protection en Belgique et attend une décision. Cette décision est prise par le Commissariat général aux réfugiés et aux apatrides (CGRA). Une personne qui obtient une protection est reconnue comme réfugiée ou reçoit la protection subsidiaire. La protection subsidiaire est accordée à une personne qui n’est pas reconnue comme réfugiée, mais qui courrait un risque réel de subir des atteintes graves en cas de retour, par exemple en raison d’une guerre.',
    },
    centreContact: {
      question: 'Comment joindre le centre lui-même, et où introduire une plainte\u00a0?',
      reach: ({ name }) =>
        `Pour joindre le centre lui-même${name === undefined ? '' : ` (${name})`}\u00a0:`,
      procedure:
        'Les centres d’accueil appliquent une procédure uniforme pour centraliser et traiter les questions et les plaintes.',
    },
    questions: {
      question: 'À qui puis-je adresser mes questions ou mes inquiétudes\u00a0?',
      answer: ({ name }) =>
        `Vous pouvez adresser vos questions, inquiétudes, signalements et propositions d’aide au point de contact${name === undefined ? '' : ` (${name})`}. Votre message est traité en toute confidentialité.`,
      notListed: 'Votre question ne figure pas sur cette page\u00a0? Posez-la au point de contact.',
    },
    languages: {
      question: 'Ces informations existent-elles dans d’autres langues\u00a0?',
      answer: 'Ces informations sont aussi disponibles dans ces langues\u00a0:',
      names: languageNames,
    },
  },
  de: {
    categories: {
      centre: 'Das Zentrum',
      residents: 'Die Bewohner',
      neighbourhood: 'In der Nachbarschaft',
      contact: 'Fragen und Kontakt',
      helping: 'Helfen',
    },
    dates: {
      onDay: (day) => `am ${day}`,
      betweenDays: (from, to) => `zwischen dem ${from} und dem ${to}`,
      inPart: (part, month) => `${dePart[part]} ${month}`,
      inMonth: (month) => `im ${month}`,
      betweenMonths: (from, to) => `zwischen ${from} und ${to}`,
      inYear: (year) => `im Jahr ${year}`,
      betweenYears: (from, to) => `zwischen ${from} und ${to}`,
      untilDay: (day) => `bis zum ${day}`,
      untilPart: (part, month) => `bis ${dePart[part]} ${month}`,
      untilMonth: (month) => `bis ${month}`,
      untilYear: (year) => `bis ${year}`,
      sinceDay: (day) => `seit dem ${day}`,
      sincePart: (part, month) => `seit ${dePart[part]} ${month}`,
      sinceMonth: (month) => `seit ${month}`,
      sinceYear: (year) => `seit ${year}`,
    },
    labels: {
      phone: 'Telefon',
      email: 'E-Mail',
      address: 'Adresse',
      website: 'Website',
      openingHours: 'Öffnungszeiten',
    },
    colon: ': ',
    groups: {
      adults: 'Erwachsene',
      'unaccompanied-minors':
        'unbegleitete minderjährige Ausländer (Jugendliche unter 18 Jahren, die ohne ihre Eltern nach Belgien gekommen sind)',
      families: 'Familien mit Kindern',
    },
    who: {
      question: ({ withCount, municipality, open }) =>
        open
          ? `Wer wohnt im Aufnahmezentrum in ${municipality}${withCount ? ' und wie viele Personen sind es' : ''}?`
          : `Wer wird im Aufnahmezentrum in ${municipality} wohnen${withCount ? ' und wie viele Personen werden es sein' : ''}?`,
      capacity: ({ count }) =>
        `Das Zentrum bietet Platz für bis zu ${count} Antragsteller auf internationalen Schutz (Asylbewerber).`,
      groups: ({ list, withCapacity }) =>
        withCapacity
          ? `Das Zentrum richtet sich an ${list}.`
          : `Das Zentrum richtet sich an Antragsteller auf internationalen Schutz (Asylbewerber): ${list}.`,
    },
    when: {
      question: ({ withEnd, status, dated }) =>
        status === 'closed'
          ? 'Ist das Zentrum noch geöffnet?'
          : status === 'open'
            ? `${dated ? 'Seit wann ist das Zentrum geöffnet' : 'Ist das Zentrum schon geöffnet'}${withEnd ? ', und wie lange bleibt es geöffnet' : ''}?`
            : `Wann wird das Zentrum eröffnet${withEnd ? ', und für wie lange' : ''}?`,
      planned: ({ when }) => `Die Eröffnung ist ${when} geplant.`,
      notConfirmed: ({ when }) =>
        `Die Eröffnung war ${when} geplant, ist aber noch nicht bestätigt. Wir aktualisieren diese Seite, sobald es Neuigkeiten gibt.`,
      openSince: ({ since }) =>
        since === undefined ? 'Das Zentrum ist geöffnet.' : `Das Zentrum ist ${since} geöffnet.`,
      closed: 'Das Zentrum ist geschlossen.',
      provisional: 'Dieses Datum ist noch nicht endgültig.',
      until: ({ until, provisional }) =>
        `Nach der aktuellen Planung bleibt das Zentrum ${until} geöffnet.${provisional ? ' Auch dieses Datum ist noch nicht endgültig.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Wo in ${municipality} befindet sich das Zentrum?`,
      answer: ({ name, address }) =>
        `${name ?? 'Das Zentrum'} befindet sich an dieser Adresse: ${address}.`,
    },
    decision: {
      question: ({ withReason }) =>
        `${withReason ? 'Warum hier, wer hat entschieden' : 'Wer hat über das Zentrum entschieden'}, und hatte die Gemeinde ein Mitspracherecht?`,
      by: ({ by, date }) =>
        `Die Entscheidung, das Zentrum zu eröffnen, hat ${by === 'fedasil' ? 'Fedasil' : 'die Föderalregierung'}${date === undefined ? '' : ` am ${date}`} getroffen.`,
      municipality: {
        informed: 'Die Gemeinde wurde über die Entscheidung informiert.',
        consulted: 'Die Gemeinde wurde vorab angehört.',
        agreed: 'Das Gemeindekollegium hat der Eröffnung zugestimmt.',
      },
      process:
        'Ein Aufnahmezentrum wird nach einer offiziellen Entscheidung eröffnet. Die Gemeinde erhält die ersten Informationen darüber von Fedasil oder vom Kabinett des zuständigen föderalen Ministers.',
    },
    operator: {
      question: 'Wer betreibt das Zentrum?',
      fedasil:
        'Das Zentrum wird von Fedasil betrieben, der föderalen Agentur für die Aufnahme von Asylbewerbern.',
      redCross:
        'Das Zentrum wird vom Roten Kreuz betrieben, in Zusammenarbeit mit Fedasil, der föderalen Agentur für die Aufnahme von Asylbewerbern.',
      partner: ({ name }) =>
        `Das Zentrum wird von ${name} betrieben, in Zusammenarbeit mit Fedasil, der föderalen Agentur für die Aufnahme von Asylbewerbern.`,
    },
    safety: {
      question: 'Wer kümmert sich um die Sicherheit, und an wen kann ich mich wenden?',
      staff: 'Im Zentrum ist Tag und Nacht Personal anwesend.',
      coreGroup:
        'Die Gemeinde berät sich in einer Koordinierungsgruppe mit den beteiligten Partnern, darunter dem Betreiber des Zentrums und der lokalen Polizei.',
      officer: ({ name }) =>
        `Ihr Ansprechpartner bei der lokalen Polizei ist der Viertelpolizist${name === undefined ? '' : ` (${name})`}:`,
      contact:
        'Wenn Sie Fragen oder Sorgen zur Sicherheit haben, wenden Sie sich an die Kontaktstelle:',
      emergency:
        'Im Notfall wählen Sie die 112 (Rettungsdienst, Feuerwehr) oder die 101 (dringende Polizeihilfe). Bei nicht dringenden Fragen wenden Sie sich an Ihre lokale Polizei (Viertelpolizist).',
    },
    afterClosing: {
      question: 'Was geschieht mit dem Gebäude, wenn das Zentrum schließt?',
      answers: {
        'returns-to-owner': 'Das Gebäude geht danach an seinen Eigentümer zurück.',
        'municipal-use': 'Das Gebäude steht danach der Gemeinde zur Verfügung.',
        'not-decided':
          'Was danach mit dem Gebäude geschieht, ist noch nicht entschieden. Wir aktualisieren diese Seite, sobald es feststeht.',
      },
    },
    entitlements: {
      question: 'Worauf haben die Bewohner Anspruch?',
      materialAid:
        'Antragsteller auf internationalen Schutz, die in einem Aufnahmezentrum wohnen, erhalten materielle Hilfe: ein Bett, Mahlzeiten, Kleidung, medizinische Versorgung, soziale und rechtliche Begleitung und Zugang zu Informationen.',
      noFinancialSupport:
        'Sie erhalten keine finanzielle Unterstützung vom ÖSHZ und damit auch kein Eingliederungseinkommen.',
    },
    dailyLife: {
      question: 'Wie sieht der Alltag im Zentrum aus?',
      openCentre:
        'Es ist ein offenes Zentrum: Die Bewohner können im Rahmen der Hausordnung frei ein- und ausgehen.',
      dutch:
        'Die flämische Agentur für Integration und Integrationsparcours (Agentschap Integratie en Inburgering, AgII) lässt die Bewohner einen Orientierungstest ablegen und vermittelt sie in Kurse für Niederländisch als Zweitsprache (NT2).',
      leisure:
        'Die AgII hilft den Bewohnern auch, Freizeitangebote und Freiwilligenarbeit zu finden.',
    },
    schools: {
      question: 'Gehen die Kinder und Jugendlichen zur Schule?',
      compulsory:
        'In Belgien gilt für alle Kinder von 5 bis 18 Jahren, die sich hier aufhalten, die Schulpflicht, auch während ihres Asylverfahrens. Anderssprachige Neuankömmlinge erhalten zunächst zusätzliche Sprachförderung, in der Sekundarschule meist im Aufnahmeunterricht für anderssprachige Neuankömmlinge (OKAN).',
      guidance:
        'Die flämische Agentur für Integration und Integrationsparcours (AgII) unterstützt die Minderjährigen bei der Suche nach einer Schule, in Absprache mit den Schulen und der lokalen Konzertierungsplattform für Bildung (LOP).',
      named: 'Die Kinder und Jugendlichen besuchen diese Schulen:',
    },
    funding: {
      question: 'Wer bezahlt die Aufnahme, und kostet sie die Gemeinde etwas?',
      federal:
        'Die Aufnahme von Antragstellern auf internationalen Schutz ist eine föderale Zuständigkeit: Fedasil gewährt die Hilfe und finanziert sie.',
      none: 'Die Gemeinde zahlt nicht für die Aufnahme in diesem Zentrum.',
      compensated:
        'Die Gemeinde erhält einen Ausgleich für die Kosten, die ihr durch das Zentrum entstehen.',
    },
    market: {
      question: 'Kann ich auf einem Informationsmarkt mehr erfahren?',
      withEnd: ({ date, start, end, place }) =>
        `Am ${date}, findet von ${start} bis ${end} Uhr ein Informationsmarkt statt. Ort: ${place}.`,
      withoutEnd: ({ date, start, place }) =>
        `Am ${date}, findet ab ${start} Uhr ein Informationsmarkt statt. Ort: ${place}.`,
    },
    followUp: {
      question: 'Gibt es weitere Treffen mit der Nachbarschaft?',
      frequency: ({ frequency }) =>
        `${{ monthly: 'Jeden Monat', quarterly: 'Jedes Quartal', 'twice-a-year': 'Zweimal im Jahr', yearly: 'Jedes Jahr' }[frequency]} findet ein Nachbarschaftstreffen statt.`,
      next: ({ day }) => `Das nächste Treffen findet am ${day} statt.`,
    },
    volunteering: {
      question: 'Wie kann ich helfen?',
      answer: ({ name, buddy }) =>
        `Wer helfen möchte, zum Beispiel ${buddy ? 'als Pate oder Patin (Buddy), ' : ''}bei Begegnungsaktivitäten oder beim gemeinsamen Üben der niederländischen Sprache, meldet sich bei der Freiwilligenkoordination${name === undefined ? '' : ` (${name})`}:`,
      atMarket: 'Sie können sich auch auf dem Informationsmarkt melden.',
    },
    donations: {
      question: 'Kann ich Sachen oder Kleidung spenden?',
      accepted: ({ onRequestOnly }) =>
        onRequestOnly
          ? 'Das Zentrum nimmt Sachspenden an, aber nur auf Anfrage.'
          : 'Das Zentrum nimmt Sachspenden an.',
      askFirst: ({ withContact }) =>
        `Fragen Sie bitte vorher nach, was gebraucht wird${withContact ? ':' : '.'}`,
      refused: 'Das Zentrum nimmt keine Sachspenden an.',
    },
    protection: {
      question:
        'Was ist der Unterschied zwischen Antragstellern auf internationalen Schutz, anerkannten Flüchtlingen und subsidiärem Schutz?',
      answer:
        'Antragsteller auf internationalen Schutz (Asylbewerber) haben in Belgien Schutz beantragt und warten auf eine Entscheidung. Diese Entscheidung trifft das Generalkommissariat für Flüchtlinge und Staatenlose (GKFS). Wer Schutz erhält, wird als Flüchtling anerkannt oder erhält subsidiären Schutz. Subsidiären Schutz erhält, wer nicht als Flüchtling anerkannt wird, dem bei einer Rückkehr aber ein ernsthafter Schaden droht, zum Beispiel durch einen Krieg.',
    },
    centreContact: {
      question: 'Wie erreiche ich das Zentrum selbst, und wo kann ich mich beschweren?',
      reach: ({ name }) =>
        `Das Zentrum selbst${name === undefined ? '' : ` (${name})`} erreichen Sie hier:`,
      procedure:
        'Die Aufnahmezentren wenden ein einheitliches Verfahren an, um Fragen und Beschwerden zu sammeln und zu bearbeiten.',
    },
    questions: {
      question: 'Wohin kann ich mich mit Fragen oder Sorgen wenden?',
      answer: ({ name }) =>
        `Mit Fragen, Sorgen, Meldungen und Hilfsangeboten können Sie sich an die Kontaktstelle${name === undefined ? '' : ` (${name})`} wenden. Ihre Nachricht wird vertraulich behandelt.`,
      notListed:
        'Ihre Frage wird auf dieser Seite nicht beantwortet? Dann wenden Sie sich bitte an die Kontaktstelle.',
    },
    languages: {
      question: 'Gibt es diese Informationen auch in anderen Sprachen?',
      answer: 'Diese Informationen gibt es auch in diesen Sprachen:',
      names: languageNames,
    },
  },
  en: {
    categories: {
      centre: 'The centre',
      residents: 'The residents',
      neighbourhood: 'In the neighbourhood',
      contact: 'Questions and contact',
      helping: 'Helping',
    },
    dates: {
      onDay: (day) => `on ${day}`,
      betweenDays: (from, to) => `between ${from} and ${to}`,
      inPart: enPart,
      inMonth: (month) => `in ${month}`,
      betweenMonths: (from, to) => `between ${from} and ${to}`,
      inYear: (year) => `in ${year}`,
      betweenYears: (from, to) => `between ${from} and ${to}`,
      untilDay: (day) => `until ${day}`,
      untilPart: (part, month) => `until ${enPart(part, month)}`,
      untilMonth: (month) => `until ${month}`,
      untilYear: (year) => `until ${year}`,
      sinceDay: (day) => `since ${day}`,
      sincePart: (part, month) => `since ${enPart(part, month)}`,
      sinceMonth: (month) => `since ${month}`,
      sinceYear: (year) => `since ${year}`,
    },
    labels: {
      phone: 'Phone',
      email: 'Email',
      address: 'Address',
      website: 'Website',
      openingHours: 'Opening hours',
    },
    colon: ': ',
    groups: {
      adults: 'adults',
      'unaccompanied-minors':
        'unaccompanied minors (young people under 18 who arrived in Belgium without their parents)',
      families: 'families with children',
    },
    who: {
      question: ({ withCount, municipality, open }) =>
        `Who ${open ? 'lives' : 'will live'} in the reception centre in ${municipality}${withCount ? ', and how many' : ''}?`,
      capacity: ({ count }) =>
        `The centre has room for up to ${count} applicants for international protection (asylum seekers).`,
      groups: ({ list, withCapacity }) =>
        withCapacity
          ? `The centre is meant for ${list}.`
          : `The centre is meant for applicants for international protection (asylum seekers): ${list}.`,
    },
    when: {
      question: ({ withEnd, status, dated }) =>
        status === 'closed'
          ? 'Is the centre still open?'
          : status === 'open'
            ? `${dated ? 'How long has the centre been open' : 'Is the centre open yet'}${withEnd ? ', and how long will it stay open' : ''}?`
            : `When does the centre open${withEnd ? ', and for how long' : ''}?`,
      planned: ({ when }) => `The centre is due to open ${when}.`,
      notConfirmed: ({ when }) =>
        `The centre was due to open ${when}, but this has not been confirmed yet. We will update this page as soon as there is news.`,
      openSince: ({ since }) =>
        since === undefined ? 'The centre is open.' : `The centre has been open ${since}.`,
      closed: 'The centre has closed.',
      provisional: 'This date is not final yet.',
      until: ({ until, provisional }) =>
        `According to current plans, the centre will stay open ${until}.${provisional ? ' This date is not final yet either.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Where in ${municipality} is the centre?`,
      answer: ({ name, address }) => `${name ?? 'The centre'} is at this address: ${address}.`,
    },
    decision: {
      question: ({ withReason }) =>
        `${withReason ? 'Why here, who decided' : 'Who decided on this centre'}, and did the municipality have a say?`,
      by: ({ by, date }) =>
        `The decision to open the centre was taken by ${by === 'fedasil' ? 'Fedasil' : 'the federal government'}${date === undefined ? '' : ` on ${date}`}.`,
      municipality: {
        informed: 'The municipality was informed of the decision.',
        consulted: 'The municipality was consulted beforehand.',
        agreed: 'The board of mayor and aldermen agreed to the opening.',
      },
      process:
        'A reception centre opens after an official decision. The municipality receives the first information about it from Fedasil or from the office of the federal minister responsible.',
    },
    operator: {
      question: 'Who runs the centre?',
      fedasil:
        'The centre is run by Fedasil, the federal agency for the reception of asylum seekers.',
      redCross:
        'The centre is run by the Red Cross, in cooperation with Fedasil, the federal agency for the reception of asylum seekers.',
      partner: ({ name }) =>
        `The centre is run by ${name}, in cooperation with Fedasil, the federal agency for the reception of asylum seekers.`,
    },
    safety: {
      question: 'Who looks after safety, and who can I contact?',
      staff: 'Staff are present at the centre day and night.',
      coreGroup:
        'The municipality works with the partners involved, including the centre’s operator and the local police, in a core group.',
      officer: ({ name }) =>
        `Your contact at the local police is the neighbourhood police officer${name === undefined ? '' : ` (${name})`}:`,
      contact:
        'If you have a question or a concern about safety, please get in touch with the contact point:',
      emergency:
        'In an emergency, call 112 (ambulance, fire) or 101 (urgent police help). For anything that is not urgent, contact your local police (neighbourhood police officer).',
    },
    afterClosing: {
      question: 'What will happen to the building when the centre closes?',
      answers: {
        'returns-to-owner': 'The building will then go back to its owner.',
        'municipal-use': 'The building will then be made available to the municipality.',
        'not-decided':
          'What will happen to the building afterwards has not been decided yet. We will update this page as soon as it is known.',
      },
    },
    entitlements: {
      question: 'What are the residents entitled to?',
      materialAid:
        'Applicants for international protection who live in a reception centre receive material aid: a bed, meals, clothing, medical care, social and legal support, and access to information.',
      noFinancialSupport:
        'They receive no financial support from the OCMW (public centre for social welfare), so no leefloon (social integration income) either.',
    },
    dailyLife: {
      question: 'What is daily life like at the centre?',
      openCentre: 'It is an open centre: residents can come and go freely, within the house rules.',
      dutch:
        'The Agency for Integration and Civic Integration (Agentschap Integratie en Inburgering, AgII) screens the residents and refers them to courses in Dutch as a second language (NT2).',
      leisure: 'AgII also helps the residents find leisure activities and volunteer work.',
    },
    schools: {
      question: 'Do the children and young people go to school?',
      compulsory:
        'In Belgium, school is compulsory for all children aged 5 to 18 who live here, including during their asylum procedure. Newcomers who do not yet speak Dutch first get extra language support; in secondary school this is usually a reception class (OKAN).',
      guidance:
        'The Agency for Integration and Civic Integration (AgII) helps the minors find a school place, in consultation with the schools and the local consultation platform for education (LOP).',
      named: 'The children and young people go to these schools:',
    },
    funding: {
      question: 'Who pays for the reception, and does it cost the municipality anything?',
      federal:
        'The reception of applicants for international protection is a federal responsibility: Fedasil provides the aid and pays for it.',
      none: 'The municipality does not pay for the reception in this centre.',
      compensated: 'The municipality receives compensation for the costs it incurs for the centre.',
    },
    market: {
      question: 'Can I find out more at an information market?',
      withEnd: ({ date, start, end, place }) =>
        `On ${date}, from ${start} to ${end}, there is an information market at ${place}.`,
      withoutEnd: ({ date, start, place }) =>
        `On ${date}, from ${start}, there is an information market at ${place}.`,
    },
    followUp: {
      question: 'Will there be further meetings with the neighbourhood?',
      frequency: ({ frequency }) =>
        `A neighbourhood meeting takes place ${{ monthly: 'every month', quarterly: 'every quarter', 'twice-a-year': 'twice a year', yearly: 'every year' }[frequency]}.`,
      next: ({ day }) => `The next meeting is on ${day}.`,
    },
    volunteering: {
      question: 'How can I help?',
      answer: ({ name, buddy }) =>
        `If you would like to help, for example ${buddy ? 'as a buddy, ' : ''}at get-togethers or by practising Dutch together, contact ${name ?? 'the volunteer coordinator'}:`,
      atMarket: 'You can also sign up at the information market.',
    },
    donations: {
      question: 'Can I donate goods or clothes?',
      accepted: ({ onRequestOnly }) =>
        onRequestOnly
          ? 'The centre accepts donations, but only on request.'
          : 'The centre accepts donations.',
      askFirst: ({ withContact }) => `Please ask first what is needed${withContact ? ':' : '.'}`,
      refused: 'The centre does not accept donations.',
    },
    protection: {
      question:
        'What is the difference between an applicant for international protection, a recognised refugee and subsidiary protection?',
      answer:
        'An applicant for international protection (asylum seeker) has asked for protection in Belgium and is waiting for a decision. That decision is taken by the Office of the Commissioner General for Refugees and Stateless Persons (CGRS). A person who is granted protection is recognised as a refugee or receives subsidiary protection. Subsidiary protection is for a person who does not qualify as a refugee but would face a real risk of serious harm on return, for example because of war.',
    },
    centreContact: {
      question: 'How can I reach the centre itself, and how do I make a complaint?',
      reach: ({ name }) =>
        `You can reach the centre itself${name === undefined ? '' : ` (${name})`} here:`,
      procedure:
        'Reception centres follow a uniform procedure to collect and handle questions and complaints.',
    },
    questions: {
      question: 'Who can I contact with questions or concerns?',
      answer: ({ name }) =>
        `You can contact the contact point${name === undefined ? '' : ` (${name})`} with questions, concerns, reports and offers to help. Your message will be treated in confidence.`,
      notListed: 'Is your question not on this page? Please ask the contact point.',
    },
    languages: {
      question: 'Is this information available in other languages?',
      answer: 'This information is also available in these languages:',
      names: languageNames,
    },
  },
};
