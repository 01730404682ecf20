import type { Locale } from '../i18n/index.js';
import { OpvangValidationError, stepIds, validationError, type StepId } from '../shared/index.js';

/** A text in each language. */
export type StepText = { readonly [L in Locale]: string };

export { stepIds, type StepId } from '../shared/index.js';

/**
 * Who acts in a step. `federal` is Fedasil or the federal minister's office (*kabinet*);
 * the three `agii-…` roles are AgII's staff of step D; `partners` are the centre's local and
 * Flemish partners (Vluchtelingenwerk Vlaanderen and others).
 */
export const actorRoles = [
  'federal',
  'liaison-officer',
  'agii-local-coordinator',
  'agii-pathway-counsellor',
  'agii-training-coordinator',
  'municipality',
  'centre-operator',
  'partners',
] as const;

/** One of {@link actorRoles}. */
export type ActorRole = (typeof actorRoles)[number];

/** The names of the actor roles in each language. */
export const actorRoleNames: { readonly [R in ActorRole]: StepText } = {
  federal: { nl: 'Fedasil of het kabinet', fr: 'Fedasil ou le cabinet', de: 'Fedasil oder das Ministerkabinett', en: 'Fedasil or the minister’s office' },
  'liaison-officer': { nl: 'Verbindingsofficier (AgII)', fr: 'Officier de liaison (AgII)', de: 'Verbindungsbeauftragte(r) (AgII)', en: 'Liaison officer (AgII)' },
  'agii-local-coordinator': { nl: 'Lokale coördinator (AgII)', fr: 'Coordinateur local (AgII)', de: 'Lokale(r) Koordinator(in) (AgII)', en: 'Local coordinator (AgII)' },
  'agii-pathway-counsellor': { nl: 'Trajectbegeleider (AgII)', fr: 'Accompagnateur de parcours (AgII)', de: 'Laufbahnbegleiter(in) (AgII)', en: 'Pathway counsellor (AgII)' },
  'agii-training-coordinator': { nl: 'Afstemmer vormingsaanbod (AgII)', fr: 'Coordinateur de l’offre de formation (AgII)', de: 'Koordinator(in) Bildungsangebot (AgII)', en: 'Training-offer coordinator (AgII)' },
  municipality: { nl: 'Lokaal bestuur', fr: 'Administration locale', de: 'Lokale Verwaltung', en: 'Municipality' },
  'centre-operator': { nl: 'Uitbater van het opvangcentrum', fr: 'Exploitant du centre d’accueil', de: 'Betreiber des Aufnahmezentrums', en: 'Centre operator' },
  partners: { nl: 'Partners', fr: 'Partenaires', de: 'Partner', en: 'Partners' },
};

/** When a step applies to a case. */
export type Applicability =
  /** Every case. */
  | { readonly kind: 'always' }
  /** Only when minors are among the residents: unaccompanied minors, or families (with children). */
  | { readonly kind: 'minors-among-residents' };

/** A rule on how a step may be recorded as done. */
export type StepConstraint =
  /** Only an information market counts; a panel discussion or an information meeting is rejected. */
  { readonly kind: 'information-market-format' };

/** When a step is due. */
export type StepDeadline =
  /** Counted from the formal confirmation with the case's contact policy (default: 48 elapsed hours). */
  { readonly kind: 'contact-policy' };

/** One step or sub-step of the plan, as data. */
export interface StepDefinition {
  readonly id: StepId;
  /** The step a sub-step belongs to. */
  readonly parent?: StepId;
  /** The sub-steps of a step; a step with sub-steps is done through them. */
  readonly children: readonly StepId[];
  readonly title: StepText;
  readonly description: StepText;
  /** Who acts, the one responsible first. */
  readonly actors: readonly ActorRole[];
  /** Steps that must be done (or skipped, or not apply) before this one can start or be done. */
  readonly dependsOn: readonly StepId[];
  readonly deadline?: StepDeadline;
  readonly applicability: Applicability;
  readonly constraints: readonly StepConstraint[];
  /** Lines of seed `000_c39b7aa53f65cd73.txt` the step comes from. */
  readonly sourceLines: string;
}

type Draft = Omit<StepDefinition, 'children' | 'applicability' | 'constraints'> & Partial<Pick<StepDefinition, 'applicability' | 'constraints'>>;

