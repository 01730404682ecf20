import type { Locale } from '../i18n/index.js';
import type { TargetGroup } from './facts.js';

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
}

/** Every sentence of the generated FAQ, per language. */
export interface FaqTexts {
  readonly categories: { readonly centre: string; readonly neighbourhood: string; readonly contact: string; readonly helping: string };
  readonly dates: DateWords;
  readonly labels: { readonly phone: string; readonly email: string; readonly address: string; readonly website: string; readonly openingHours: string };
  /** What follows a label: `: `, and in French a no-break space before the colon. */
  readonly colon: string;
  readonly groups: { readonly [G in TargetGroup]: string };
  readonly who: {
    readonly question: (p: { withCount: boolean; municipality: string }) => string;
    readonly capacity: (p: { count: string }) => string;
    readonly groups: (p: { list: string; withCapacity: boolean }) => string;
  };
  readonly when: {
    readonly question: (p: { withEnd: boolean }) => string;
    readonly planned: (p: { when: string }) => string;
    readonly opened: (p: { when: string }) => string;
    readonly provisional: string;
    readonly until: (p: { until: string; provisional: boolean }) => string;
  };
  readonly where: {
    readonly question: (p: { municipality: string }) => string;
    readonly answer: (p: { name: string | undefined; address: string }) => string;
  };
  readonly operator: {
    readonly question: string;
    readonly fedasil: string;
    readonly redCross: string;
    readonly partner: (p: { name: string }) => string;
  };
  readonly schools: { readonly question: string; readonly compulsory: string; readonly guidance: string };
  readonly safety: { readonly question: string; readonly coreGroup: string; readonly contact: string; readonly emergency: string };
  readonly market: {
    readonly question: string;
    readonly withEnd: (p: { date: string; start: string; end: string; place: string }) => string;
    readonly withoutEnd: (p: { date: string; start: string; place: string }) => string;
  };
  readonly volunteering: { readonly question: string; readonly answer: (p: { name: string | undefined }) => string; readonly atMarket: string };
  readonly questions: { readonly question: string; readonly answer: (p: { name: string | undefined }) => string };
}

const quoted = (name: string | undefined) => (name === undefined ? '' : ` ${name}`);

/**
 * The texts of {@link generateFaq}. Written to the tone seed `002` (OD 12.2) asks for:
 * correct, factual and nuanced. They state facts and where to ask; they make no value
 * judgements and no promises the municipality cannot keep (no "there will be no problems",
 * no guaranteed dates: planned dates are called planned).
 */
