// The three sample centres of docs/faq.md: facts as a municipality would give them, and the
// Markdown the docs show for each generated FAQ. Reviewed texts: a change to the generator
// shows up in the snapshots and in docs/faq.md, never silently.
import type { FaqFactsInput } from '../facts.js';
import type { Block, Faq, Inline } from '../model.js';

/** The moment the samples are generated for: before sample A's information market. */
/** A centre with every fact there is: the facts the generator's tests start from. */
export const everyFact: FaqFactsInput = {
  municipality: 'Bredene',
  centreName: 'Opvangcentrum Duinenwater',
  address: 'Duinenstraat 1, 8450 Bredene',
  capacity: 1200,
  targetGroups: ['adults', 'families'],
  operator: { kind: 'red-cross' },
  opening: 'verwacht begin november 2025',
  plannedEnd: 'eind mei 2026',
  contactPoint: {
    name: 'Opvang Bredene',
    phone: '059 12 34 56',
    email: 'opvang@bredene.be',
    address: 'Markt 1, 8450 Bredene',
    openingHours: [{ days: ['monday', 'wednesday'], opens: '09:00', closes: '12:00' }],
  },
  infoMarket: {
    start: '2025-10-20T19:00',
    end: '2025-10-20T21:00',
    place: 'Zaal De Kring',
    address: 'Kerkstraat 2',
  },
  volunteering: {
    name: 'Vrijwilligerspunt Bredene',
    email: 'vrijwilligers@bredene.be',
    url: 'https://www.bredene.be/vrijwilligers',
    buddyScheme: true,
  },
  decision: { by: 'federal-government', date: '2025-09-01', municipality: 'informed' },
  afterClosing: 'not-decided',
  openCentre: true,
  schools: ['Basisschool De Duinen', 'Atheneum Bredene (OKAN)'],
  safety: {
    staffDayAndNight: true,
    coreGroup: true,
    neighbourhoodOfficer: { name: 'Inspecteur Peeters', phone: '059 33 44 55' },
  },
  funding: { municipalityCosts: 'none' },
  followUpMeetings: { frequency: 'quarterly', next: '2025-12-01' },
  donations: {
    accepted: true,
    onRequestOnly: true,
    contact: { email: 'schenkingen@rodekruis.be' },
  },
  operatorContact: {
    name: 'Rode Kruis Opvangcentrum Bredene',
    phone: '059 55 66 77',
    url: 'https://www.rodekruis.be/bredene',
  },
  translations: {
    nl: 'https://www.bredene.be/opvang',
    fr: 'https://www.bredene.be/fr/accueil',
    de: 'https://www.bredene.be/de/aufnahme',
    en: 'https://www.bredene.be/en/reception',
  },
  lastReviewed: '2025-09-30',
};

export const samplesNow = new Date('2025-10-01T10:00:00+02:00');