const ALWAYS: Applicability = { kind: 'always' };

const drafts: readonly Draft[] = [
  {
    id: 'A',
    title: { nl: 'Officiële beslissing over de opstart', fr: 'Décision officielle d’ouverture', de: 'Offizielle Entscheidung über die Eröffnung', en: 'Official decision to open' },
    description: {
      nl: 'De federale overheid beslist officieel een (tijdelijk) opvangcentrum op te starten.',
      fr: 'Le gouvernement fédéral décide officiellement d’ouvrir un centre d’accueil (temporaire).',
      de: 'Die föderale Regierung beschließt offiziell, ein (vorübergehendes) Aufnahmezentrum zu eröffnen.',
      en: 'The federal government officially decides to open a (temporary) reception centre.',
    },
    actors: ['federal'],
    dependsOn: [],
    sourceLines: '151',
  },
  {
    id: 'B',
    title: { nl: 'Eerste informatie aan lokaal bestuur en AgII', fr: 'Premières informations à la commune et à l’AgII', de: 'Erste Informationen an Gemeinde und AgII', en: 'First information to the municipality and AgII' },
    description: {
      nl: 'Het lokaal bestuur en AgII krijgen de eerste informatie via Fedasil of het kabinet.',
      fr: 'La commune et l’AgII reçoivent les premières informations de Fedasil ou du cabinet.',
      de: 'Die Gemeinde und AgII erhalten die ersten Informationen von Fedasil oder dem Ministerkabinett.',
      en: 'The municipality and AgII receive the first information from Fedasil or the minister’s office.',
    },
    actors: ['federal'],
    dependsOn: ['A'],
    sourceLines: '152-156',
  },
  ...(
    [
      ['B.a', { nl: 'Timing van de opstart', fr: 'Calendrier de l’ouverture', de: 'Zeitplan der Eröffnung', en: 'Timing of the opening' }, { nl: 'Wanneer het opvangcentrum opent.', fr: 'Quand le centre ouvre.', de: 'Wann das Zentrum öffnet.', en: 'When the centre opens.' }],
      ['B.b', { nl: 'Adres van de locatie', fr: 'Adresse du site', de: 'Adresse des Standorts', en: 'Address of the site' }, { nl: 'Waar het opvangcentrum komt.', fr: 'Où le centre s’installe.', de: 'Wo das Zentrum entsteht.', en: 'Where the centre will be.' }],
      ['B.c', { nl: 'Opvangcapaciteit', fr: 'Capacité d’accueil', de: 'Aufnahmekapazität', en: 'Reception capacity' }, { nl: 'Hoeveel mensen er kunnen verblijven.', fr: 'Combien de personnes peuvent y séjourner.', de: 'Wie viele Menschen dort wohnen können.', en: 'How many people can stay there.' }],
      [
        'B.d',
        { nl: 'Doelgroep', fr: 'Public cible', de: 'Zielgruppe', en: 'Target group' },
        {
          nl: 'Niet-begeleide minderjarige vluchtelingen of volwassenen (en, als uitbreiding, gezinnen).',
          fr: 'Mineurs étrangers non accompagnés ou adultes (et, en extension, des familles).',
          de: 'Unbegleitete minderjährige Geflüchtete oder Erwachsene (und, als Erweiterung, Familien).',
          en: 'Unaccompanied minors or adults (and, as an extension, families).',
        },
      ],
    ] as const
  ).map(([id, title, description], index): Draft => ({ id, parent: 'B', title, description, actors: ['federal'], dependsOn: ['A'], sourceLines: String(153 + index) })),
  {
    id: 'C',
    title: { nl: 'Contact met het lokaal bestuur binnen 48 uur', fr: 'Contact avec la commune dans les 48 heures', de: 'Kontakt mit der Gemeinde innerhalb von 48 Stunden', en: 'Contact with the municipality within 48 hours' },
    description: {
      nl: 'De verbindingsofficier neemt binnen 48 uur na de formele bevestiging contact op met het lokaal bestuur (de burgemeester).',
      fr: 'L’officier de liaison contacte la commune (le bourgmestre) dans les 48 heures suivant la confirmation formelle.',
      de: 'Die oder der Verbindungsbeauftragte kontaktiert innerhalb von 48 Stunden nach der formellen Bestätigung die Gemeinde (den Bürgermeister).',
      en: 'The liaison officer contacts the municipality (the mayor) within 48 hours of the formal confirmation.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['B'],
    sourceLines: '135-136, 157-159',
  },
  {
    id: 'C.a',
    parent: 'C',
    title: { nl: 'Aanbod ondersteuning verbindingsofficier', fr: 'Offre de soutien de l’officier de liaison', de: 'Unterstützungsangebot der/des Verbindungsbeauftragten', en: 'Offer of the liaison officer’s support' },
    description: {
      nl: 'Eerste contact: noden bevragen en de ondersteuning van de verbindingsofficier toelichten. Dit contact is de termijn van 48 uur.',
      fr: 'Premier contact : recenser les besoins et présenter le soutien de l’officier de liaison. C’est ce contact qui doit avoir lieu dans les 48 heures.',
      de: 'Erster Kontakt: Bedarf erfragen und die Unterstützung erläutern. Dieser Kontakt ist die 48-Stunden-Frist.',
      en: 'First contact: ask about needs and explain the liaison officer’s support. This contact is what the 48 hours are for.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['B'],
    deadline: { kind: 'contact-policy' },
    sourceLines: '135-136, 158',
  },
  {
    id: 'C.b',
    parent: 'C',
    title: { nl: 'Eerste afspraak', fr: 'Premier rendez-vous', de: 'Erster Termin', en: 'First appointment' },
    description: {
      nl: 'Een eerste afspraak met het lokaal bestuur.',
      fr: 'Un premier rendez-vous avec la commune.',
      de: 'Ein erster Termin mit der Gemeinde.',
      en: 'A first appointment with the municipality.',
    },
    actors: ['liaison-officer', 'municipality'],
    dependsOn: ['C.a'],
    sourceLines: '159',
  },
  {
    id: 'D',
    title: { nl: 'Interne procedures van AgII', fr: 'Procédures internes de l’AgII', de: 'Interne Verfahren von AgII', en: 'AgII’s internal procedures' },
    description: {
      nl: 'De verbindingsofficier start de interne procedures van AgII op.',
      fr: 'L’officier de liaison lance les procédures internes de l’AgII.',
      de: 'Die oder der Verbindungsbeauftragte startet die internen Verfahren von AgII.',
      en: 'The liaison officer starts AgII’s internal procedures.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '160-181',
  },
  {
    id: 'D.a',
    parent: 'D',
    title: { nl: 'Taaltesten en toeleiding naar NT2', fr: 'Tests de langue et orientation vers le néerlandais (NT2)', de: 'Sprachtests und Vermittlung in Niederländischkurse (NT2)', en: 'Language screening and referral to Dutch courses (NT2)' },
    description: {
      nl: 'De lokale coördinator organiseert met de centrummanager de covaartests met de taalconsulenten, regelt leslokaal en wachtzaal, en leidt daarna toe naar NT2.',
      fr: 'Le coordinateur local organise avec le gestionnaire du centre les tests de langue (covaar) avec les consultants linguistiques, la salle de cours et la salle d’attente, puis oriente vers les cours de néerlandais (NT2).',
      de: 'Die lokale Koordination organisiert mit der Zentrumsleitung die Sprachtests (Covaar) mit den Sprachberatern, Unterrichts- und Warteraum, und vermittelt danach in Niederländischkurse (NT2).',
      en: 'The local coordinator organises language screening (covaar tests) with the language consultants and the centre manager, a classroom and waiting room, then refers residents to Dutch courses (NT2).',
    },
    actors: ['agii-local-coordinator'],
    dependsOn: ['C'],
    sourceLines: '161-165',
  },
  {
    id: 'D.b',
    parent: 'D',
    title: { nl: 'Minderjarigen naar onderwijs', fr: 'Mineurs vers l’enseignement', de: 'Minderjährige in die Schule', en: 'Minors to school' },
    description: {
      nl: 'De trajectbegeleider leidt minderjarigen toe naar onderwijs. Alleen als er minderjarigen onder de bewoners zijn.',
      fr: 'L’accompagnateur de parcours oriente les mineurs vers l’enseignement. Uniquement s’il y a des mineurs parmi les résidents.',
      de: 'Die Laufbahnbegleitung vermittelt Minderjährige in die Schule. Nur wenn Minderjährige unter den Bewohnern sind.',
      en: 'The pathway counsellor refers minors to school. Only when minors are among the residents.',
    },
    actors: ['agii-pathway-counsellor'],
    dependsOn: ['C'],
    applicability: { kind: 'minors-among-residents' },
    sourceLines: '166',
  },
  {
    id: 'D.c',
    parent: 'D',
    title: { nl: 'Afstemming vormingsaanbod', fr: 'Coordination de l’offre de formation', de: 'Abstimmung des Bildungsangebots', en: 'Coordinating the training offer' },
    description: {
      nl: 'De afstemmer vormingsaanbod krijgt de aantallen voor CVO en CBE, contacteert onderwijsverstrekkers om het aanbod op te schalen en voert de regie over NT2.',
      fr: 'Le coordinateur de l’offre de formation transmet les effectifs aux CVO et CBE, contacte les prestataires pour élargir l’offre et coordonne le NT2.',
      de: 'Die Koordination des Bildungsangebots gibt die Zahlen an CVO und CBE weiter, kontaktiert Bildungsanbieter zum Ausbau des Angebots und steuert NT2.',
      en: 'The training-offer coordinator passes the numbers to adult education (CVO, CBE), asks providers to scale up and coordinates Dutch courses (NT2).',
    },
    actors: ['agii-training-coordinator'],
    dependsOn: ['C'],
    sourceLines: '167-169',
  },
  {
    id: 'D.d',
    parent: 'D',
    title: { nl: 'Toeleiding naar onderwijs nagaan', fr: 'Vérifier l’orientation vers l’enseignement', de: 'Vermittlung in die Schule prüfen', en: 'Checking that school referral is arranged' },
    description: {
      nl: 'De verbindingsofficier legt contact met de onderwijsdienst, de schepen en de LOP-deskundige en gaat na of de toeleiding naar onderwijs geregeld is.',
      fr: 'L’officier de liaison contacte le service de l’enseignement, l’échevin et l’expert LOP, et vérifie que l’orientation vers l’école est organisée.',
      de: 'Die oder der Verbindungsbeauftragte kontaktiert die Schulabteilung, den Schöffen und die LOP-Fachkraft und prüft, ob die Vermittlung in die Schule geregelt ist.',
      en: 'The liaison officer contacts the education department, the alderman and the LOP expert, and checks that referral to school is arranged.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C', 'D.b'],
    sourceLines: '170-172',
  },
  {
    id: 'D.e',
    parent: 'D',
    title: { nl: 'Vormingsaanbod en informatie van het agentschap', fr: 'Offre de formation et informations de l’agence', de: 'Bildungsangebot und Informationen der Agentur', en: 'The agency’s training offer and information' },
    description: {
      nl: 'De verbindingsofficier verzamelt het vormingsaanbod en de informatie van het agentschap, zoals inburgering, communiceren met anderstaligen, omstaanderstraining, beeldvorming en stress en trauma.',
      fr: 'L’officier de liaison rassemble l’offre de formation et les informations de l’agence : intégration civique, communiquer avec des allophones, formation des témoins, image, stress et traumatisme.',
      de: 'Die oder der Verbindungsbeauftragte stellt das Bildungsangebot und die Informationen der Agentur zusammen: Integration, Kommunikation mit Anderssprachigen, Zivilcourage-Training, Bildgebung, Stress und Trauma.',
      en: 'The liaison officer gathers the agency’s training offer and information: civic integration, communicating across languages, bystander training, public image, stress and trauma.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '173-181',
  },
  {
    id: 'E',
    title: { nl: 'Kerngroep', fr: 'Groupe de base', de: 'Kerngruppe', en: 'Core group' },
    description: {
      nl: 'Het lokaal bestuur start een kerngroep op met alle cruciale actoren, AgII inbegrepen.',
      fr: 'La commune lance un groupe de base avec tous les acteurs clés, dont l’AgII.',
      de: 'Die Gemeinde gründet eine Kerngruppe mit allen wichtigen Akteuren, AgII eingeschlossen.',
      en: 'The municipality starts a core group of all key actors, AgII included.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '182',
  },
  {
    id: 'F',
    title: { nl: 'Communicatie naar de burger', fr: 'Communication aux citoyens', de: 'Kommunikation mit den Bürgern', en: 'Communication to citizens' },
    description: {
      nl: 'De verbindingsofficier ondersteunt bij transparante en inclusieve communicatie naar de burger.',
      fr: 'L’officier de liaison soutient une communication transparente et inclusive vers les citoyens.',
      de: 'Die oder der Verbindungsbeauftragte unterstützt eine transparente und inklusive Kommunikation mit den Bürgern.',
      en: 'The liaison officer supports transparent and inclusive communication to citizens.',
    },
    actors: ['liaison-officer', 'municipality'],
    dependsOn: ['C'],
    sourceLines: '183-184',
  },
  {
    id: 'G',
    title: { nl: 'Contactpunt', fr: 'Point de contact', de: 'Kontaktstelle', en: 'Contact point' },
    description: {
      nl: 'Het lokaal bestuur voorziet een contactpunt voor vragen en bezorgdheden van buurtbewoners.',
      fr: 'La commune prévoit un point de contact pour les questions et préoccupations des riverains.',
      de: 'Die Gemeinde richtet eine Kontaktstelle für Fragen und Sorgen der Anwohner ein.',
      en: 'The municipality provides a contact point for neighbours’ questions and concerns.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '185',
  },
  {
    id: 'H',
    title: { nl: 'Infomarkt', fr: 'Marché d’information', de: 'Infomarkt', en: 'Information market' },
    description: {
      nl: 'Een infomarkt met standen, geen panelgesprek en geen infovergadering: voor dialoog, het werven van vrijwilligers en het voorstellen van partners.',
      fr: 'Un marché d’information avec des stands, ni débat en panel ni réunion d’information : pour le dialogue, le recrutement de bénévoles et la présentation des partenaires.',
      de: 'Ein Infomarkt mit Ständen, keine Podiumsdiskussion und keine Informationsversammlung: für den Dialog, die Gewinnung von Freiwilligen und die Vorstellung der Partner.',
      en: 'An information market with stands, not a panel discussion and not an information meeting: for dialogue, recruiting volunteers and introducing partners.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    constraints: [{ kind: 'information-market-format' }],
    sourceLines: '186-187',
  },
  {
    id: 'I',
    title: { nl: 'Webpagina met basisinfo en FAQ', fr: 'Page web avec informations de base et FAQ', de: 'Webseite mit Grundinformationen und FAQ', en: 'Web page with basic information and FAQs' },
    description: {
      nl: 'Het lokaal bestuur voorziet een webpagina met basisinformatie en veelgestelde vragen.',
      fr: 'La commune prévoit une page web avec les informations de base et une foire aux questions.',
      de: 'Die Gemeinde stellt eine Webseite mit Grundinformationen und häufigen Fragen bereit.',
      en: 'The municipality provides a web page with basic information and frequently asked questions.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '188',
  },
  {
    id: 'J',
    title: { nl: 'Informatiefolder voor omwonenden', fr: 'Dépliant d’information pour les riverains', de: 'Informationsfaltblatt für Anwohner', en: 'Information leaflet for neighbours' },
    description: {
      nl: 'Het lokaal bestuur voorziet een informatiefolder voor de omwonenden.',
      fr: 'La commune prévoit un dépliant d’information pour les riverains.',
      de: 'Die Gemeinde stellt ein Informationsfaltblatt für die Anwohner bereit.',
      en: 'The municipality provides an information leaflet for the neighbours.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    sourceLines: '189',
  },
  {
    id: 'K',
    title: { nl: 'Extra ondersteuning: inzetten op verbinding', fr: 'Soutien supplémentaire : miser sur le lien', de: 'Zusätzliche Unterstützung: auf Verbindung setzen', en: 'Extra support: working on connection' },
    description: {
      nl: 'Inzetten op ontmoeting en participatie, samen met de uitbater van het opvangcentrum, Vluchtelingenwerk Vlaanderen en anderen.',
      fr: 'Miser sur la rencontre et la participation, avec l’exploitant du centre, Vluchtelingenwerk Vlaanderen et d’autres.',
      de: 'Auf Begegnung und Teilhabe setzen, mit dem Betreiber des Zentrums, Vluchtelingenwerk Vlaanderen und anderen.',
      en: 'Working on meeting and participation, with the centre operator, Vluchtelingenwerk Vlaanderen and others.',
    },
    actors: ['liaison-officer', 'centre-operator', 'partners'],
    dependsOn: ['C'],
    sourceLines: '190-195',
  },
  ...(
    [
      ['K.a', { nl: 'Toeleiding naar bestaand aanbod', fr: 'Orientation vers l’offre existante', de: 'Vermittlung in bestehende Angebote', en: 'Referral to existing offers' }, { nl: 'Bewoners toeleiden naar het bestaande aanbod rond integratie en ontmoeting.', fr: 'Orienter les résidents vers l’offre existante d’intégration et de rencontre.', de: 'Bewohner in bestehende Integrations- und Begegnungsangebote vermitteln.', en: 'Referring residents to existing integration and meeting offers.' }],
      ['K.b', { nl: 'Tips voor ontmoetingskansen', fr: 'Conseils pour des occasions de rencontre', de: 'Tipps für Begegnungsmöglichkeiten', en: 'Tips for meeting opportunities' }, { nl: 'Tips over kwaliteitsvolle ontmoetingskansen en werken aan verbinding.', fr: 'Conseils pour des rencontres de qualité et pour créer du lien.', de: 'Tipps für gute Begegnungen und den Aufbau von Verbindungen.', en: 'Tips on good meeting opportunities and building connection.' }],
      ['K.c', { nl: 'Buddywerking', fr: 'Parrainage (buddy)', de: 'Buddy-Programm', en: 'Buddy scheme' }, { nl: 'Een buddywerking die bewoners en buurtbewoners samenbrengt.', fr: 'Un parrainage qui réunit résidents et riverains.', de: 'Ein Buddy-Programm, das Bewohner und Anwohner zusammenbringt.', en: 'A buddy scheme that brings residents and neighbours together.' }],
      ['K.d', { nl: 'Vrijwilligerswerk voor bewoners', fr: 'Bénévolat pour les résidents', de: 'Freiwilligenarbeit für Bewohner', en: 'Volunteering for residents' }, { nl: 'Bewoners vinden vrijwilligerswerk.', fr: 'Les résidents trouvent du bénévolat.', de: 'Bewohner finden Freiwilligenarbeit.', en: 'Residents find volunteering work.' }],
    ] as const
  ).map(([id, title, description], index): Draft => ({ id, parent: 'K', title, description, actors: ['liaison-officer', 'centre-operator', 'partners'], dependsOn: ['C'], sourceLines: String(192 + index) })),
];

/**
 * The step plan A–K with its sub-steps, as data, in plan order: titles and descriptions in
 * nl/fr/de/en, actors, dependencies, the one deadline (C.a, the contact within 48 hours),
 * applicability (D.b only with minors) and constraints (H only as an information market).
 * The Dutch stays close to the source (seed `000`, lines 151-195); dependencies beyond A → B → C
 * are our choice (see docs/step-plan.md).
 *
 * @example
 * ```ts
 * stepPlan.find((step) => step.id === 'D.b')?.applicability; // { kind: 'minors-among-residents' }
 * stepPlan.find((step) => step.id === 'C.a')?.deadline; // { kind: 'contact-policy' }
 * ```
 */
export const stepPlan: readonly StepDefinition[] = drafts.map((draft) => ({
  ...draft,
  children: drafts.filter((other) => other.parent === draft.id).map((other) => other.id),
  applicability: draft.applicability ?? ALWAYS,
  constraints: draft.constraints ?? [],
}));

const byId = new Map(stepPlan.map((step) => [step.id, step]));

/**
 * The definition of a step.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) for an id that is not one of
 *   {@link stepIds}, such as `'Z'` or a value that is not a string.
 *
 * @example
 * ```ts
 * stepDefinition('H').title.en; // 'Information market'
 * ```
 */
export function stepDefinition(id: StepId): StepDefinition {
  const step = byId.get(id);
  if (step === undefined) {
    throw new OpvangValidationError(validationError('step id', [{ path: '', message: 'not a step of the plan', expected: `one of ${stepIds.join(', ')}`, received: id }]));
  }
  return step;
}
