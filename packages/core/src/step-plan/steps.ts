import { defineMessages, type Localized } from '../i18n/index.js';
import {
  OpvangValidationError,
  stepIds,
  validationError,
  type Citation,
  type StepId,
} from '../shared/index.js';

export { stepIds, type StepId } from '../shared/index.js';

/**
 * Who acts in a step. `federal` is Fedasil or the office (*kabinet*) of the federal State
 * Secretary for Asylum and Migration; the three `agii-…` roles are AgII's staff of step D;
 * `partners` are the centre's local and Flemish partners (Vluchtelingenwerk Vlaanderen and others).
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

/** The names of the actor roles in each language (terms of the project's glossary): `actorRoleNames[locale][role]`. */
export const actorRoleNames = defineMessages<Readonly<Record<ActorRole, string>>>({
  nl: {
    federal: 'Fedasil of het kabinet',
    'liaison-officer': 'Verbindingsofficier (AgII)',
    'agii-local-coordinator': 'Lokale coördinator (AgII)',
    'agii-pathway-counsellor': 'Trajectbegeleider (AgII)',
    'agii-training-coordinator': 'Afstemmer vormingsaanbod (AgII)',
    municipality: 'Lokaal bestuur',
    'centre-operator': 'Uitbater van het opvangcentrum',
    partners: 'Partners',
  },
  fr: {
    federal: 'Fedasil ou le cabinet de la secrétaire d’État',
    'liaison-officer': 'Officier de liaison (AgII)',
    'agii-local-coordinator': 'Coordinateur local (AgII)',
    'agii-pathway-counsellor': 'Accompagnateur de parcours (AgII)',
    'agii-training-coordinator': 'Coordinateur de l’offre de formation (AgII)',
    municipality: 'Commune',
    'centre-operator': 'Exploitant du centre d’accueil',
    partners: 'Partenaires',
  },
  de: {
    federal: 'Fedasil oder das Kabinett der Staatssekretärin',
    'liaison-officer': 'Verbindungsbeauftragte(r) (AgII)',
    'agii-local-coordinator': 'Lokale(r) Koordinator(in) (AgII)',
    'agii-pathway-counsellor': 'Laufbahnbegleiter(in) (AgII)',
    'agii-training-coordinator': 'Koordinator(in) Bildungsangebot (AgII)',
    municipality: 'Gemeinde',
    'centre-operator': 'Betreiber des Aufnahmezentrums',
    partners: 'Partner',
  },
  en: {
    federal: 'Fedasil or the State Secretary’s office',
    'liaison-officer': 'Liaison officer (AgII)',
    'agii-local-coordinator': 'Local coordinator (AgII)',
    'agii-pathway-counsellor': 'Pathway counsellor (AgII)',
    'agii-training-coordinator': 'Training-offer coordinator (AgII)',
    municipality: 'Municipality',
    'centre-operator': 'Centre operator',
    partners: 'Partners',
  },
});

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
  readonly title: Localized;
  /** What the source says of the step; the Dutch stays close to the source's words. */
  readonly description: Localized;
  /**
   * What this project adds to the source's step, kept apart from {@link description} so that
   * a reader can tell the two apart. Only B.d has one: families (with children) as a target group.
   */
  readonly extension?: Localized;
  /** Who acts, the one responsible first. */
  readonly actors: readonly ActorRole[];
  /** Steps that must be done (or skipped, or not apply) before this one can start or be done. */
  readonly dependsOn: readonly StepId[];
  readonly deadline?: StepDeadline;
  readonly applicability: Applicability;
  readonly constraints: readonly StepConstraint[];
  /**
   * Where the step comes from: first its line(s) in the step plan (seed `000`, lines 151–195),
   * then any other passage it takes from, each with a quote that stands in its lines.
   */
  readonly citations: readonly [Citation, ...Citation[]];
}

