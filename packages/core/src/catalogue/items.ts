import type { CatalogueItem } from './model.js';

// The data of the catalogue, in source order: the standard support offer, the task package,
// the training topics of step D.e, the extra support of step K, the partners and AgII's
// internal services. Where a step, audience or phase is our inference rather than the
// source's words, a comment says so; docs/catalogue.md lists the same choices.

/**
 * The standard support offer (*standaard ondersteuningsaanbod*) of the liaison officers:
 * 13 items, seed `000`, lines 108-123.
 *
 * @example
 * ```ts
 * supportOffer.length; // 13
 * supportOffer[1]?.id; // 'nt2-screening-referral'
 * ```
 */
export const supportOffer: readonly CatalogueItem[] = [
  {
    id: 'partner-consultation-start',
    kind: 'support-offer',
    label: {
      nl: 'Opstart partneroverleg',
      fr: 'Lancement de la concertation entre partenaires',
      de: 'Start der Partnerabstimmung',
      en: 'Starting partner consultation',
    },
    description: {
      nl: 'De verbindingsofficier helpt het lokaal bestuur het overleg met alle betrokken partners op te starten.',
      fr: "L'officier de liaison aide la commune à lancer la concertation avec tous les partenaires concernés.",
      de: 'Der oder die Verbindungsbeauftragte hilft der Gemeinde, die Abstimmung mit allen beteiligten Partnern in Gang zu bringen.',
      en: 'The liaison officer helps the municipality start consultation with all partners involved.',
    },
    // Inference: the partner consultation is the core group of step E.
    steps: ['E'],
    audience: ['municipality', 'partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [109, 109], quote: 'opstart partneroverleg' },
  },
  {
    id: 'nt2-screening-referral',
    kind: 'support-offer',
    label: {
      nl: 'NT2 (screening en toeleiding)',
      fr: "NT2 (test d'orientation et orientation vers les cours)",
      de: 'NT2 (Orientierungstest und Vermittlung)',
      en: 'NT2 (screening and referral)',
    },
    description: {
      nl: 'Screening van bewoners met de CoVaar-test en toeleiding naar lessen Nederlands als tweede taal (NT2).',
      fr: "Passation du test d'orientation CoVaar par les résidents et orientation vers des cours de néerlandais langue seconde (NT2, « Nederlands als tweede taal »).",
      de: 'Orientierungstest CoVaar für die Bewohner und Vermittlung in Kurse Niederländisch als Zweitsprache (NT2, „Nederlands als tweede taal“).',
      en: 'Screening residents with the CoVaar screening test and referring them to classes of Dutch as a second language (NT2, “Nederlands als tweede taal”).',
    },
    // D.a organises the screening (the covaartests of line 162: a screening of learning skills
    // that points to the right NT2 course, not a language test) and the referral; D.c sizes the
    // NT2 offer with CVO and CBE.
    steps: ['D.a', 'D.c'],
    audience: ['residents-of-centre', 'centre-operator'],
    phase: 'around-opening',
    source: { seed: '000', lines: [110, 110], quote: 'NT2 (screening en toeleiding)' },
  },
  {
    id: 'info-market-organisation',
    kind: 'support-offer',
    label: {
      nl: 'Organisatie infomarkt',
      fr: "Organisation d'un marché d'information",
      de: 'Organisation eines Informationsmarkts',
      en: 'Organising an information market',
    },
    description: {
      nl: 'Hulp bij een infomarkt: geen panelgesprek of infovergadering, maar een plek voor dialoog met buurtbewoners.',
      fr: "Aide à l'organisation d'un marché d'information : ni un débat avec un panel ni une séance d'information, mais un lieu de dialogue avec les riverains.",
      de: 'Hilfe bei einem Informationsmarkt: keine Podiumsdiskussion und keine Informationsveranstaltung, sondern ein Ort für den Dialog mit den Anwohnern.',
      en: 'Help with an information market: not a panel discussion or an information meeting, but a place for dialogue with neighbours.',
    },
    steps: ['H'],
    audience: ['municipality', 'neighbours'],
    phase: 'before-opening',
    source: { seed: '000', lines: [111, 111], quote: 'organisatie infomarkt' },
    // "No panel or information meeting, a place for dialogue" is step H's wording.
    seeAlso: [{ seed: '000', lines: [186, 187], quote: 'geen panelgesprek, geen infovergadering' }],
  },
  {
    id: 'communication-advice',
    kind: 'support-offer',
    label: {
      nl: 'Communicatieadvies',
      fr: 'Conseils en communication',
      de: 'Kommunikationsberatung',
      en: 'Communication advice',
    },
    description: {
      nl: 'Advies over de brief aan buurtbewoners, de organisatie van een infopunt, de webpagina en depolariserend communiceren.',
      fr: "Conseils pour la lettre aux riverains, l'organisation d'un point d'information, la page web et une communication non polarisante (dépolarisante).",
      de: 'Beratung zum Brief an die Anwohner, zur Organisation einer Informationsstelle, zur Webseite und zu depolarisierender Kommunikation.',
      en: 'Advice on the letter to neighbours, setting up an information point, the web page and depolarising communication.',
    },
    // The four examples of the source map to F (communication), G (contact point), I (web page), J (leaflet).
    steps: ['F', 'G', 'I', 'J'],
    audience: ['municipality'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [112, 113],
      quote: 'brief buurtbewoners, organisatie infopunt, webpagina, depolariserend communiceren',
    },
  },
  {
    id: 'dutch-practice-opportunities',
    kind: 'support-offer',
    label: {
      nl: 'Info en advies over oefenkansen Nederlands',
      fr: 'Information et conseils sur les occasions de pratiquer le néerlandais',
      de: 'Information und Beratung zu Übungsmöglichkeiten für Niederländisch',
      en: 'Information and advice on chances to practise Dutch',
    },
    description: {
      nl: 'Waar bewoners buiten de les Nederlands kunnen oefenen, bijvoorbeeld in een praatgroep of met vrijwilligers.',
      fr: 'Où les résidents peuvent pratiquer le néerlandais en dehors des cours, par exemple dans un groupe de conversation ou avec des bénévoles.',
      de: 'Wo Bewohner außerhalb des Unterrichts Niederländisch üben können, etwa in einer Gesprächsgruppe oder mit Freiwilligen.',
      en: 'Where residents can practise Dutch outside class, for example in a conversation group or with volunteers.',
    },
    // Inference: practice opportunities are existing meeting offers (K.a) that follow the NT2 referral (D.a).
    steps: ['D.a', 'K.a'],
    audience: ['municipality', 'residents-of-centre', 'volunteers'],
    phase: 'around-opening',
    source: { seed: '000', lines: [114, 114], quote: 'advies over oefenkansen Nederlands' },
  },
  {
    id: 'leisure-volunteering-referral',
    kind: 'support-offer',
    label: {
      nl: 'Toeleiding bewoners naar vrijetijdsaanbod en vrijwilligerswerk',
      fr: 'Orientation des résidents vers les loisirs et le bénévolat',
      de: 'Vermittlung der Bewohner zu Freizeitangeboten und Freiwilligenarbeit',
      en: 'Guiding residents to leisure activities and volunteering',
    },
    description: {
      nl: 'Bewoners van het opvangcentrum de weg wijzen naar het lokale vrijetijdsaanbod en naar vrijwilligerswerk.',
      fr: "Montrer aux résidents du centre d'accueil le chemin vers les loisirs locaux et le bénévolat.",
      de: 'Den Bewohnern des Aufnahmezentrums den Weg zu lokalen Freizeitangeboten und zur Freiwilligenarbeit zeigen.',
      en: 'Showing residents of the reception centre the way to local leisure activities and to volunteering.',
    },
    steps: ['K.a', 'K.d'],
    audience: ['residents-of-centre', 'municipality', 'partners'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [115, 115],
      quote: 'toeleiding bewoners naar vrijetijdsaanbod en vrijwilligerswerk',
    },
  },
  {
    id: 'public-perception-info',
    kind: 'support-offer',
    label: {
      nl: 'Info beeldvorming',
      fr: 'Information sur l’image et la perception',
      de: 'Information zur öffentlichen Wahrnehmung',
      en: 'Information on public perception',
    },
    description: {
      nl: 'Informatie over beeldvorming: hoe het beeld van asielzoekers en vluchtelingen ontstaat en hoe het genuanceerd kan worden.',
      fr: "Information sur la manière dont se forme l'image des demandeurs d'asile et des réfugiés (« beeldvorming ») et comment la nuancer.",
      de: 'Information darüber, wie die öffentliche Wahrnehmung von Asylbewerbern und Flüchtlingen entsteht („beeldvorming“) und wie man sie differenziert.',
      en: 'Information on how the image of asylum seekers and refugees is formed (“beeldvorming”) and how to nuance it.',
    },
    // The same subject is a training topic of D.e (line 180).
    steps: ['D.e'],
    audience: ['municipality', 'neighbours', 'volunteers'],
    phase: 'before-opening',
    source: { seed: '000', lines: [116, 116], quote: 'info beeldvorming' },
  },
  {
    id: 'corona-advice',
    kind: 'support-offer',
    label: {
      nl: 'Info en advies corona',
      fr: 'Information et conseils sur le coronavirus',
      de: 'Information und Beratung zu Corona',
      en: 'Information and advice on COVID-19',
    },
    description: {
      nl: 'Informatie en advies over corona in en rond het opvangcentrum.',
      fr: "Information et conseils sur le coronavirus dans le centre d'accueil et aux alentours.",
      de: 'Information und Beratung zu Corona im Aufnahmezentrum und in seiner Umgebung.',
      en: 'Information and advice on COVID-19 in and around the reception centre.',
    },
    // No step of the plan is about health: no step.
    steps: [],
    audience: ['municipality', 'centre-operator'],
    phase: 'around-opening',
    source: { seed: '000', lines: [117, 117], quote: 'info en advies corona' },
  },
  {
    id: 'steering-group-participation',
    kind: 'support-offer',
    label: {
      nl: 'Actieve deelname aan stuurgroepoverleg',
      fr: 'Participation active au comité de pilotage',
      de: 'Aktive Teilnahme am Lenkungsausschuss',
      en: 'Taking an active part in the steering group',
    },
    description: {
      nl: 'AgII neemt actief deel aan het stuurgroepoverleg van het opvangcentrum.',
      fr: "L'Agence flamande pour l'intégration et l'intégration civique (Agentschap Integratie en Inburgering, AgII) participe activement au comité de pilotage du centre d'accueil.",
      de: 'Die flämische Agentur für Integration und Integrationsparcours (Agentschap Integratie en Inburgering, AgII) nimmt aktiv am Lenkungsausschuss des Aufnahmezentrums teil.',
      en: 'The Agency for Integration and Civic Integration (Agentschap Integratie en Inburgering, AgII) takes an active part in the reception centre’s steering group.',
    },
    // Inference: the steering group continues the core group of step E. The item is part of
    // the standard offer for every municipality with a new centre (lines 124-125); AgII's seats
    // in the steering groups of long-open centres (lines 128-132) are a further use of it.
    steps: ['E'],
    audience: ['municipality', 'centre-operator', 'partners'],
    phase: 'around-opening',
    source: { seed: '000', lines: [118, 118], quote: 'actieve deelname aan stuurgroepoverleg' },
    seeAlso: [
      { seed: '000', lines: [124, 125], quote: 'deze ondersteuning integraal aangeboden' },
      {
        seed: '000',
        lines: [128, 132],
        quote: 'AgII zetelt structureel in verschillende stuurgroepen',
      },
    ],
  },
  {
    id: 'civic-integration-info',
    kind: 'support-offer',
    label: {
      nl: 'Info inburgering',
      fr: 'Information sur l’intégration civique',
      de: 'Information zum Integrationsparcours',
      en: 'Information on civic integration',
    },
    description: {
      nl: 'Uitleg over het inburgeringstraject en wat het betekent voor bewoners en het lokaal bestuur.',
      fr: "Explication du parcours d'intégration civique (« inburgering ») et de ce qu'il signifie pour les résidents et la commune.",
      de: 'Erläuterung des Integrationsparcours („inburgering“) und was er für die Bewohner und die Gemeinde bedeutet.',
      en: 'Explaining the civic integration programme (“inburgering”) and what it means for residents and the municipality.',
    },
    // Civic integration is the first topic of D.e (line 175).
    steps: ['D.e'],
    audience: ['municipality', 'residents-of-centre'],
    phase: 'before-opening',
    source: { seed: '000', lines: [119, 119], quote: 'info inburgering' },
  },
  {
    id: 'education-partner-advice',
    kind: 'support-offer',
    label: {
      nl: 'Advies aan onderwijspartners',
      fr: "Conseils aux partenaires de l'enseignement",
      de: 'Beratung der Bildungspartner',
      en: 'Advice to education partners',
    },
    description: {
      nl: 'Advies aan scholen en onderwijsverstrekkers over de instroom van minderjarigen en volwassenen uit het opvangcentrum.',
      fr: "Conseils aux écoles et aux prestataires d'enseignement sur l'arrivée de mineurs et d'adultes du centre d'accueil.",
      de: 'Beratung von Schulen und Bildungsanbietern zur Aufnahme von Minderjährigen und Erwachsenen aus dem Aufnahmezentrum.',
      en: 'Advice to schools and education providers on the intake of minors and adults from the reception centre.',
    },
    steps: ['D.b', 'D.c', 'D.d'],
    audience: ['schools', 'partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [120, 120], quote: 'advies aan onderwijspartners' },
  },
  {
    id: 'agii-internal-services-referral',
    kind: 'support-offer',
    label: {
      nl: 'Doorverwijzing naar interne diensten AgII',
      fr: "Orientation vers les services internes de l'AgII",
      de: 'Verweisung an interne Dienste der AgII',
      en: 'Referral to AgII’s internal services',
    },
    description: {
      nl: 'Doorverwijzing naar diensten van AgII zelf, bijvoorbeeld Sociaal Tolken en Vertalen of Vreemdelingenrecht en Internationaal Familierecht.',
      fr: "Orientation vers des services de l'AgII même, par exemple Sociaal Tolken en Vertalen (interprétariat social) ou Vreemdelingenrecht en Internationaal Familierecht (droit des étrangers et droit international de la famille).",
      de: 'Verweisung an Dienste der AgII selbst, etwa Sociaal Tolken en Vertalen (Sozialdolmetschen) oder Vreemdelingenrecht en Internationaal Familierecht (Ausländerrecht und internationales Familienrecht).',
      en: 'Referral to AgII’s own services, such as Sociaal Tolken en Vertalen (social interpreting) or Vreemdelingenrecht en Internationaal Familierecht (foreigners’ law and international family law).',
    },
    // No step of the plan covers referrals: no step.
    steps: [],
    audience: ['municipality', 'centre-operator'],
    phase: 'around-opening',
    source: { seed: '000', lines: [121, 122], quote: 'doorverwijzing naar interne diensten AgII' },
  },
  {
    id: 'flemish-federal-services-referral',
    kind: 'support-offer',
    label: {
      nl: 'Doorverwijzing naar Vlaamse of federale diensten',
      fr: 'Orientation vers des services flamands ou fédéraux',
      de: 'Verweisung an flämische oder föderale Dienste',
      en: 'Referral to Flemish or federal services',
    },
    description: {
      nl: 'Doorverwijzing naar de bevoegde Vlaamse of federale dienst, bijvoorbeeld bij vragen over mobiliteit.',
      fr: 'Orientation vers le service flamand ou fédéral compétent, par exemple pour des questions de mobilité.',
      de: 'Verweisung an den zuständigen flämischen oder föderalen Dienst, zum Beispiel bei Fragen zur Mobilität.',
      en: 'Referral to the competent Flemish or federal service, for example for questions about mobility.',
    },
    // No step of the plan covers referrals: no step.
    steps: [],
    audience: ['municipality'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [123, 123],
      quote: 'doorverwijzing naar Vlaamse of federale diensten',
    },
  },
];

/**
 * The liaison officer's task package (*takenpakket*): 8 items, seed `000`, lines 133-149.
 *
 * @example
 * ```ts
 * tasks[0]?.id; // 'mayor-contact-within-48-hours'
 * ```
 */
export const tasks: readonly CatalogueItem[] = [
  {
    id: 'mayor-contact-within-48-hours',
    kind: 'task',
    label: {
      nl: 'Contactname met burgemeester binnen de 48 uur',
      fr: 'Prise de contact avec le bourgmestre dans les 48 heures',
      de: 'Kontaktaufnahme mit dem Bürgermeister innerhalb von 48 Stunden',
      en: 'Contacting the mayor within 48 hours',
    },
    description: {
      nl: 'Binnen de 48 uur na de formele bevestiging van de opstart: de noden bevragen en de ondersteuning van de verbindingsofficier toelichten.',
      fr: "Dans les 48 heures après la confirmation formelle de l'ouverture : s'enquérir des besoins et présenter le soutien de l'officier de liaison.",
      de: 'Innerhalb von 48 Stunden nach der förmlichen Bestätigung der Eröffnung: den Bedarf erfragen und die Unterstützung der/des Verbindungsbeauftragten erläutern.',
      en: 'Within 48 hours of the formal confirmation of the opening: asking about needs and explaining the liaison officer’s support.',
    },
    steps: ['C', 'C.a', 'C.b'],
    audience: ['municipality'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [135, 137],
      quote: 'Contactname met burgemeester binnen de 48 uur',
    },
  },
  {
    id: 'partner-consultation-participation',
    kind: 'task',
    label: {
      nl: 'Deelname aan overleg met lokale en federale partners',
      fr: 'Participation à la concertation avec les partenaires locaux et fédéraux',
      de: 'Teilnahme an der Abstimmung mit lokalen und föderalen Partnern',
      en: 'Taking part in consultation with local and federal partners',
    },
    description: {
      nl: 'De verbindingsofficier neemt deel aan het overleg met de lokale en federale partners.',
      fr: "L'officier de liaison participe à la concertation avec les partenaires locaux et fédéraux.",
      de: 'Der oder die Verbindungsbeauftragte nimmt an der Abstimmung mit den lokalen und föderalen Partnern teil.',
      en: 'The liaison officer takes part in consultation with the local and federal partners.',
    },
    // Inference: this consultation is the core group of step E.
    steps: ['E'],
    audience: ['municipality', 'partners'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [138, 138],
      quote: 'Deelname aan overleg met lokale en federale partners',
    },
  },
  {
    id: 'education-referral-alignment',
    kind: 'task',
    label: {
      nl: 'Afstemming over toeleiding naar onderwijs',
      fr: "Coordination sur l'orientation vers l'enseignement",
      de: 'Abstimmung über die Vermittlung in Bildungsangebote',
      en: 'Coordinating referral to education',
    },
    description: {
      nl: 'Afstemming met de uitbater van het opvangcentrum (Fedasil, Rode Kruis), Agodi en andere actoren (VDAB, CBE, CVO, lokaal onderwijs) over toeleiding naar onderwijs.',
      fr: "Coordination avec l'exploitant du centre (Fedasil, Croix-Rouge), Agodi (agence flamande des services d'enseignement) et d'autres acteurs (VDAB, CBE, CVO, écoles locales) sur l'orientation vers l'enseignement.",
      de: 'Abstimmung mit dem Betreiber des Zentrums (Fedasil, Rotes Kreuz), Agodi (flämische Agentur für Bildungsdienste) und anderen Akteuren (VDAB, CBE, CVO, lokale Schulen) über die Vermittlung in Bildungsangebote.',
      en: 'Coordinating with the centre operator (Fedasil, Red Cross), Agodi (the Flemish agency for education services) and others (VDAB, CBE, CVO, local schools) on referral to education.',
    },
    steps: ['D.b', 'D.c', 'D.d'],
    audience: ['centre-operator', 'schools', 'partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [139, 141], quote: 'over toeleiding naar onderwijs' },
  },
  {
    id: 'leisure-volunteering-alignment',
    kind: 'task',
    label: {
      nl: 'Afstemming over toeleiding naar vrije tijd en vrijwilligerswerk',
      fr: "Coordination sur l'orientation vers les loisirs et le bénévolat",
      de: 'Abstimmung über die Vermittlung zu Freizeit und Freiwilligenarbeit',
      en: 'Coordinating referral to leisure and volunteering',
    },
    description: {
      nl: 'Afstemming met lokale partners over de toeleiding van bewoners naar vrije tijd en vrijwilligerswerk.',
      fr: "Coordination avec les partenaires locaux sur l'orientation des résidents vers les loisirs et le bénévolat.",
      de: 'Abstimmung mit lokalen Partnern über die Vermittlung der Bewohner zu Freizeit und Freiwilligenarbeit.',
      en: 'Coordinating with local partners on guiding residents to leisure and volunteering.',
    },
    steps: ['K.a', 'K.d'],
    audience: ['partners', 'municipality'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [142, 142],
      quote: 'toeleiding naar vrije tijd en vrijwilligerswerk',
    },
  },
  {
    id: 'flemish-support-services-referral',
    kind: 'task',
    label: {
      nl: 'Doorverwijzing naar ondersteunende diensten op Vlaams niveau',
      fr: 'Orientation vers des services de soutien flamands',
      de: 'Verweisung an unterstützende Dienste auf flämischer Ebene',
      en: 'Referral to Flemish support services',
    },
    description: {
      nl: 'Doorverwijzing naar ondersteunende diensten van de Vlaamse overheid, bijvoorbeeld bij mobiliteitsnoden.',
      fr: "Orientation vers des services de soutien de l'Autorité flamande, par exemple en cas de besoins de mobilité.",
      de: 'Verweisung an unterstützende Dienste der flämischen Behörden, etwa bei Mobilitätsbedarf.',
      en: 'Referral to support services of the Flemish government, for example for mobility needs.',
    },
    // No step of the plan covers referrals: no step.
    steps: [],
    audience: ['municipality'],
    phase: 'around-opening',
    source: { seed: '000', lines: [143, 144], quote: 'ondersteunende diensten op Vlaams niveau' },
  },
  {
    id: 'info-market-support',
    kind: 'task',
    label: {
      nl: 'Ondersteuning bij de organisatie van een infomarkt voor omwonenden',
      fr: "Soutien à l'organisation d'un marché d'information pour les riverains",
      de: 'Unterstützung bei der Organisation eines Informationsmarkts für Anwohner',
      en: 'Supporting an information market for neighbours',
    },
    description: {
      nl: 'Praktische en inhoudelijke ondersteuning bij de organisatie van een infomarkt voor omwonenden.',
      fr: "Soutien pratique et sur le fond pour organiser un marché d'information destiné aux riverains.",
      de: 'Praktische und inhaltliche Unterstützung bei der Organisation eines Informationsmarkts für Anwohner.',
      en: 'Practical and content support in organising an information market for people living nearby.',
    },
    steps: ['H'],
    audience: ['municipality', 'neighbours'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [145, 146],
      quote: 'organisatie van een infomarkt voor omwonenden',
    },
  },
  {
    id: 'citizen-communication-advice',
    kind: 'task',
    label: {
      nl: 'Advies bij de communicatie naar de burger',
      fr: 'Conseils pour la communication aux citoyens',
      de: 'Beratung bei der Kommunikation mit den Bürgern',
      en: 'Advice on communicating with citizens',
    },
    description: {
      nl: 'Advies over de communicatie naar de burger: contactpunt, infopagina op de website en meer.',
      fr: "Conseils sur la communication aux citoyens : point de contact, page d'information sur le site web, etc.",
      de: 'Beratung zur Kommunikation mit den Bürgern: Kontaktstelle, Informationsseite auf der Website und mehr.',
      en: 'Advice on communicating with citizens: contact point, information page on the website and more.',
    },
    // F, G and I are named; J (the leaflet) is our reading of the source's "…".
    steps: ['F', 'G', 'I', 'J'],
    audience: ['municipality'],
    phase: 'before-opening',
    source: { seed: '000', lines: [147, 147], quote: 'Advies bij de communicatie naar de burger' },
  },
  {
    id: 'social-tension-advice',
    kind: 'task',
    label: {
      nl: 'Advies en vorming over omgaan met maatschappelijke spanningen',
      fr: 'Conseils et formation sur la gestion des tensions dans la société',
      de: 'Beratung und Schulung zum Umgang mit gesellschaftlichen Spannungen',
      en: 'Advice and training on handling social tension',
    },
    description: {
      nl: 'Advies of vorming over het omgaan met maatschappelijke spanningen, bijvoorbeeld online polarisatie.',
      fr: 'Conseils ou formation sur la gestion des tensions dans la société, par exemple la polarisation en ligne.',
      de: 'Beratung oder Schulung zum Umgang mit gesellschaftlichen Spannungen, etwa Online-Polarisierung.',
      en: 'Advice or training on handling tension in society, such as online polarisation.',
    },
    // Inference: the training is the D.e topic on polarisation (line 178); the advice serves communication (F).
    steps: ['D.e', 'F'],
    audience: ['municipality', 'volunteers'],
    phase: 'before-opening',
    source: { seed: '000', lines: [148, 149], quote: 'omgaan met maatschappelijke spanningen' },
  },
];

/**
 * The information and training topics the officer gathers in step D.e: 6 topic lines, seed
 * `000`, lines 173-181. Audiences are our choice: who would attend such a session.
 *
 * @example
 * ```ts
 * trainingTopics.every((t) => t.steps.includes('D.e')); // true
 * ```
 */
export const trainingTopics: readonly CatalogueItem[] = [
  {
    id: 'topic-civic-integration-and-residence',
    kind: 'training-topic',
    label: {
      nl: 'Inburgering, kortverblijf, tijdelijke verblijfsstatus, asielprocedure',
      fr: 'Intégration civique, court séjour, statut de séjour temporaire, procédure d’asile',
      de: 'Integrationsparcours, Kurzaufenthalt, befristeter Aufenthaltsstatus, Asylverfahren',
      en: 'Civic integration, short stay, temporary residence status, asylum procedure',
    },
    description: {
      nl: 'Hoe het inburgeringstraject, kortverblijf, een tijdelijke verblijfsstatus en de asielprocedure werken.',
      fr: "Comment fonctionnent le parcours d'intégration civique, le court séjour, un statut de séjour temporaire et la procédure d'asile.",
      de: 'Wie der Integrationsparcours, der Kurzaufenthalt, ein befristeter Aufenthaltsstatus und das Asylverfahren funktionieren.',
      en: 'How the civic integration programme, short stays, temporary residence status and the asylum procedure work.',
    },
    steps: ['D.e'],
    audience: ['municipality', 'volunteers', 'partners'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [175, 175],
      quote: 'inburgering, kortverblijf, tijdelijke verblijfsstatus, asielprocedure',
    },
  },
  {
    id: 'topic-communicating-across-languages',
    kind: 'training-topic',
    label: {
      nl: 'Communiceren met anderstaligen',
      fr: 'Communiquer avec des personnes allophones',
      de: 'Kommunikation mit Anderssprachigen',
      en: 'Communicating with speakers of other languages',
    },
    description: {
      nl: 'Duidelijk communiceren met mensen die (nog) geen Nederlands spreken.',
      fr: 'Communiquer clairement avec des personnes qui ne parlent pas (encore) le néerlandais.',
      de: 'Klar mit Menschen kommunizieren, die (noch) kein Niederländisch sprechen.',
      en: 'Communicating clearly with people who do not speak Dutch (yet).',
    },
    steps: ['D.e'],
    audience: ['municipality', 'schools', 'volunteers', 'partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [176, 176], quote: 'communiceren met anderstaligen' },
  },
  {
    id: 'topic-language-support-tools',
    kind: 'training-topic',
    label: {
      nl: 'Taalondersteunende hulpmiddelen, taalapps',
      fr: 'Outils d’aide linguistique, applications de langue',
      de: 'Sprachunterstützende Hilfsmittel, Sprach-Apps',
      en: 'Language support tools, language apps',
    },
    description: {
      nl: 'Hulpmiddelen en apps die het contact in een andere taal makkelijker maken.',
      fr: 'Outils et applications qui facilitent le contact dans une autre langue.',
      de: 'Hilfsmittel und Apps, die den Kontakt in einer anderen Sprache erleichtern.',
      en: 'Tools and apps that make contact in another language easier.',
    },
    steps: ['D.e'],
    audience: ['municipality', 'schools', 'volunteers'],
    phase: 'before-opening',
    source: { seed: '000', lines: [177, 177], quote: 'taalondersteunende hulpmiddelen, taalapps' },
  },
  {
    id: 'topic-bystander-and-polarisation',
    kind: 'training-topic',
    label: {
      nl: 'Omstaanderstraining, online polarisatie, omgaan met discriminerende uitspraken',
      fr: 'Formation « témoin actif », polarisation en ligne, réagir aux propos discriminatoires',
      de: 'Zivilcourage-Training, Online-Polarisierung, Umgang mit diskriminierenden Äußerungen',
      en: 'Bystander training, online polarisation, handling discriminatory remarks',
    },
    description: {
      nl: 'Reageren als omstaander, online polarisatie herkennen en omgaan met discriminerende uitspraken.',
      fr: 'Réagir en témoin actif, reconnaître la polarisation en ligne et réagir aux propos discriminatoires.',
      de: 'Zivilcourage zeigen, Online-Polarisierung erkennen und mit diskriminierenden Äußerungen umgehen.',
      en: 'Acting as a bystander, recognising online polarisation and handling discriminatory remarks.',
    },
    steps: ['D.e'],
    audience: ['municipality', 'volunteers', 'neighbours'],
    phase: 'before-opening',
    source: {
      seed: '000',
      lines: [178, 179],
      quote: 'omstaanderstraining, online polarisatie, omgaan met discriminerende uitspraken',
    },
  },
  {
    id: 'topic-public-perception',
    kind: 'training-topic',
    label: {
      nl: 'Beeldvorming',
      fr: 'Image et perception',
      de: 'Öffentliche Wahrnehmung',
      en: 'Public perception',
    },
    description: {
      nl: 'Hoe beeldvorming over asielzoekers en vluchtelingen ontstaat en hoe ze bijgestuurd kan worden.',
      fr: "Comment se forme l'image des demandeurs d'asile et des réfugiés (« beeldvorming ») et comment la corriger.",
      de: 'Wie die öffentliche Wahrnehmung von Asylbewerbern und Flüchtlingen entsteht („beeldvorming“) und wie man sie korrigiert.',
      en: 'How the image of asylum seekers and refugees (“beeldvorming”) is formed and how to correct it.',
    },
    steps: ['D.e'],
    audience: ['municipality', 'volunteers', 'neighbours'],
    phase: 'before-opening',
    source: { seed: '000', lines: [180, 180], quote: '- beeldvorming' },
  },
  {
    id: 'topic-stress-and-trauma',
    kind: 'training-topic',
    label: {
      nl: 'Stress en trauma',
      fr: 'Stress et traumatisme',
      de: 'Stress und Trauma',
      en: 'Stress and trauma',
    },
    description: {
      nl: 'Stress en trauma bij asielzoekers herkennen en toeleiden naar partnerorganisaties welzijn.',
      fr: "Reconnaître le stress et le traumatisme chez les demandeurs d'asile et orienter vers les organisations partenaires du secteur social.",
      de: 'Stress und Trauma bei Asylbewerbern erkennen und an Partnerorganisationen im Sozialbereich vermitteln.',
      en: 'Recognising stress and trauma in asylum seekers and referring to partner welfare organisations.',
    },
    steps: ['D.e'],
    audience: ['municipality', 'schools', 'volunteers', 'centre-operator'],
    phase: 'before-opening',
    source: { seed: '000', lines: [181, 181], quote: 'stress en trauma' },
  },
];

/**
 * The extra support of step K (*extra ondersteuning*), with the centre operator,
 * Vluchtelingenwerk Vlaanderen and others: 4 items, seed `000`, lines 190-195.
 *
 * @example
 * ```ts
 * extraSupport.map((i) => i.steps[1]); // ['K.a', 'K.b', 'K.c', 'K.d']
 * ```
 */
export const extraSupport: readonly CatalogueItem[] = [
  {
    id: 'residents-to-integration-and-meeting-offers',
    kind: 'extra-support',
    label: {
      nl: 'Toeleiding bewoners naar bestaand aanbod integratie/ontmoeten',
      fr: "Orientation des résidents vers l'offre existante d'intégration et de rencontre",
      de: 'Vermittlung der Bewohner zu bestehenden Integrations- und Begegnungsangeboten',
      en: 'Guiding residents to existing integration and meeting offers',
    },
    description: {
      nl: 'Bewoners vinden de weg naar wat al bestaat aan integratie- en ontmoetingsaanbod in de gemeente.',
      fr: "Les résidents trouvent le chemin vers l'offre d'intégration et de rencontre qui existe déjà dans la commune.",
      de: 'Die Bewohner finden den Weg zu den Integrations- und Begegnungsangeboten, die es in der Gemeinde bereits gibt.',
      en: 'Residents find their way to the integration and meeting offers that already exist in the municipality.',
    },
    steps: ['K', 'K.a'],
    audience: ['residents-of-centre', 'centre-operator', 'partners'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [192, 192],
      quote: 'Toeleiding bewoners naar bestaand aanbod integratie/ontmoeten',
    },
  },
  {
    id: 'quality-meeting-tips',
    kind: 'extra-support',
    label: {
      nl: 'Tips over kwaliteitsvolle ontmoetingskansen en werken aan verbinding',
      fr: 'Conseils pour des rencontres de qualité et pour créer du lien',
      de: 'Tipps für gute Begegnungsmöglichkeiten und mehr Zusammenhalt',
      en: 'Tips on good meeting opportunities and building connections',
    },
    description: {
      nl: 'Tips om ontmoetingen tussen bewoners en buurt goed te organiseren en verbinding op te bouwen.',
      fr: 'Conseils pour bien organiser les rencontres entre résidents et voisinage et créer du lien.',
      de: 'Tipps, wie man Begegnungen zwischen Bewohnern und Nachbarschaft gut organisiert und den Zusammenhalt fördert.',
      en: 'Tips on organising good encounters between residents and neighbours and building connections.',
    },
    steps: ['K', 'K.b'],
    audience: ['municipality', 'neighbours', 'volunteers', 'centre-operator'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [193, 193],
      quote: 'Tips over kwaliteitsvolle ontmoetingskansen en werken aan verbinding',
    },
  },
  {
    id: 'buddy-scheme',
    kind: 'extra-support',
    label: {
      nl: 'Buddywerking',
      fr: 'Système de parrainage (buddy)',
      de: 'Patenschaftsprogramm (Buddy-Programm)',
      en: 'Buddy scheme',
    },
    description: {
      nl: 'Een buurtbewoner of vrijwilliger vormt een duo met een bewoner van het opvangcentrum.',
      fr: "Un riverain ou un bénévole forme un binôme avec un résident du centre d'accueil.",
      de: 'Ein Anwohner oder Freiwilliger bildet ein Tandem mit einem Bewohner des Aufnahmezentrums.',
      en: 'A neighbour or volunteer pairs up with a resident of the reception centre.',
    },
    steps: ['K', 'K.c'],
    audience: ['residents-of-centre', 'volunteers', 'neighbours'],
    phase: 'around-opening',
    source: { seed: '000', lines: [194, 194], quote: 'c. Buddywerking' },
  },
  {
    id: 'volunteering-by-residents',
    kind: 'extra-support',
    label: {
      nl: 'Vrijwilligerswerk voor bewoners',
      fr: 'Bénévolat pour les résidents',
      de: 'Freiwilligenarbeit für Bewohner',
      en: 'Volunteering for residents',
    },
    description: {
      nl: 'Bewoners van het opvangcentrum doen zelf vrijwilligerswerk in de gemeente.',
      fr: "Les résidents du centre d'accueil font eux-mêmes du bénévolat dans la commune.",
      de: 'Bewohner des Aufnahmezentrums leisten selbst Freiwilligenarbeit in der Gemeinde.',
      en: 'Residents of the reception centre volunteer in the municipality themselves.',
    },
    steps: ['K', 'K.d'],
    audience: ['residents-of-centre', 'partners'],
    phase: 'around-opening',
    source: { seed: '000', lines: [195, 195], quote: 'Vrijwilligerswerk voor bewoners' },
  },
];

/**
 * The federal and local partners involved (seed `000`, lines 67-70), one item per partner
 * the source names. "Lokale politie en brandweer" and "Fedasil en/of Rode Kruis" are split
 * into two partners each: they are different organisations. Steps are our inference: where
 * the step plan (or the task package) mentions or needs the partner.
 *
 * @example
 * ```ts
 * partners.length; // 12
 * ```
 */
export const partners: readonly CatalogueItem[] = [
  {
    id: 'local-government',
    kind: 'partner',
    label: {
      nl: 'Lokaal bestuur',
      fr: 'Administration communale',
      de: 'Gemeindeverwaltung',
      en: 'Local authority',
    },
    description: {
      nl: 'Beleidsmedewerkers, eerstelijnsmedewerkers, diensthoofden, directie, burgemeester en schepenen.',
      fr: 'Chargés de mission, agents de première ligne, chefs de service, directeur général, bourgmestre et échevins.',
      de: 'Referenten, Mitarbeiter im Bürgerkontakt, Dienststellenleiter, Generaldirektor, Bürgermeister und Schöffen.',
      en: 'Policy officers, front-line workers, heads of department, the chief executive (algemeen directeur), mayor and aldermen.',
    },
    // The municipality acts in B, C and E-J.
    steps: ['B', 'C', 'E', 'F', 'G', 'H', 'I', 'J'],
    audience: ['municipality'],
    phase: 'before-opening',
    source: { seed: '000', lines: [67, 68], quote: 'partners zijn lokaal bestuur' },
  },
  {
    id: 'local-police',
    kind: 'partner',
    label: { nl: 'Lokale politie', fr: 'Police locale', de: 'Lokale Polizei', en: 'Local police' },
    description: {
      nl: 'De politiezone van de gemeente.',
      fr: 'La zone de police de la commune.',
      de: 'Die Polizeizone der Gemeinde.',
      en: 'The police zone the municipality belongs to.',
    },
    // Inference: a crucial actor in the core group (E).
    steps: ['E'],
    audience: ['municipality'],
    phase: 'before-opening',
    source: { seed: '000', lines: [68, 68], quote: 'lokale politie' },
  },
  {
    id: 'fire-service',
    kind: 'partner',
    label: { nl: 'Brandweer', fr: 'Service d’incendie', de: 'Feuerwehr', en: 'Fire service' },
    description: {
      nl: 'De brandweer(zone), onder meer voor de brandveiligheid van het opvangcentrum.',
      fr: "La zone de secours (pompiers), entre autres pour la sécurité incendie du centre d'accueil.",
      de: 'Die Feuerwehr (Hilfeleistungszone), unter anderem für den Brandschutz des Aufnahmezentrums.',
      en: 'The fire and rescue zone, among other things for the fire safety of the reception centre.',
    },
    // Inference: a crucial actor in the core group (E).
    steps: ['E'],
    audience: ['municipality', 'centre-operator'],
    phase: 'before-opening',
    source: { seed: '000', lines: [68, 68], quote: 'politie en brandweer' },
  },
  {
    id: 'fedasil',
    kind: 'partner',
    label: { nl: 'Fedasil', fr: 'Fedasil', de: 'Fedasil', en: 'Fedasil' },
    description: {
      nl: 'Fedasil, het federaal agentschap voor de opvang van asielzoekers: beslist over en baat opvangcentra uit.',
      fr: "Fedasil, l'agence fédérale pour l'accueil des demandeurs d'asile : décide de l'ouverture de centres d'accueil et en gère une partie.",
      de: 'Fedasil, die Föderalagentur für die Aufnahme von Asylsuchenden: entscheidet über die Eröffnung von Aufnahmezentren und betreibt einen Teil davon.',
      en: 'Fedasil, the federal agency for the reception of asylum seekers: decides on opening reception centres and runs some of them.',
    },
    // A (decision) and B (first information) name Fedasil; as operator it works in D.a and K.
    steps: ['A', 'B', 'D.a', 'K'],
    audience: ['municipality', 'centre-operator'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'Fedasil en/of Rode Kruis' },
  },
  {
    id: 'red-cross',
    kind: 'partner',
    label: { nl: 'Rode Kruis', fr: 'Croix-Rouge', de: 'Rotes Kreuz', en: 'Red Cross' },
    description: {
      nl: 'Het Rode Kruis (Rode Kruis-Vlaanderen) baat als partner van Fedasil opvangcentra uit.',
      fr: "La Croix-Rouge (Rode Kruis-Vlaanderen en Flandre) exploite des centres d'accueil en partenariat avec Fedasil.",
      de: 'Das Rote Kreuz (Rode Kruis-Vlaanderen in Flandern) betreibt als Partner von Fedasil Aufnahmezentren.',
      en: 'The Red Cross (Rode Kruis-Vlaanderen in Flanders) runs reception centres as a partner of Fedasil.',
    },
    // Inference: as operator it is the centre manager of D.a and the operator of K.
    steps: ['D.a', 'K'],
    audience: ['municipality', 'centre-operator'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'en/of Rode Kruis' },
  },
  {
    id: 'cbe',
    kind: 'partner',
    label: { nl: 'CBE', fr: 'CBE', de: 'CBE', en: 'CBE' },
    description: {
      nl: 'CBE, Centrum voor Basiseducatie: basisvorming en Nederlandse les voor laaggeletterde volwassenen.',
      fr: 'CBE, Centrum voor Basiseducatie : centre flamand d’éducation de base, qui donne aussi des cours de néerlandais aux adultes peu alphabétisés.',
      de: 'CBE, Centrum voor Basiseducatie: flämisches Zentrum für Grundbildung, auch mit Niederländischkursen für gering literalisierte Erwachsene.',
      en: 'CBE, Centrum voor Basiseducatie: Flemish adult basic education centre, also teaching Dutch to adults with low literacy.',
    },
    steps: ['D.c'],
    audience: ['partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'Rode Kruis, CBE' },
  },
  {
    id: 'cvo',
    kind: 'partner',
    label: { nl: 'CVO', fr: 'CVO', de: 'CVO', en: 'CVO' },
    description: {
      nl: 'CVO, Centrum voor Volwassenenonderwijs: onder meer lessen Nederlands als tweede taal (NT2).',
      fr: 'CVO, Centrum voor Volwassenenonderwijs : centre flamand d’enseignement pour adultes, entre autres pour le néerlandais langue seconde (NT2).',
      de: 'CVO, Centrum voor Volwassenenonderwijs: flämisches Zentrum für Erwachsenenbildung, unter anderem für Niederländisch als Zweitsprache (NT2).',
      en: 'CVO, Centrum voor Volwassenenonderwijs: Flemish adult education centre, among other things for Dutch as a second language (NT2).',
    },
    steps: ['D.c'],
    audience: ['partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'CBE, CVO' },
  },
  {
    id: 'vdab',
    kind: 'partner',
    label: { nl: 'VDAB', fr: 'VDAB', de: 'VDAB', en: 'VDAB' },
    description: {
      nl: 'VDAB, de Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding: werk en opleiding.',
      fr: "VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding : le service flamand de l'emploi et de la formation professionnelle.",
      de: 'VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding: der flämische Dienst für Arbeitsvermittlung und Berufsausbildung.',
      en: 'VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding: the Flemish public employment and vocational training service.',
    },
    // Inference: the task package (line 140) involves VDAB in referral to education, which D.c coordinates.
    steps: ['D.c'],
    audience: ['partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'CVO, VDAB' },
  },
  {
    id: 'agodi',
    kind: 'partner',
    label: { nl: 'Agodi', fr: 'Agodi', de: 'Agodi', en: 'Agodi' },
    description: {
      nl: 'Agodi, het Agentschap voor Onderwijsdiensten van de Vlaamse overheid.',
      fr: "Agodi, Agentschap voor Onderwijsdiensten : l'agence flamande des services d'enseignement.",
      de: 'Agodi, Agentschap voor Onderwijsdiensten: die flämische Agentur für Bildungsdienste.',
      en: 'Agodi, Agentschap voor Onderwijsdiensten: the Flemish agency for education services.',
    },
    // Inference: school referral of minors (D.b) and its check (D.d).
    steps: ['D.b', 'D.d'],
    audience: ['partners', 'schools'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'VDAB, Agodi' },
  },
  {
    id: 'lop-experts',
    kind: 'partner',
    label: {
      nl: 'LOP-deskundigen',
      fr: 'Experts LOP',
      de: 'LOP-Sachverständige',
      en: 'LOP experts',
    },
    description: {
      nl: 'Deskundigen van het LOP, het Lokaal Overlegplatform Onderwijs, dat gelijke onderwijskansen in de regio bewaakt.',
      fr: "Experts du LOP, Lokaal Overlegplatform (plateforme locale de concertation sur l'enseignement), qui veille à l'égalité des chances scolaires.",
      de: 'Sachverständige des LOP, Lokaal Overlegplatform (lokale Konzertierungsplattform für das Unterrichtswesen), die über Chancengleichheit in der Bildung wacht.',
      en: 'Experts of the LOP, Lokaal Overlegplatform (local consultation platform on education), which watches over equal educational opportunities.',
    },
    steps: ['D.d'],
    audience: ['partners', 'schools'],
    phase: 'before-opening',
    source: { seed: '000', lines: [69, 69], quote: 'en LOP-deskundigen' },
  },
  {
    id: 'agii-staff',
    kind: 'partner',
    label: {
      nl: 'Eerstelijnsmedewerkers en coördinatoren AgII',
      fr: "Agents de première ligne et coordinateurs de l'AgII",
      de: 'Mitarbeiter im Bürgerkontakt und Koordinatoren der AgII',
      en: 'AgII front-line workers and coordinators',
    },
    description: {
      nl: 'Medewerkers van AgII, het Agentschap Integratie en Inburgering: lokale coördinator, trajectbegeleiders, taalconsulenten.',
      fr: "Collaborateurs de l'Agence flamande pour l'intégration et l'intégration civique (Agentschap Integratie en Inburgering, AgII) : coordinateur local, accompagnateurs de parcours, consultants linguistiques.",
      de: 'Mitarbeiter der flämischen Agentur für Integration und Integrationsparcours (Agentschap Integratie en Inburgering, AgII): lokaler Koordinator, Laufbahnbegleiter, Sprachberater.',
      en: 'Staff of the Agency for Integration and Civic Integration (Agentschap Integratie en Inburgering, AgII): local coordinator, pathway counsellors, language consultants.',
    },
    steps: ['D', 'D.a', 'D.b', 'D.c'],
    audience: ['municipality', 'partners'],
    phase: 'before-opening',
    source: { seed: '000', lines: [70, 70], quote: 'eerstelijnsmedewerkers en coördinatoren AgII' },
  },
  {
    id: 'primary-school-heads',
    kind: 'partner',
    label: {
      nl: 'Directies basisscholen',
      fr: "Directions d'écoles fondamentales",
      de: 'Schulleitungen der Grundschulen',
      en: 'Primary school heads',
    },
    description: {
      nl: 'De directies van de basisscholen die kinderen uit het opvangcentrum opnemen.',
      fr: "Les directions des écoles fondamentales qui accueillent des enfants du centre d'accueil.",
      de: 'Die Leitungen der Grundschulen, die Kinder aus dem Aufnahmezentrum aufnehmen.',
      en: 'The heads of the primary schools that take in children from the reception centre.',
    },
    steps: ['D.b', 'D.d'],
    audience: ['schools'],
    phase: 'before-opening',
    source: { seed: '000', lines: [70, 70], quote: 'directies basisscholen' },
  },
];

/**
 * AgII's internal services the officer refers to (seed `000`, lines 121-122).
 *
 * @example
 * ```ts
 * internalServices.map((s) => s.label.nl); // ['Sociaal Tolken en Vertalen', 'Vreemdelingenrecht en Internationaal Familierecht']
 * ```
 */
export const internalServices: readonly CatalogueItem[] = [
  {
    id: 'social-interpreting-and-translation',
    kind: 'internal-service',
    label: {
      nl: 'Sociaal Tolken en Vertalen',
      fr: 'Sociaal Tolken en Vertalen (interprétariat et traduction en milieu social)',
      de: 'Sociaal Tolken en Vertalen (Sozialdolmetschen und Übersetzen)',
      en: 'Sociaal Tolken en Vertalen (social interpreting and translation)',
    },
    description: {
      nl: 'Dienst van AgII voor tolken en vertalingen in gesprekken met welzijns-, onderwijs- en overheidsdiensten.',
      fr: "Service de l'AgII pour l'interprétariat et la traduction dans les échanges avec les services sociaux, scolaires et publics.",
      de: 'Dienst der AgII für Dolmetschen und Übersetzungen in Gesprächen mit Sozial-, Bildungs- und Behördendiensten.',
      en: 'AgII service for interpreting and translation in contacts with welfare, education and public services.',
    },
    // No step of the plan covers referrals: no step.
    steps: [],
    audience: ['municipality', 'schools', 'centre-operator', 'partners'],
    phase: 'around-opening',
    source: { seed: '000', lines: [121, 121], quote: 'Sociaal Tolken en Vertalen' },
  },
  {
    id: 'foreigners-law-and-international-family-law',
    kind: 'internal-service',
    label: {
      nl: 'Vreemdelingenrecht en Internationaal Familierecht',
      fr: 'Vreemdelingenrecht en Internationaal Familierecht (droit des étrangers et droit international de la famille)',
      de: 'Vreemdelingenrecht en Internationaal Familierecht (Ausländerrecht und internationales Familienrecht)',
      en: 'Vreemdelingenrecht en Internationaal Familierecht (foreigners’ law and international family law)',
    },
    description: {
      nl: 'Juridisch advies van AgII over verblijfsrecht en internationaal familierecht, vooral voor professionals.',
      fr: "Conseil juridique de l'AgII sur le droit de séjour et le droit international de la famille, surtout pour les professionnels.",
      de: 'Rechtsberatung der AgII zum Aufenthaltsrecht und zum internationalen Familienrecht, vor allem für Fachleute.',
      en: 'AgII legal advice on residence law and international family law, mainly for professionals.',
    },
    // No step of the plan covers referrals: no step.
    steps: [],
    audience: ['municipality', 'centre-operator', 'partners'],
    phase: 'around-opening',
    source: {
      seed: '000',
      lines: [121, 122],
      quote: 'Vreemdelingenrecht en Internationaal Familierecht',
    },
    // "Mainly for professionals" is seed 004's word on AgII's legal service.
    seeAlso: [
      { seed: '004', lines: [171, 171], quote: 'meer voor professionals dan voor inburgeraars' },
    ],
  },
];

/**
 * The whole catalogue, in catalogue order (the order ties in search ranking fall back to):
 * support offer, tasks, training topics, extra support, partners, internal services.
 *
 * @example
 * ```ts
 * catalogue.length; // 45
 * catalogue.find((i) => i.id === 'buddy-scheme')?.label.fr; // 'Système de parrainage (buddy)'
 * ```
 */
export const catalogue: readonly CatalogueItem[] = [
  ...supportOffer,
  ...tasks,
  ...trainingTopics,
  ...extraSupport,
  ...partners,
  ...internalServices,
];

/**
 * One item by id, or `undefined`.
 *
 * @example
 * ```ts
 * catalogueItem('buddy-scheme')?.steps; // ['K', 'K.c']
 * ```
 */
export function catalogueItem(id: string): CatalogueItem | undefined {
  return catalogue.find((item) => item.id === id);
}
