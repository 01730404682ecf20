import type { Referral } from './model.js';

// Seed 004 (a policy brief on refugee families) describes first-line help as fragmented: it
// says which service handles what, mostly through the story of one family. The question kinds
// per service are our grouping of what the brief says; `source` is the clearest line,
// `seeAlso` the others. Where the brief only implies a task (Kind en Gezin and childcare), the
// comment says so.

/**
 * The referral map: which first-line service to go to with which kind of question (seed
 * `004`). Services are named by their proper name, explained per language.
 *
 * @example
 * ```ts
 * referrals.find((r) => r.id === 'ocmw')?.questionKinds; // ['income', 'housing', 'administration', 'moving']
 * ```
 */
export const referrals: readonly Referral[] = [
  {
    id: 'ocmw',
    name: 'OCMW',
    explanation: {
      nl: 'Openbaar Centrum voor Maatschappelijk Welzijn: de sociale dienst van de gemeente.',
      fr: 'Openbaar Centrum voor Maatschappelijk Welzijn : le CPAS (OCMW en néerlandais), le centre public d’action sociale de la commune.',
      de: 'Openbaar Centrum voor Maatschappelijk Welzijn: das ÖSHZ (auf Niederländisch OCMW), das Öffentliche Sozialhilfezentrum der Gemeinde.',
      en: 'Openbaar Centrum voor Maatschappelijk Welzijn: the municipality’s public centre for social welfare (OCMW).',
    },
    questionKinds: ['income', 'housing', 'administration', 'moving'],
    when: {
      nl: 'Voor leefloon en financiële hulp, de huurwaarborg, hulp bij administratie; na een verhuis zelf contact opnemen met het OCMW van de nieuwe gemeente.',
      fr: "Pour le revenu d'intégration et l'aide financière, la garantie locative, l'aide administrative ; après un déménagement, contacter soi-même le CPAS de la nouvelle commune.",
      de: 'Für Eingliederungseinkommen und finanzielle Hilfe, die Mietkaution, Hilfe bei Verwaltungsfragen; nach einem Umzug selbst das ÖSHZ der neuen Gemeinde kontaktieren.',
      en: 'For the leefloon (social integration income) and financial help, the rent deposit, help with paperwork; after a move, contact the OCMW of the new municipality yourself.',
    },
    source: { seed: '004', lines: [88, 88], quote: 'met het OCMW van de nieuwe woonplaats' },
    seeAlso: [
      { seed: '004', lines: [39, 39], quote: "OCMW's, CAW's en erkende diensten" },
      {
        seed: '004',
        lines: [112, 112],
        quote: 'ze die specifieke vraag ook aan het OCMW mogen vragen',
      },
      { seed: '004', lines: [123, 123], quote: 'die huurwaarborg aangevraagd worden' },
      {
        seed: '004',
        lines: [187, 187],
        quote: 'het intakegesprek bij OCMW om het leefloon vragen',
      },
    ],
  },
  {
    id: 'vdab-actiris',
    name: 'VDAB / Actiris',
    explanation: {
      nl: 'VDAB, de Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding; in Brussel Actiris, de Brusselse dienst voor arbeidsbemiddeling.',
      fr: "VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, le service flamand de l'emploi ; à Bruxelles, Actiris, le service bruxellois de l'emploi.",
      de: 'VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, der flämische Arbeitsvermittlungsdienst; in Brüssel Actiris, der Brüsseler Arbeitsvermittlungsdienst.',
      en: 'VDAB, Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, the Flemish public employment service; in Brussels, Actiris, the Brussels employment service.',
    },
    questionKinds: ['work', 'dutch-language'],
    when: {
      nl: 'Voor werk en opleiding; inschrijven binnen 60 dagen na het ondertekenen van het inburgeringscontract, met een taalinschatting samen met AgII.',
      fr: "Pour l'emploi et la formation ; s'inscrire dans les 60 jours après la signature du contrat d'intégration civique, avec une évaluation linguistique faite avec l'AgII.",
      de: 'Für Arbeit und Ausbildung; Anmeldung innerhalb von 60 Tagen nach Unterzeichnung des Integrationsvertrags, mit einer Spracheinstufung zusammen mit der AgII.',
      en: 'For work and training; register within 60 days of signing the civic integration contract, with a language assessment done together with AgII.',
    },
    source: {
      seed: '004',
      lines: [25, 25],
      quote: 'Een inschrijving bij de VDAB of Actiris in Brussel',
    },
    seeAlso: [
      {
        seed: '004',
        lines: [37, 37],
        quote: '60 dagen na de ondertekening van het inburgeringscontract',
      },
      { seed: '004', lines: [129, 129], quote: 'ingeschreven bij de VDAB' },
    ],
  },
  {
    id: 'agii',
    name: 'AgII',
    explanation: {
      nl: 'Agentschap Integratie en Inburgering: organiseert het inburgeringstraject in Vlaanderen.',
      fr: "Agentschap Integratie en Inburgering : l'Agence flamande pour l'intégration et l'intégration civique (AgII), qui organise le parcours d'intégration civique.",
      de: 'Agentschap Integratie en Inburgering: die flämische Agentur für Integration und Integrationsparcours (AgII), die den Integrationsparcours organisiert.',
      en: 'Agentschap Integratie en Inburgering: the Agency for Integration and Civic Integration (AgII), which runs the civic integration pathway in Flanders.',
    },
    questionKinds: ['civic-integration', 'dutch-language', 'legal-status'],
    when: {
      nl: 'Voor het inburgeringstraject: maatschappelijke oriëntatie en de betalende MO-test, het te betalen vormingspakket Nederlands (NT2), het participatie- en netwerktraject. AgII geeft juridisch advies vooral aan professionals (bv. een maatschappelijk werker), niet rechtstreeks aan bewoners.',
      fr: "Pour le parcours d'intégration civique : orientation sociale et son test payant (test MO), le module payant de néerlandais (NT2), le parcours de participation et de réseau. L'AgII donne surtout des conseils juridiques aux professionnels (par exemple un assistant social), pas directement aux résidents.",
      de: 'Für den Integrationsparcours: gesellschaftliche Orientierung und der kostenpflichtige Test dazu (MO-Test), das kostenpflichtige Kurspaket Niederländisch (NT2), der Teilhabe- und Netzwerkparcours. Rechtsberatung gibt die AgII vor allem Fachleuten (etwa einer Sozialarbeiterin), nicht direkt den Bewohnern.',
      en: 'For the civic integration pathway: social orientation and its paid test (MO test), the paid Dutch course package (NT2), the participation and network pathway. AgII gives legal advice mainly to professionals (a social worker, say), not directly to residents.',
    },
    source: {
      seed: '004',
      lines: [25, 25],
      quote: 'georganiseerd door de Agentschappen Integratie en Inburgering (AgII)',
    },
    seeAlso: [
      {
        seed: '004',
        lines: [37, 37],
        quote: 'taalinschatting gedaan wordt door VDAB in samenwerking met het AgII',
      },
      { seed: '004', lines: [171, 171], quote: 'meer voor professionals dan voor inburgeraars' },
    ],
  },
  {
    id: 'caw',
    // The brief names the CAW (lines 39, 139, 270) but does not say what it does: the
    // explanation is general knowledge, marked as such in docs/catalogue.md.
    name: 'CAW',
    explanation: {
      nl: 'Centrum Algemeen Welzijnswerk: gratis hulp bij persoonlijke, relationele en woonproblemen.',
      fr: "Centrum Algemeen Welzijnswerk : centre flamand d'aide sociale générale, gratuit, pour les problèmes personnels, relationnels et de logement.",
      de: 'Centrum Algemeen Welzijnswerk: flämisches Zentrum für allgemeine Sozialarbeit, kostenlos, bei persönlichen, Beziehungs- und Wohnproblemen.',
      en: 'Centrum Algemeen Welzijnswerk: Flemish centre for general welfare work, free help with personal, relationship and housing problems.',
    },
    questionKinds: ['wellbeing', 'housing', 'moving'],
    when: {
      nl: 'Bij persoonlijke zorgen, stress of problemen thuis, en als hulp bij een verhuis (draaiboek verhuizen).',
      fr: "En cas de soucis personnels, de stress ou de problèmes à la maison, et comme aide lors d'un déménagement.",
      de: 'Bei persönlichen Sorgen, Stress oder Problemen zu Hause und als Hilfe bei einem Umzug.',
      en: 'With personal worries, stress or problems at home, and for help when moving house.',
    },
    source: { seed: '004', lines: [39, 39], quote: "OCMW's, CAW's en erkende diensten" },
    seeAlso: [
      { seed: '004', lines: [139, 139], quote: "NT2-opleidingsinstituten, CAW's" },
      { seed: '004', lines: [270, 270], quote: 'Draaiboek verhuizen' },
    ],
  },
  {
    id: 'clb',
    name: 'CLB',
    explanation: {
      nl: 'Centrum voor Leerlingenbegeleiding: begeleidt leerlingen, ouders en scholen.',
      fr: "Centrum voor Leerlingenbegeleiding : centre flamand d'accompagnement des élèves, comparable au centre PMS.",
      de: 'Centrum voor Leerlingenbegeleiding: flämisches Zentrum für Schülerbegleitung, vergleichbar mit Kaleido.',
      en: 'Centrum voor Leerlingenbegeleiding: Flemish pupil guidance centre for pupils, parents and schools.',
    },
    questionKinds: ['pupil-guidance', 'school'],
    when: {
      nl: "Bij vragen over studiekeuze, een nieuwe school, vaak afwezig zijn of zorgen over een leerling; het CLB kan samen met de school 'Eén gezin, één plan' (1G1P) opstarten.",
      fr: "Pour le choix d'études, une nouvelle école, des absences fréquentes ou des inquiétudes au sujet d'un élève ; le CLB peut lancer avec l'école « Eén gezin, één plan » (1G1P, « une famille, un plan »).",
      de: 'Bei Fragen zur Studienwahl, einer neuen Schule, häufigem Fehlen oder Sorgen um einen Schüler; das CLB kann mit der Schule „Eén gezin, één plan“ (1G1P, „eine Familie, ein Plan“) starten.',
      en: 'For study choice, finding a new school, frequent absence or worries about a pupil; the CLB can start ‘Eén gezin, één plan’ (1G1P, ‘one family, one plan’) together with the school.',
    },
    source: { seed: '004', lines: [80, 80], quote: 'De school stelt voor het CLB in te schakelen' },
    seeAlso: [{ seed: '004', lines: [72, 72], quote: 'contact op met het CLB in gemeente X' }],
  },
  {
    id: 'kind-en-gezin',
    name: 'Kind en Gezin',
    explanation: {
      nl: 'Kind en Gezin: Vlaamse dienstverlening voor gezinnen met jonge kinderen, met gezinsondersteuners en de Huizen van het Kind.',
      fr: "Kind en Gezin : service flamand pour les familles avec de jeunes enfants, l'équivalent de l'ONE, avec des accompagnateurs familiaux et les Huizen van het Kind (maisons de l'enfant).",
      de: 'Kind en Gezin: flämischer Dienst für Familien mit kleinen Kindern, vergleichbar mit Kaleido, mit Familienbegleitern und den Huizen van het Kind (Häuser des Kindes).',
      en: 'Kind en Gezin: Flemish service for families with young children, with family support workers and the Huizen van het Kind (houses of the child).',
    },
    // Inference: the brief names Kind en Gezin's family support workers (line 185); childcare
    // (line 73) is Kind en Gezin's field in Flanders, which the brief does not say outright.
    questionKinds: ['family-support', 'childcare'],
    when: {
      nl: 'Voor gezinnen met jonge kinderen: gezinsondersteuning, kinderopvang, een zwangerschap.',
      fr: 'Pour les familles avec de jeunes enfants : soutien familial, accueil de la petite enfance, une grossesse.',
      de: 'Für Familien mit kleinen Kindern: Familienunterstützung, Kinderbetreuung, eine Schwangerschaft.',
      en: 'For families with young children: family support, childcare, a pregnancy.',
    },
    source: { seed: '004', lines: [185, 185], quote: 'de gezinsondersteuners van Kind en Gezin' },
    seeAlso: [
      { seed: '004', lines: [73, 73], quote: 'het zoeken van nieuwe dagopvang' },
      { seed: '004', lines: [198, 198], quote: 'Huizen van het Kind' },
    ],
  },
  {
    id: 'health-insurer',
    name: 'ziekenfonds / mutualiteit',
    explanation: {
      nl: 'Ziekenfonds (mutualiteit): het ziekenfonds, dat de verplichte ziekteverzekering uitvoert, met een eigen dienst maatschappelijk werk.',
      fr: "Ziekenfonds ou mutualiteit : la mutualité, qui met en œuvre l'assurance maladie obligatoire, avec son propre service social.",
      de: 'Ziekenfonds oder mutualiteit: die Krankenkasse, die die gesetzliche Krankenversicherung durchführt, mit eigenem Sozialdienst.',
      en: 'Ziekenfonds or mutualiteit: the health insurance fund, which administers the compulsory health insurance, with its own social work service.',
    },
    questionKinds: ['health-insurance', 'income', 'moving'],
    when: {
      nl: 'Voor terugbetaling van zorg, een uitkering bij ziekte of invaliditeit en de kleefbriefjes; bij een verhuis het dossier laten overzetten.',
      fr: "Pour le remboursement des soins, une indemnité en cas de maladie ou d'invalidité et les vignettes ; lors d'un déménagement, faire transférer le dossier.",
      de: 'Für die Erstattung von Behandlungen, Krankengeld oder Invaliditätsleistungen und die Klebevignetten; bei einem Umzug die Akte übertragen lassen.',
      en: 'For reimbursement of care, sickness or disability benefits and the ID stickers; when moving, have the file transferred.',
    },
    source: {
      seed: '004',
      lines: [77, 77],
      quote: 'de overdracht van hun dossier van de mutualiteit',
    },
    seeAlso: [
      {
        seed: '004',
        lines: [39, 39],
        quote: 'erkende diensten maatschappelijk werk van de ziekenfondsen',
      },
      { seed: '004', lines: [68, 68], quote: 'een inkomen via de mutualiteit' },
    ],
  },
  {
    id: 'school',
    name: 'school',
    explanation: {
      nl: 'De school van het kind: eerste aanspreekpunt voor inschrijving en schoolloopbaan.',
      fr: "L'école de l'enfant : premier interlocuteur pour l'inscription et la scolarité.",
      de: 'Die Schule des Kindes: erste Ansprechstelle für Anmeldung und Schullaufbahn.',
      en: 'The child’s school: the first point of contact for enrolment and school career.',
    },
    questionKinds: ['school'],
    when: {
      nl: 'Om een kind in te schrijven (let op het centraal aanmeldingssysteem en de termijnen) en bij vragen over de klas; de school schakelt zo nodig het CLB in.',
      fr: "Pour inscrire un enfant (attention au système central d'inscription et aux délais) et pour les questions sur la classe ; l'école fait appel au CLB si nécessaire.",
      de: 'Um ein Kind anzumelden (auf das zentrale Anmeldesystem und die Fristen achten) und bei Fragen zur Klasse; die Schule schaltet bei Bedarf das CLB ein.',
      en: 'To enrol a child (mind the central registration system and its deadlines) and for questions about class; the school calls in the CLB when needed.',
    },
    source: {
      seed: '004',
      lines: [72, 72],
      quote: 'het zoeken van een nieuwe school voor de zoon',
    },
    seeAlso: [{ seed: '004', lines: [80, 80], quote: 'telefoon van de school van de zoon' }],
  },
  {
    id: 'one-stop-shop',
    name: 'one-stop-shop / inloopmoment',
    explanation: {
      nl: 'Vrije inloopmomenten zonder afspraak, bijvoorbeeld in een Huis van het Kind of bij Koffie en Formulieren.',
      fr: "Permanences sans rendez-vous, par exemple dans un Huis van het Kind (maison de l'enfant) ou chez Koffie en Formulieren (café et formulaires).",
      de: 'Offene Sprechstunden ohne Termin, etwa in einem Huis van het Kind (Haus des Kindes) oder bei Koffie en Formulieren (Kaffee und Formulare).',
      en: 'Drop-in moments without an appointment, for example at a Huis van het Kind (house of the child) or Koffie en Formulieren (coffee and forms).',
    },
    questionKinds: ['not-sure', 'administration'],
    when: {
      nl: 'Als u niet weet bij welke dienst u moet zijn, of hulp nodig hebt bij brieven en formulieren: daar wordt uw vraag beantwoord of wordt u warm doorverwezen.',
      fr: "Quand on ne sait pas à quel service s'adresser ou qu'on a besoin d'aide pour des lettres et des formulaires : on y répond à la question ou on oriente vers le bon service.",
      de: 'Wenn man nicht weiß, an welchen Dienst man sich wenden soll, oder Hilfe bei Briefen und Formularen braucht: dort wird die Frage beantwortet oder man wird weitervermittelt.',
      en: 'When you do not know which service to go to, or need help with letters and forms: your question is answered there or you are referred on in person.',
    },
    source: { seed: '004', lines: [198, 198], quote: 'vrije contactmomenten zonder afspraak' },
    seeAlso: [
      {
        seed: '004',
        lines: [239, 239],
        quote: 'gezinsondersteuners, trajectbegeleiders, case managers',
      },
    ],
  },
];

/**
 * One referral entry by id, or `undefined`.
 *
 * @example
 * ```ts
 * referral('clb')?.name; // 'CLB'
 * ```
 */
export function referral(id: string): Referral | undefined {
  return referrals.find((entry) => entry.id === id);
}