export const samples: ReadonlyArray<{
  readonly id: 'a' | 'b' | 'c';
  readonly title: string;
  readonly facts: FaqFactsInput;
}> = [
  {
    id: 'a',
    title: '250 adults, Fedasil, a confirmed opening',
    facts: {
      municipality: 'Kasterlee',
      address: 'Lichtaartsesteenweg 10, 2460 Kasterlee',
      capacity: 250,
      targetGroups: ['adults'],
      operator: { kind: 'fedasil' },
      status: 'planned',
      opening: '2025-11-03',
      plannedEnd: 'eind december 2026',
      decision: {
        by: 'federal-government',
        date: '2025-09-12',
        municipality: 'informed',
        reason: {
          nl: 'Het voormalige woonzorgcentrum aan de Lichtaartsesteenweg staat leeg en is groot genoeg voor 250 bewoners.',
        },
      },
      afterClosing: 'returns-to-owner',
      openCentre: true,
      safety: { staffDayAndNight: true, coreGroup: true },
      funding: { municipalityCosts: 'none' },
      contactPoint: {
        name: 'Contactpunt Opvang Kasterlee',
        phone: '014 85 00 00',
        email: 'opvang@kasterlee.be',
        openingHours: [{ days: ['monday', 'thursday'], opens: '09:00', closes: '12:00' }],
      },
      infoMarket: {
        start: '2025-10-20T19:00',
        end: '2025-10-20T21:00',
        place: 'GC Den Dries',
        address: 'Kerkstraat 1',
      },
      volunteering: { name: 'Vrijwilligerspunt Kasterlee', email: 'vrijwilligers@kasterlee.be' },
      translations: {
        nl: 'https://www.kasterlee.be/opvang',
        fr: 'https://www.kasterlee.be/fr/accueil',
        de: 'https://www.kasterlee.be/de/aufnahme',
        en: 'https://www.kasterlee.be/en/reception',
      },
      lastReviewed: '2025-09-30',
    },
  },
  {
    id: 'b',
    title: '60 unaccompanied minors, the Red Cross, a provisional date',
    facts: {
      municipality: 'Geraardsbergen',
      capacity: 60,
      targetGroups: ['unaccompanied-minors'],
      operator: { kind: 'red-cross' },
      opening: 'onder voorbehoud december 2025',
      decision: { by: 'fedasil', municipality: 'consulted' },
      afterClosing: 'not-decided',
      safety: { staffDayAndNight: true, neighbourhoodOfficer: { phone: '054 43 00 00' } },
      contactPoint: { phone: '054 43 44 45', email: 'opvang@geraardsbergen.be' },
      volunteering: { email: 'vrijwilligers@geraardsbergen.be', buddyScheme: true },
      donations: { accepted: false },
      lastReviewed: '2025-09-30',
    },
  },
  {
    id: 'c',
    title: '1 200 adults and families, a partner operator, already open',
    facts: {
      municipality: 'Bredene',
      centreName: 'Opvangcentrum Duinenwater',
      address: 'Duinenstraat 1, 8450 Bredene',
      capacity: 1200,
      targetGroups: ['adults', 'families'],
      operator: { kind: 'partner', name: 'Caritas International' },
      status: 'open',
      opening: 'midden november 2024',
      plannedEnd: 'verwacht juni 2027',
      openCentre: true,
      schools: ['Basisschool De Duinen', 'Atheneum Bredene (OKAN)'],
      safety: { staffDayAndNight: true, coreGroup: true },
      funding: { municipalityCosts: 'compensated' },
      contactPoint: {
        name: 'Contactpunt opvangcentrum Bredene',
        phone: '059 12 34 56',
        email: 'opvang@bredene.be',
        address: 'Markt 1, 8450 Bredene',
      },
      followUpMeetings: { frequency: 'quarterly', next: '2025-12-01' },
      volunteering: {
        name: 'Vrijwilligerspunt Bredene',
        email: 'vrijwilligers@bredene.be',
        url: 'https://www.bredene.be/vrijwilligers',
        buddyScheme: true,
      },
      donations: {
        accepted: true,
        onRequestOnly: true,
        contact: { name: 'Caritas International', email: 'giften.bredene@caritasint.be' },
      },
      operatorContact: {
        name: 'Caritas International',
        phone: '059 55 66 77',
        url: 'https://www.caritasinternational.be',
      },
      translations: {
        nl: 'https://www.bredene.be/opvang',
        fr: 'https://www.bredene.be/fr/accueil',
      },
      lastReviewed: '2025-09-30',
    },
  },
];

function inline(run: Inline): string {
  if (typeof run === 'string') return run;
  if (run.type === 'emphasis') return `*${run.text}*`;
  return `[${run.text}](${run.href})`;
}

function block(value: Block): string {
  if (value.type === 'paragraph') return value.content.map(inline).join('');
  if (value.type === 'link') return inline(value);
  return value.items
    .map(
      (item, index) =>
        `${value.ordered === true ? `${index + 1}.` : '-'} ${item.map(inline).join('')}`,
    )
    .join('\n');
}

/** A generated FAQ as the docs show it: one `####` heading per question, its answer below. */
export function faqMarkdown(faq: Faq): string {
  return faq.items
    .map((item) => [`#### ${item.question}`, ...item.answer.map(block)].join('\n\n'))
    .join('\n\n');
}