type Draft = Omit<StepDefinition, 'children' | 'applicability' | 'constraints'> &
  Partial<Pick<StepDefinition, 'applicability' | 'constraints'>>;

const ALWAYS: Applicability = { kind: 'always' };

/** A citation of seed `000`, the answer that holds the step plan. */
const plan = (first: number, last: number, quote: string): Citation => ({
  seed: '000',
  lines: [first, last],
  quote,
});

/** B.d's extension: the source names two target groups; families come from seed `002`, lines 1034–1036. */
const familiesExtension: Localized = {
  nl: 'Uitbreiding van dit project, niet uit het stappenplan: ook gezinnen (met kinderen) als doelgroep.',
  fr: 'Extension propre à ce projet, absente du plan par étapes : les familles (avec enfants) comme public cible.',
  de: 'Erweiterung dieses Projekts, nicht aus dem Stufenplan: auch Familien (mit Kindern) als Zielgruppe.',
  en: 'This project’s extension, not in the step plan: families (with children) as a target group too.',
};

// Texts reviewed in December 2026 (issue 13) against the source and the project's glossary.
const drafts: readonly Draft[] = [
  {
    id: 'A',
    title: {
      nl: 'Officiële beslissing over de opstart',
      fr: 'Décision officielle d’ouverture',
      de: 'Offizielle Entscheidung über die Eröffnung',
      en: 'Official decision to open',
    },
    // The source names no decider; the `federal` actor is our reading.
    description: {
      nl: 'Er wordt officieel beslist een (tijdelijk) opvangcentrum op te starten.',
      fr: 'La décision officielle d’ouvrir un centre d’accueil (temporaire) est prise.',
      de: 'Die offizielle Entscheidung über die Eröffnung eines (vorübergehenden) Aufnahmezentrums fällt.',
      en: 'The official decision to open a (temporary) reception centre is taken.',
    },
    actors: ['federal'],
    dependsOn: [],
    citations: [plan(151, 151, 'Officiële beslissing over opstart (tijdelijk) opvangcentrum')],
  },
  {
    id: 'B',
    title: {
      nl: 'Eerste informatie aan lokaal bestuur en AgII',
      fr: 'Premières informations à la commune et à l’AgII',
      de: 'Erste Informationen an Gemeinde und AgII',
      en: 'First information to the municipality and AgII',
    },
    description: {
      nl: 'Het lokaal bestuur en AgII krijgen de eerste informatie via Fedasil of het kabinet van de staatssecretaris voor Asiel en Migratie.',
      fr: 'La commune et l’AgII reçoivent les premières informations de Fedasil ou du cabinet de la secrétaire d’État à l’Asile et la Migration.',
      de: 'Die Gemeinde und AgII erhalten die ersten Informationen von Fedasil oder vom Kabinett der Staatssekretärin für Asyl und Migration.',
      en: 'The municipality and AgII receive the first information from Fedasil or the office of the State Secretary for Asylum and Migration.',
    },
    actors: ['federal'],
    dependsOn: ['A'],
    citations: [plan(152, 156, 'krijgen eerste informatie via Fedasil of kabinet De Moor')],
  },
  ...(
    [
      [
        'B.a',
        {
          nl: 'Timing van de opstart',
          fr: 'Calendrier de l’ouverture',
          de: 'Zeitplan der Eröffnung',
          en: 'Timing of the opening',
        },
        {
          nl: 'Wanneer het opvangcentrum opent.',
          fr: 'Quand le centre ouvre.',
          de: 'Wann das Zentrum öffnet.',
          en: 'When the centre opens.',
        },
        'Timing opstart opvangcentrum',
      ],
      [
        'B.b',
        {
          nl: 'Adres van de locatie',
          fr: 'Adresse du site',
          de: 'Adresse des Standorts',
          en: 'Address of the site',
        },
        {
          nl: 'Waar het opvangcentrum komt.',
          fr: 'Où le centre s’installe.',
          de: 'Wo das Zentrum entsteht.',
          en: 'Where the centre will be.',
        },
        'Adres van de locatie',
      ],
      [
        'B.c',
        {
          nl: 'Opvangcapaciteit',
          fr: 'Capacité d’accueil',
          de: 'Aufnahmekapazität',
          en: 'Reception capacity',
        },
        {
          nl: 'Hoeveel mensen er kunnen verblijven.',
          fr: 'Combien de personnes peuvent y séjourner.',
          de: 'Wie viele Menschen dort wohnen können.',
          en: 'How many people can stay there.',
        },
        'c. Opvangcapaciteit',
      ],
      [
        'B.d',
        { nl: 'Doelgroep', fr: 'Public cible', de: 'Zielgruppe', en: 'Target group' },
        // As the source gives it (000:156); families are our extension, below, not the source's.
        {
          nl: 'Niet-begeleide minderjarige vluchtelingen of volwassenen.',
          fr: 'Mineurs étrangers non accompagnés ou adultes.',
          de: 'Unbegleitete minderjährige Ausländer oder Erwachsene.',
          en: 'Unaccompanied minors or adults.',
        },
        'niet begeleide minderjarige vluchtelingen of volwassenen',
      ],
    ] as const
  ).map(([id, title, description, quote], index): Draft => ({
    id,
    parent: 'B',
    title,
    description,
    ...(id === 'B.d' ? { extension: familiesExtension } : {}),
    actors: ['federal'],
    dependsOn: ['A'],
    citations: [plan(153 + index, 153 + index, quote)],
  })),
  {
    id: 'C',
    title: {
      nl: 'Contact met het lokaal bestuur binnen 48 uur',
      fr: 'Contact avec la commune dans les 48 heures',
      de: 'Kontakt mit der Gemeinde innerhalb von 48 Stunden',
      en: 'Contact with the municipality within 48 hours',
    },
    description: {
      nl: 'De verbindingsofficier neemt binnen 48 uur na de formele bevestiging contact op met het lokaal bestuur (de burgemeester).',
      fr: 'L’officier de liaison contacte la commune (le bourgmestre) dans les 48 heures suivant la confirmation formelle.',
      de: 'Die oder der Verbindungsbeauftragte kontaktiert innerhalb von 48 Stunden nach der formellen Bestätigung die Gemeinde (den Bürgermeister).',
      en: 'The liaison officer contacts the municipality (the mayor) within 48 hours of the formal confirmation.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['B'],
    citations: [
      plan(157, 159, 'neemt binnen 48 uur contact op met lokaal bestuur'),
      plan(135, 136, 'Contactname met burgemeester binnen de 48 uur na formele bevestiging'),
    ],
  },
  {
    id: 'C.a',
    parent: 'C',
    title: {
      nl: 'Aanbod ondersteuning verbindingsofficier',
      fr: 'Offre de soutien de l’officier de liaison',
      de: 'Unterstützungsangebot der/des Verbindungsbeauftragten',
      en: 'Offer of the liaison officer’s support',
    },
    description: {
      nl: 'Eerste contact: noden bevragen en de ondersteuning van de verbindingsofficier toelichten. Dit eerste contact moet binnen 48 uur plaatsvinden.',
      fr: 'Premier contact : recenser les besoins et présenter le soutien de l’officier de liaison. C’est ce contact qui doit avoir lieu dans les 48 heures.',
      de: 'Erster Kontakt: Bedarf erfragen und die Unterstützung der/des Verbindungsbeauftragten erläutern. Dieser erste Kontakt muss innerhalb von 48 Stunden stattfinden.',
      en: 'First contact: ask about needs and explain the liaison officer’s support. This first contact must take place within 48 hours.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['B'],
    deadline: { kind: 'contact-policy' },
    citations: [
      plan(158, 158, 'Aanbod ondersteuning verbindingsofficier'),
      plan(135, 137, 'bevraging noden, toelichting ondersteuning verbindingsofficier'),
    ],
  },
  {
    id: 'C.b',
    parent: 'C',
    title: {
      nl: 'Eerste afspraak',
      fr: 'Premier rendez-vous',
      de: 'Erster Termin',
      en: 'First appointment',
    },
    description: {
      nl: 'Een eerste afspraak met het lokaal bestuur.',
      fr: 'Un premier rendez-vous avec la commune.',
      de: 'Ein erster Termin mit der Gemeinde.',
      en: 'A first appointment with the municipality.',
    },
    actors: ['liaison-officer', 'municipality'],
    dependsOn: ['C.a'],
    citations: [plan(159, 159, 'b. Eerste afspraak')],
  },
  {
    id: 'D',
    title: {
      nl: 'Interne procedures van AgII',
      fr: 'Procédures internes de l’AgII',
      de: 'Interne Verfahren von AgII',
      en: 'AgII’s internal procedures',
    },
    description: {
      nl: 'De verbindingsofficier start de interne procedures van AgII op.',
      fr: 'L’officier de liaison lance les procédures internes de l’AgII.',
      de: 'Die oder der Verbindungsbeauftragte startet die internen Verfahren von AgII.',
      en: 'The liaison officer starts AgII’s internal procedures.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C'],
    citations: [plan(160, 181, 'Verbindingsofficier start interne procedures op')],
  },
  {
    id: 'D.a',
    parent: 'D',
    // CoVaar screens learning skills to find the right Dutch course; it is not a language test (glossary, *check*).
    title: {
      nl: 'Screening (CoVaar-test) en toeleiding naar NT2',
      fr: 'Test d’orientation CoVaar et orientation vers les cours de néerlandais (NT2)',
      de: 'Orientierungstest CoVaar und Vermittlung in Niederländischkurse (NT2)',
      en: 'CoVaar screening test and referral to Dutch courses (NT2)',
    },
    description: {
      nl: 'De lokale coördinator begeleidt de trajectbegeleider en de taalconsulenten bij de afname van de CoVaar-tests, spreekt af met de centrummanager, plant de tests in (in het opvangcentrum of ter plaatse op afspraak), regelt leslokaal en wachtzaal, en leidt daarna toe naar NT2.',
      fr: 'Le coordinateur local encadre l’accompagnateur de parcours et les consultants linguistiques pour la passation des tests d’orientation CoVaar, se concerte avec le gestionnaire du centre, planifie les tests (au centre d’accueil ou sur place, sur rendez-vous), organise la salle de cours et la salle d’attente, puis oriente vers les cours de néerlandais langue seconde (NT2).',
      de: 'Die lokale Koordination begleitet die Laufbahnbegleitung und die Sprachberater bei der Durchführung der Orientierungstests CoVaar, spricht sich mit der Zentrumsleitung ab, plant die Tests ein (im Aufnahmezentrum oder vor Ort nach Terminvereinbarung), organisiert Unterrichts- und Warteraum und vermittelt danach in Kurse für Niederländisch als Zweitsprache (NT2).',
      en: 'The local coordinator supports the pathway counsellor and the language consultants in running the CoVaar screening tests, agrees the arrangements with the centre manager, schedules the tests (at the reception centre or on site by appointment), arranges a classroom and a waiting room, then refers residents to courses of Dutch as a second language (NT2).',
    },
    actors: ['agii-local-coordinator'],
    dependsOn: ['C'],
    citations: [plan(161, 165, 'in functie van afname covaartests')],
  },
  {
    id: 'D.b',
    parent: 'D',
    title: {
      nl: 'Minderjarigen naar onderwijs',
      fr: 'Mineurs vers l’enseignement',
      de: 'Minderjährige in die Schule',
      en: 'Minors to school',
    },
    description: {
      nl: 'De trajectbegeleider leidt minderjarigen toe naar onderwijs. Alleen als er minderjarigen onder de bewoners zijn.',
      fr: 'L’accompagnateur de parcours oriente les mineurs vers l’enseignement. Uniquement s’il y a des mineurs parmi les résidents.',
      de: 'Die Laufbahnbegleitung vermittelt Minderjährige in die Schule. Nur wenn Minderjährige unter den Bewohnern sind.',
      en: 'The pathway counsellor refers minors to school. Only when minors are among the residents.',
    },
    actors: ['agii-pathway-counsellor'],
    dependsOn: ['C'],
    applicability: { kind: 'minors-among-residents' },
    citations: [plan(166, 166, 'toeleiden van minderjarigen naar onderwijs')],
  },
  {
    id: 'D.c',
    parent: 'D',
    title: {
      nl: 'Afstemming vormingsaanbod',
      fr: 'Coordination de l’offre de formation',
      de: 'Abstimmung des Bildungsangebots',
      en: 'Coordinating the training offer',
    },
    // The coordinator is given the numbers (000:167, "info krijgen over aantallen"), not the one who passes them on.
    description: {
      nl: 'De afstemmer vormingsaanbod krijgt informatie over de aantallen met het oog op het contact met CVO en CBE, contacteert onderwijsverstrekkers om het aanbod op te schalen en voert de regie over de afstemming van NT2.',
      fr: 'Le coordinateur de l’offre de formation reçoit les chiffres (nombre de personnes concernées) en vue du contact avec les CVO et CBE (centres flamands d’éducation des adultes et d’éducation de base), contacte les prestataires d’enseignement pour élargir l’offre et coordonne l’offre de néerlandais langue seconde (NT2).',
      de: 'Die Koordination des Bildungsangebots erhält die Zahlen für den Kontakt mit den CVO und CBE (flämische Zentren für Erwachsenenbildung und für Grundbildung), kontaktiert Bildungsanbieter zum Ausbau des Angebots und koordiniert das Angebot Niederländisch als Zweitsprache (NT2).',
      en: 'The training-offer coordinator receives the numbers needed for contact with adult education (CVO and CBE, the centres for adult and for basic education), asks education providers to scale up their offer and coordinates the courses of Dutch as a second language (NT2).',
    },
    actors: ['agii-training-coordinator'],
    dependsOn: ['C'],
    citations: [plan(167, 169, 'info krijgen over aantallen ifv contact CVO en CBE')],
  },
  {
    id: 'D.d',
    parent: 'D',
    // Education in general, not school only: the step always applies, adults-only centres included.
    title: {
      nl: 'Toeleiding naar onderwijs nagaan',
      fr: 'Vérifier l’orientation vers l’enseignement',
      de: 'Vermittlung in Bildungsangebote prüfen',
      en: 'Checking that referral to education is arranged',
    },
    description: {
      nl: 'De verbindingsofficier legt contact met de onderwijsdienst, de schepen en de LOP-deskundige en gaat na of de toeleiding naar onderwijs geregeld is.',
      fr: 'L’officier de liaison contacte le service de l’enseignement, l’échevin et l’expert LOP (plateforme locale de concertation pour l’enseignement), et vérifie que l’orientation vers l’enseignement est organisée.',
      de: 'Die oder der Verbindungsbeauftragte kontaktiert die Abteilung Unterrichtswesen, den Schöffen und die LOP-Fachkraft (lokale Konzertierungsplattform für das Unterrichtswesen) und prüft, ob die Vermittlung in Bildungsangebote geregelt ist.',
      en: 'The liaison officer contacts the education department, the alderman and the LOP expert (the local consultation platform for education), and checks that referral to education is arranged.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C', 'D.b'],
    citations: [plan(170, 172, 'checkt of toeleiding geregeld is')],
  },
  {
    id: 'D.e',
    parent: 'D',
    title: {
      nl: 'Vormingsaanbod en informatie van het agentschap',
      fr: 'Offre de formation et informations de l’agence',
      de: 'Bildungsangebot und Informationen der Agentur',
      en: 'The agency’s training offer and information',
    },
    // Examples from the six topic lines (000:175-181), never a complete list in any language.
    description: {
      nl: 'De verbindingsofficier verzamelt het vormingsaanbod en de informatie van het agentschap, zoals inburgering, communiceren met anderstaligen, omstaanderstraining, beeldvorming en stress en trauma.',
      fr: 'L’officier de liaison rassemble l’offre de formation et les informations de l’agence, notamment sur l’intégration civique, la communication avec des allophones, la formation « témoin actif », l’image et la perception, le stress et le traumatisme.',
      de: 'Die oder der Verbindungsbeauftragte stellt das Bildungsangebot und die Informationen der Agentur zusammen, unter anderem zu Integrationsparcours, Kommunikation mit Anderssprachigen, Zivilcourage-Training, öffentlicher Wahrnehmung sowie Stress und Trauma.',
      en: 'The liaison officer gathers the agency’s training offer and information, on topics such as civic integration, communicating with speakers of other languages, bystander training, public perception, and stress and trauma.',
    },
    actors: ['liaison-officer'],
    dependsOn: ['C'],
    citations: [plan(173, 181, 'verzamelt vormingsaanbod/informatie vanuit agentschap')],
  },
  {
    id: 'E',
    title: {
      nl: 'Kerngroep',
      fr: 'Cellule de coordination',
      de: 'Koordinierungsgruppe',
      en: 'Core group',
    },
    description: {
      nl: 'Het lokaal bestuur start een kerngroep op met alle cruciale actoren, AgII inbegrepen.',
      fr: 'La commune met sur pied une cellule de coordination avec tous les acteurs clés, dont l’AgII.',
      de: 'Die Gemeinde richtet eine Koordinierungsgruppe mit allen wichtigen Akteuren ein, AgII eingeschlossen.',
      en: 'The municipality starts a core group of all key actors, AgII included.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    citations: [plan(182, 182, 'Lokaal bestuur start kerngroep met alle cruciale actoren')],
  },
  {
    id: 'F',
    title: {
      nl: 'Communicatie naar de burger',
      fr: 'Communication aux citoyens',
      de: 'Kommunikation mit den Bürgern',
      en: 'Communication to citizens',
    },
    description: {
      nl: 'De verbindingsofficier ondersteunt bij transparante en inclusieve communicatie naar de burger.',
      fr: 'L’officier de liaison soutient une communication transparente et inclusive vers les citoyens.',
      de: 'Die oder der Verbindungsbeauftragte unterstützt eine transparente und inklusive Kommunikation mit den Bürgern.',
      en: 'The liaison officer supports transparent and inclusive communication to citizens.',
    },
    actors: ['liaison-officer', 'municipality'],
    dependsOn: ['C'],
    citations: [plan(183, 184, 'transparante en inclusieve communicatie naar de burger')],
  },
  {
    id: 'G',
    title: { nl: 'Contactpunt', fr: 'Point de contact', de: 'Kontaktstelle', en: 'Contact point' },
    // G (000:185) has no subject; the municipality is our reading. The residents' questions and concerns are from 001:22.
    description: {
      nl: 'Het lokaal bestuur voorziet een contactpunt voor vragen en bezorgdheden van buurtbewoners.',
      fr: 'La commune prévoit un point de contact pour les questions et préoccupations des riverains.',
      de: 'Die Gemeinde richtet eine Kontaktstelle für Fragen und Sorgen der Anwohner ein.',
      en: 'The municipality provides a contact point for neighbours’ questions and concerns.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    citations: [
      plan(185, 185, 'G. Voorziet contactpunt'),
      { seed: '001', lines: [22, 22], quote: 'terecht kunnen met vragen, bezorgdheden' },
    ],
  },
  {
    id: 'H',
    title: {
      nl: 'Infomarkt',
      fr: 'Marché d’information',
      de: 'Informationsmarkt',
      en: 'Information market',
    },
    description: {
      nl: 'Een infomarkt, geen panelgesprek en geen infovergadering, onder meer voor dialoog, het werven van vrijwilligers en het bekendmaken van partners.',
      fr: 'Un marché d’information, ni débat avec un panel ni séance d’information, notamment pour le dialogue, le recrutement de bénévoles et la présentation des partenaires.',
      de: 'Ein Informationsmarkt, keine Podiumsdiskussion und keine Informationsveranstaltung, unter anderem für den Dialog, die Gewinnung von Freiwilligen und die Vorstellung der Partner.',
      en: 'An information market, not a panel discussion and not an information meeting, for dialogue, recruiting volunteers and introducing partners, among other things.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    constraints: [{ kind: 'information-market-format' }],
    citations: [plan(186, 187, 'geen panelgesprek, geen infovergadering')],
  },
  {
    id: 'I',
    title: {
      nl: 'Webpagina met basisinfo en FAQ',
      fr: 'Page web avec informations de base et FAQ',
      de: 'Webseite mit Grundinformationen und FAQ',
      en: 'Web page with basic information and FAQs',
    },
    description: {
      nl: 'Het lokaal bestuur voorziet een webpagina met basisinformatie en veelgestelde vragen.',
      fr: 'La commune prévoit une page web avec les informations de base et une foire aux questions.',
      de: 'Die Gemeinde stellt eine Webseite mit Grundinformationen und häufigen Fragen bereit.',
      en: 'The municipality provides a web page with basic information and frequently asked questions.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    citations: [plan(188, 188, 'Voorziet webpagina basisinfo')],
  },
  {
    id: 'J',
    title: {
      nl: 'Informatiefolder voor omwonenden',
      fr: 'Dépliant d’information pour les riverains',
      de: 'Informationsfaltblatt für Anwohner',
      en: 'Information leaflet for neighbours',
    },
    description: {
      nl: 'Het lokaal bestuur voorziet een informatiefolder voor de omwonenden.',
      fr: 'La commune prévoit un dépliant d’information pour les riverains.',
      de: 'Die Gemeinde stellt ein Informationsfaltblatt für die Anwohner bereit.',
      en: 'The municipality provides an information leaflet for the neighbours.',
    },
    actors: ['municipality', 'liaison-officer'],
    dependsOn: ['C'],
    citations: [plan(189, 189, 'informatiefolder voor omwonenden')],
  },
  {
    id: 'K',
    title: {
      nl: 'Extra ondersteuning: inzetten op verbinding',
      fr: 'Soutien supplémentaire : miser sur le lien',
      de: 'Zusätzliche Unterstützung: Begegnung und Zusammenhalt fördern',
      en: 'Extra support: building connections',
    },
    description: {
      nl: 'Inzetten op ontmoeting en participatie, samen met de uitbater van het opvangcentrum, Vluchtelingenwerk Vlaanderen en anderen.',
      fr: 'Miser sur la rencontre et la participation, avec l’exploitant du centre, Vluchtelingenwerk Vlaanderen et d’autres.',
      de: 'Begegnung und Teilhabe fördern, mit dem Betreiber des Zentrums, Vluchtelingenwerk Vlaanderen und anderen.',
      en: 'Encouraging contact and participation, with the centre operator, Vluchtelingenwerk Vlaanderen and others.',
    },
    actors: ['liaison-officer', 'centre-operator', 'partners'],
    dependsOn: ['C'],
    citations: [plan(190, 195, 'inzetten op verbinding (ontmoeting, participatie)')],
  },
  ...(
    [
      [
        'K.a',
        {
          nl: 'Toeleiding naar bestaand aanbod',
          fr: 'Orientation vers l’offre existante',
          de: 'Vermittlung in bestehende Angebote',
          en: 'Referral to existing offers',
        },
        {
          nl: 'Bewoners toeleiden naar het bestaande aanbod rond integratie en ontmoeting.',
          fr: 'Orienter les résidents vers l’offre existante d’intégration et de rencontre.',
          de: 'Bewohner in bestehende Integrations- und Begegnungsangebote vermitteln.',
          en: 'Referring residents to existing integration and meeting offers.',
        },
        'bestaand aanbod integratie/ontmoeten',
      ],
      [
        'K.b',
        {
          nl: 'Tips voor ontmoetingskansen',
          fr: 'Conseils pour des occasions de rencontre',
          de: 'Tipps für Begegnungsmöglichkeiten',
          en: 'Tips for meeting opportunities',
        },
        {
          nl: 'Tips over kwaliteitsvolle ontmoetingskansen en werken aan verbinding.',
          fr: 'Conseils pour des rencontres de qualité et pour créer du lien.',
          de: 'Tipps für gute Begegnungen und für mehr Zusammenhalt.',
          en: 'Tips on good meeting opportunities and building connections.',
        },
        'Tips over kwaliteitsvolle ontmoetingskansen',
      ],
      [
        'K.c',
        {
          nl: 'Buddywerking',
          fr: 'Parrainage (système de buddy)',
          de: 'Patenschaftsprogramm (Buddy-Programm)',
          en: 'Buddy scheme',
        },
        {
          nl: 'Een buddywerking die bewoners en buurtbewoners samenbrengt.',
          fr: 'Un parrainage qui réunit résidents et riverains.',
          de: 'Ein Patenschaftsprogramm, das Bewohner und Anwohner zusammenbringt.',
          en: 'A buddy scheme that brings residents and neighbours together.',
        },
        'c. Buddywerking',
      ],
      [
        'K.d',
        {
          nl: 'Vrijwilligerswerk voor bewoners',
          fr: 'Bénévolat pour les résidents',
          de: 'Freiwilligenarbeit für Bewohner',
          en: 'Volunteering for residents',
        },
        {
          nl: 'Bewoners vinden vrijwilligerswerk.',
          fr: 'Les résidents trouvent du bénévolat.',
          de: 'Bewohner finden Freiwilligenarbeit.',
          en: 'Residents find volunteer work.',
        },
        'Vrijwilligerswerk voor bewoners',
      ],
    ] as const
  ).map(([id, title, description, quote], index): Draft => ({
    id,
    parent: 'K',
    title,
    description,
    actors: ['liaison-officer', 'centre-operator', 'partners'],
    dependsOn: ['C'],
    citations: [plan(192 + index, 192 + index, quote)],
  })),
];

/**
 * The step plan A–K with its sub-steps, as data, in plan order: titles and descriptions in
 * nl/fr/de/en, actors, dependencies, the one deadline (C.a, the contact within 48 hours),
 * applicability (D.b only with minors), constraints (H only as an information market) and
 * the citations each step comes from. The Dutch stays close to the source (seed `000`, lines
 * 151–195); what we add is kept apart (`extension`, on B.d only), and dependencies beyond
 * A → B → C are our choice (see docs/step-plan.md).
 *
 * @example
 * ```ts
 * stepPlan.find((step) => step.id === 'D.b')?.applicability; // { kind: 'minors-among-residents' }
 * stepPlan.find((step) => step.id === 'C.a')?.deadline; // { kind: 'contact-policy' }
 * stepPlan.find((step) => step.id === 'A')?.citations;
 * // [{ seed: '000', lines: [151, 151], quote: 'Officiële beslissing over opstart (tijdelijk) opvangcentrum' }]
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
    throw new OpvangValidationError(
      validationError('step id', [
        {
          path: '',
          code: 'invalid',
          message: 'not a step of the plan',
          expected: `one of ${stepIds.join(', ')}`,
          received: id,
        },
      ]),
    );
  }
  return step;
}
