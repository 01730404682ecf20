// One valid sample of each kind of outside data, shared by the tests that change them one field
// at a time (entry-points.property.test.ts, validation-messages.test.ts), so both start from
// the same inputs.
export const contactPoint = {
  phone: '059 12 34 56',
  email: 'opvang@bredene.be',
  openingHours: [{ days: ['monday'], opens: '09:00', closes: '12:00' }],
  closedOn: ['2025-12-26'],
};
export const infoMarket = {
  start: '2025-03-14T19:00',
  end: '2025-03-14T21:00',
  place: 'Zaal De Kring',
};
export const message = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: '2025-03-14T18:00:00Z',
  language: 'nl',
  category: 'question',
  message: 'Vanaf wanneer komen de eerste bewoners?',
  replyWanted: true,
  replyChannel: 'email',
  email: 'an@example.be',
  consent: true,
};
export const formFields = {
  category: 'question',
  message: 'Vanaf wanneer komen de eerste bewoners?',
  name: 'An',
  replyWanted: true,
  replyChannel: 'email',
  email: 'an@example.be',
  phone: '',
  consent: true,
  language: 'nl',
};
export const centre = {
  id: 'c1',
  name: 'Centrum',
  municipality: 'Bredene',
  province: 'west-vlaanderen',
  operator: { kind: 'federal' },
  places: { generic: { active: 100, occupied: 90, buffer: 10 } },
  costPerPlacePerDay: { active: 50, buffer: 10 },
  activationLeadDays: 14,
};
export const caseFacts = {
  caseId: '2024-kapellen',
  municipality: 'Kapellen',
  confirmedAt: '2024-03-28T16:00',
  address: 'Kapelsestraat 1, 2950 Kapellen',
  capacity: 120,
  targetGroups: ['adults'],
  expectedOpening: '2024-05-01',
  operator: { kind: 'red-cross' },
};