export const faqTexts: { readonly [L in Locale]: FaqTexts } = {
  nl: {
    categories: { centre: 'Het centrum', neighbourhood: 'In de buurt', contact: 'Vragen en contact', helping: 'Helpen' },
    dates: {
      onDay: (day) => `op ${day}`,
      betweenDays: (from, to) => `tussen ${from} en ${to}`,
      inPart: (part, month) => `${{ early: 'begin', mid: 'midden', late: 'eind' }[part]} ${month}`,
      inMonth: (month) => `in ${month}`,
      betweenMonths: (from, to) => `tussen ${from} en ${to}`,
      inYear: (year) => `in ${year}`,
      betweenYears: (from, to) => `tussen ${from} en ${to}`,
      untilDay: (day) => `tot ${day}`,
      untilPart: (part, month) => `tot ${{ early: 'begin', mid: 'midden', late: 'eind' }[part]} ${month}`,
      untilMonth: (month) => `tot ${month}`,
      untilYear: (year) => `tot ${year}`,
    },
    labels: { phone: 'Telefoon', email: 'E-mail', address: 'Adres', website: 'Website', openingHours: 'Openingsuren' },
    colon: ': ',
    groups: {
      adults: 'volwassenen',
      'unaccompanied-minors': 'niet-begeleide minderjarigen (jongeren onder 18 jaar die zonder hun ouders in België aankwamen)',
      families: 'gezinnen met kinderen',
    },
    who: {
      question: ({ withCount, municipality }) =>
        withCount ? `Wie komt er in het opvangcentrum in ${municipality} wonen, en hoeveel mensen?` : `Wie komt er in het opvangcentrum in ${municipality} wonen?`,
      capacity: ({ count }) => `Het centrum biedt plaats aan maximaal ${count} verzoekers om internationale bescherming (asielzoekers).`,
      groups: ({ list, withCapacity }) =>
        withCapacity ? `Het centrum is bedoeld voor ${list}.` : `Het centrum is bedoeld voor verzoekers om internationale bescherming (asielzoekers): ${list}.`,
    },
    when: {
      question: ({ withEnd }) => (withEnd ? 'Vanaf wanneer is het centrum open, en voor hoe lang?' : 'Vanaf wanneer is het centrum open?'),
      planned: ({ when }) => `De opening is gepland ${when}.`,
      opened: ({ when }) => `Het centrum is geopend ${when}.`,
      provisional: 'Deze datum is nog niet definitief.',
      until: ({ until, provisional }) =>
        `Volgens de huidige planning blijft het centrum open ${until}.${provisional ? ' Ook deze datum is nog niet definitief.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Waar in ${municipality} komt het centrum?`,
      answer: ({ name, address }) => `${name ?? 'Het centrum'} ligt op dit adres: ${address}.`,
    },
    operator: {
      question: 'Wie beheert het centrum?',
      fedasil: 'Het centrum wordt beheerd door Fedasil, het federale agentschap voor de opvang van asielzoekers.',
      redCross: 'Het centrum wordt beheerd door het Rode Kruis, in samenwerking met Fedasil, het federale agentschap voor de opvang van asielzoekers.',
      partner: ({ name }) => `Het centrum wordt beheerd door ${name}, in samenwerking met Fedasil, het federale agentschap voor de opvang van asielzoekers.`,
    },
    schools: {
      question: 'Gaan de kinderen en jongeren naar school?',
      compulsory: 'In België geldt de leerplicht voor alle kinderen en jongeren die hier wonen, ook tijdens hun asielprocedure.',
      guidance:
        'Het Agentschap Integratie en Inburgering begeleidt de minderjarigen naar een school, in overleg met de scholen en het Lokaal Overlegplatform onderwijs (LOP).',
    },
    safety: {
      question: 'Hoe wordt de veiligheid opgevolgd, en bij wie kan ik terecht?',
      coreGroup: 'De gemeente overlegt in een kerngroep met de betrokken partners, onder wie de uitbater van het centrum en de lokale politie.',
      contact: 'Hebt u een vraag of een bezorgdheid over de veiligheid, neem dan contact op met het contactpunt:',
      emergency: 'In een noodsituatie belt u 112. Voor de politie belt u 101.',
    },
    market: {
      question: 'Kan ik meer te weten komen op een infomarkt?',
      withEnd: ({ date, start, end, place }) => `Op ${date} is er van ${start} tot ${end} een infomarkt in ${place}.`,
      withoutEnd: ({ date, start, place }) => `Op ${date} is er vanaf ${start} een infomarkt in ${place}.`,
    },
    volunteering: {
      question: 'Hoe kan ik helpen?',
      answer: ({ name }) =>
        `Wie wil helpen, bijvoorbeeld als buddy, bij ontmoetingsactiviteiten of om samen Nederlands te oefenen, kan contact opnemen met ${name ?? 'de vrijwilligerswerking'}:`,
      atMarket: 'U kunt zich ook aanmelden op de infomarkt.',
    },
    questions: {
      question: 'Waar kan ik terecht met vragen of bezorgdheden?',
      answer: ({ name }) =>
        `Bij het contactpunt${quoted(name)} kunt u terecht met vragen, bezorgdheden, meldingen en aanbiedingen om te helpen. U mag dat ook in vertrouwen doen.`,
    },
  },
  fr: {
    categories: { centre: 'Le centre', neighbourhood: 'Dans le quartier', contact: 'Questions et contact', helping: 'Aider' },
    dates: {
      onDay: (day) => `le ${day}`,
      betweenDays: (from, to) => `entre le ${from} et le ${to}`,
      inPart: (part, month) => `${{ early: 'début', mid: 'mi-', late: 'fin' }[part]}${part === 'mid' ? '' : ' '}${month}`,
      inMonth: (month) => `en ${month}`,
      betweenMonths: (from, to) => `entre ${from} et ${to}`,
      inYear: (year) => `en ${year}`,
      betweenYears: (from, to) => `entre ${from} et ${to}`,
      untilDay: (day) => `jusqu’au ${day}`,
      untilPart: (part, month) => `jusqu’à ${{ early: 'début', mid: 'mi-', late: 'fin' }[part]}${part === 'mid' ? '' : ' '}${month}`,
      untilMonth: (month) => `jusqu’en ${month}`,
      untilYear: (year) => `jusqu’en ${year}`,
    },
    labels: { phone: 'Téléphone', email: 'E-mail', address: 'Adresse', website: 'Site web', openingHours: 'Heures d’ouverture' },
    colon: '\u00a0: ',
    groups: {
      adults: 'des adultes',
      'unaccompanied-minors': 'des mineurs non accompagnés (des jeunes de moins de 18 ans arrivés en Belgique sans leurs parents)',
      families: 'des familles avec enfants',
    },
    who: {
      question: ({ withCount, municipality }) =>
        withCount
          ? `Qui va habiter dans le centre d’accueil de ${municipality}, et combien de personnes ?`
          : `Qui va habiter dans le centre d’accueil de ${municipality} ?`,
      capacity: ({ count }) => `Le centre peut accueillir au maximum ${count} demandeurs de protection internationale (demandeurs d’asile).`,
      groups: ({ list, withCapacity }) =>
        withCapacity ? `Le centre est destiné à ${list}.` : `Le centre est destiné à des demandeurs de protection internationale (demandeurs d’asile) : ${list}.`,
    },
    when: {
      question: ({ withEnd }) => (withEnd ? 'À partir de quand le centre est-il ouvert, et pour combien de temps ?' : 'À partir de quand le centre est-il ouvert ?'),
      planned: ({ when }) => `L’ouverture est prévue ${when}.`,
      opened: ({ when }) => `Le centre a ouvert ${when}.`,
      provisional: 'Cette date n’est pas encore définitive.',
      until: ({ until, provisional }) =>
        `Selon la planification actuelle, le centre reste ouvert ${until}.${provisional ? ' Cette date n’est pas encore définitive non plus.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Où se trouve le centre à ${municipality} ?`,
      answer: ({ name, address }) => `${name ?? 'Le centre'} se trouve à cette adresse : ${address}.`,
    },
    operator: {
      question: 'Qui gère le centre ?',
      fedasil: 'Le centre est géré par Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.',
      redCross: 'Le centre est géré par la Croix-Rouge, en collaboration avec Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.',
      partner: ({ name }) => `Le centre est géré par ${name}, en collaboration avec Fedasil, l’agence fédérale pour l’accueil des demandeurs d’asile.`,
    },
    schools: {
      question: 'Les enfants et les jeunes vont-ils à l’école ?',
      compulsory: 'En Belgique, l’obligation scolaire s’applique à tous les enfants et jeunes qui y habitent, y compris pendant leur procédure d’asile.',
      guidance:
        'L’Agence flamande pour l’intégration et l’intégration civique (AgII) accompagne les mineurs vers une école, en concertation avec les écoles et la plateforme locale de concertation en matière d’enseignement (LOP).',
    },
    safety: {
      question: 'Comment la sécurité est-elle suivie, et à qui puis-je m’adresser ?',
      coreGroup: 'La commune se concerte au sein d’un groupe de base avec les partenaires concernés, dont l’exploitant du centre et la police locale.',
      contact: 'Si vous avez une question ou une inquiétude concernant la sécurité, contactez le point de contact :',
      emergency: 'En cas d’urgence, appelez le 112. Pour la police, appelez le 101.',
    },
    market: {
      question: 'Puis-je en savoir plus lors d’un marché d’information ?',
      withEnd: ({ date, start, end, place }) => `Le ${date}, de ${start} à ${end}, un marché d’information a lieu à ${place}.`,
      withoutEnd: ({ date, start, place }) => `Le ${date}, à partir de ${start}, un marché d’information a lieu à ${place}.`,
    },
    volunteering: {
      question: 'Comment puis-je aider ?',
      answer: ({ name }) =>
        `Si vous souhaitez aider, par exemple comme parrain ou marraine (buddy), lors d’activités de rencontre ou pour pratiquer le néerlandais ensemble, contactez ${name ?? 'le service des bénévoles'} :`,
      atMarket: 'Vous pouvez aussi vous inscrire lors du marché d’information.',
    },
    questions: {
      question: 'Où puis-je m’adresser avec mes questions ou mes inquiétudes ?',
      answer: ({ name }) =>
        `Vous pouvez vous adresser au point de contact${quoted(name)} avec vos questions, inquiétudes, signalements et propositions d’aide. Vous pouvez aussi le faire en toute confidentialité.`,
    },
  },
  de: {
    categories: { centre: 'Das Zentrum', neighbourhood: 'In der Nachbarschaft', contact: 'Fragen und Kontakt', helping: 'Helfen' },
    dates: {
      onDay: (day) => `am ${day}`,
      betweenDays: (from, to) => `zwischen dem ${from} und dem ${to}`,
      inPart: (part, month) => `${{ early: 'Anfang', mid: 'Mitte', late: 'Ende' }[part]} ${month}`,
      inMonth: (month) => `im ${month}`,
      betweenMonths: (from, to) => `zwischen ${from} und ${to}`,
      inYear: (year) => `im Jahr ${year}`,
      betweenYears: (from, to) => `zwischen ${from} und ${to}`,
      untilDay: (day) => `bis zum ${day}`,
      untilPart: (part, month) => `bis ${{ early: 'Anfang', mid: 'Mitte', late: 'Ende' }[part]} ${month}`,
      untilMonth: (month) => `bis ${month}`,
      untilYear: (year) => `bis ${year}`,
    },
    labels: { phone: 'Telefon', email: 'E-Mail', address: 'Adresse', website: 'Website', openingHours: 'Öffnungszeiten' },
    colon: ': ',
    groups: {
      adults: 'Erwachsene',
      'unaccompanied-minors': 'unbegleitete Minderjährige (Jugendliche unter 18 Jahren, die ohne ihre Eltern nach Belgien gekommen sind)',
      families: 'Familien mit Kindern',
    },
    who: {
      question: ({ withCount, municipality }) =>
        withCount ? `Wer wird im Aufnahmezentrum in ${municipality} wohnen, und wie viele Menschen?` : `Wer wird im Aufnahmezentrum in ${municipality} wohnen?`,
      capacity: ({ count }) => `Das Zentrum bietet Platz für höchstens ${count} Antragsteller auf internationalen Schutz (Asylsuchende).`,
      groups: ({ list, withCapacity }) =>
        withCapacity ? `Das Zentrum richtet sich an ${list}.` : `Das Zentrum richtet sich an Antragsteller auf internationalen Schutz (Asylsuchende): ${list}.`,
    },
    when: {
      question: ({ withEnd }) => (withEnd ? 'Ab wann ist das Zentrum geöffnet, und für wie lange?' : 'Ab wann ist das Zentrum geöffnet?'),
      planned: ({ when }) => `Die Eröffnung ist ${when} geplant.`,
      opened: ({ when }) => `Das Zentrum wurde ${when} eröffnet.`,
      provisional: 'Dieses Datum ist noch nicht endgültig.',
      until: ({ until, provisional }) =>
        `Nach der aktuellen Planung bleibt das Zentrum ${until} geöffnet.${provisional ? ' Auch dieses Datum ist noch nicht endgültig.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Wo in ${municipality} befindet sich das Zentrum?`,
      answer: ({ name, address }) => `${name ?? 'Das Zentrum'} befindet sich an dieser Adresse: ${address}.`,
    },
    operator: {
      question: 'Wer betreibt das Zentrum?',
      fedasil: 'Das Zentrum wird von Fedasil betrieben, der föderalen Agentur für die Aufnahme von Asylsuchenden.',
      redCross: 'Das Zentrum wird vom Roten Kreuz betrieben, in Zusammenarbeit mit Fedasil, der föderalen Agentur für die Aufnahme von Asylsuchenden.',
      partner: ({ name }) => `Das Zentrum wird von ${name} betrieben, in Zusammenarbeit mit Fedasil, der föderalen Agentur für die Aufnahme von Asylsuchenden.`,
    },
    schools: {
      question: 'Gehen die Kinder und Jugendlichen zur Schule?',
      compulsory: 'In Belgien gilt die Schulpflicht für alle Kinder und Jugendlichen, die hier wohnen, auch während ihres Asylverfahrens.',
      guidance:
        'Die flämische Agentur für Integration und Einbürgerung (AgII) begleitet die Minderjährigen zu einer Schule, in Absprache mit den Schulen und der lokalen Konzertierungsplattform für Bildung (LOP).',
    },
    safety: {
      question: 'Wie wird die Sicherheit begleitet, und an wen kann ich mich wenden?',
      coreGroup: 'Die Gemeinde berät sich in einer Kerngruppe mit den beteiligten Partnern, darunter der Betreiber des Zentrums und die lokale Polizei.',
      contact: 'Wenn Sie eine Frage oder eine Sorge zur Sicherheit haben, wenden Sie sich an die Kontaktstelle:',
      emergency: 'Im Notfall rufen Sie 112 an. Die Polizei erreichen Sie unter 101.',
    },
    market: {
      question: 'Kann ich auf einem Informationsmarkt mehr erfahren?',
      withEnd: ({ date, start, end, place }) => `Am ${date} findet von ${start} bis ${end} ein Informationsmarkt in ${place} statt.`,
      withoutEnd: ({ date, start, place }) => `Am ${date} findet ab ${start} ein Informationsmarkt in ${place} statt.`,
    },
    volunteering: {
      question: 'Wie kann ich helfen?',
      answer: ({ name }) =>
        `Wer helfen möchte, zum Beispiel als Buddy, bei Begegnungsaktivitäten oder beim gemeinsamen Üben der niederländischen Sprache, wendet sich an ${name ?? 'die Freiwilligenkoordination'}:`,
      atMarket: 'Sie können sich auch auf dem Informationsmarkt melden.',
    },
    questions: {
      question: 'Wohin kann ich mich mit Fragen oder Sorgen wenden?',
      answer: ({ name }) =>
        `Mit Fragen, Sorgen, Meldungen und Hilfsangeboten können Sie sich an die Kontaktstelle${quoted(name)} wenden. Das können Sie auch vertraulich tun.`,
    },
  },
  en: {
    categories: { centre: 'The centre', neighbourhood: 'In the neighbourhood', contact: 'Questions and contact', helping: 'Helping' },
    dates: {
      onDay: (day) => `on ${day}`,
      betweenDays: (from, to) => `between ${from} and ${to}`,
      inPart: (part, month) => `${{ early: 'early', mid: 'mid-', late: 'late' }[part]}${part === 'mid' ? '' : ' '}${month}`,
      inMonth: (month) => `in ${month}`,
      betweenMonths: (from, to) => `between ${from} and ${to}`,
      inYear: (year) => `in ${year}`,
      betweenYears: (from, to) => `between ${from} and ${to}`,
      untilDay: (day) => `until ${day}`,
      untilPart: (part, month) => `until ${{ early: 'early', mid: 'mid-', late: 'late' }[part]}${part === 'mid' ? '' : ' '}${month}`,
      untilMonth: (month) => `until ${month}`,
      untilYear: (year) => `until ${year}`,
    },
    labels: { phone: 'Phone', email: 'E-mail', address: 'Address', website: 'Website', openingHours: 'Opening hours' },
    colon: ': ',
    groups: {
      adults: 'adults',
      'unaccompanied-minors': 'unaccompanied minors (young people under 18 who arrived in Belgium without their parents)',
      families: 'families with children',
    },
    who: {
      question: ({ withCount, municipality }) =>
        withCount ? `Who will live in the reception centre in ${municipality}, and how many people?` : `Who will live in the reception centre in ${municipality}?`,
      capacity: ({ count }) => `The centre has room for at most ${count} applicants for international protection (asylum seekers).`,
      groups: ({ list, withCapacity }) =>
        withCapacity ? `The centre is meant for ${list}.` : `The centre is meant for applicants for international protection (asylum seekers): ${list}.`,
    },
    when: {
      question: ({ withEnd }) => (withEnd ? 'From when is the centre open, and for how long?' : 'From when is the centre open?'),
      planned: ({ when }) => `The opening is planned ${when}.`,
      opened: ({ when }) => `The centre opened ${when}.`,
      provisional: 'This date is not final yet.',
      until: ({ until, provisional }) => `According to the current planning, the centre stays open ${until}.${provisional ? ' This date is not final yet either.' : ''}`,
    },
    where: {
      question: ({ municipality }) => `Where in ${municipality} is the centre?`,
      answer: ({ name, address }) => `${name ?? 'The centre'} is at this address: ${address}.`,
    },
    operator: {
      question: 'Who runs the centre?',
      fedasil: 'The centre is run by Fedasil, the federal agency for the reception of asylum seekers.',
      redCross: 'The centre is run by the Red Cross, in cooperation with Fedasil, the federal agency for the reception of asylum seekers.',
      partner: ({ name }) => `The centre is run by ${name}, in cooperation with Fedasil, the federal agency for the reception of asylum seekers.`,
    },
    schools: {
      question: 'Do the children and young people go to school?',
      compulsory: 'In Belgium, school is compulsory for all children and young people who live here, also during their asylum procedure.',
      guidance:
        'The Flemish Agency for Integration and Civic Integration (AgII) guides the minors to a school, in consultation with the schools and the local consultation platform for education (LOP).',
    },
    safety: {
      question: 'How is safety followed up, and whom can I contact?',
      coreGroup: 'The municipality consults in a core group with the partners involved, including the centre’s operator and the local police.',
      contact: 'If you have a question or a concern about safety, contact the contact point:',
      emergency: 'In an emergency, call 112. For the police, call 101.',
    },
    market: {
      question: 'Can I find out more at an information market?',
      withEnd: ({ date, start, end, place }) => `On ${date}, from ${start} to ${end}, there is an information market at ${place}.`,
      withoutEnd: ({ date, start, place }) => `On ${date}, from ${start}, there is an information market at ${place}.`,
    },
    volunteering: {
      question: 'How can I help?',
      answer: ({ name }) =>
        `If you would like to help, for example as a buddy, at meeting activities or by practising Dutch together, contact ${name ?? 'the volunteer coordination'}:`,
      atMarket: 'You can also sign up at the information market.',
    },
    questions: {
      question: 'Where can I go with questions or concerns?',
      answer: ({ name }) => `You can go to the contact point${quoted(name)} with questions, concerns, reports and offers to help. You may also do so in confidence.`,
    },
  },
};
