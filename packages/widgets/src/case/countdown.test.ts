import { expect } from '@open-wc/testing';
import { openCase } from '@opvang/core/step-plan';
import { contactBand, durationText, untilNextMinute } from './countdown.js';
import { demoFacts, stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  resetClock,
  setClock,
  shadow,
  shadowText,
} from './test-support/case-page.js';
import type { OpvangCase } from './case.js';

// The demo case is confirmed on Friday 28 March 2025 at 16:00 (CET); 48 elapsed hours later the
// clocks have gone forward: due Sunday 30 March at 17:00 (CEST), 15:00 UTC.
const announcement = (element: OpvangCase): string =>
  shadow(element).querySelector('[part="announcement"]')?.textContent?.trim() ?? '';
const remaining = (element: OpvangCase): string =>
  shadow(element).querySelector('[part="remaining"]')?.textContent?.trim() ?? '';

async function at(element: OpvangCase, iso: string): Promise<void> {
  setClock(iso);
  element.requestUpdate();
  await element.updateComplete;
}

describe('<opvang-case>: the contact deadline', () => {
  afterEach(resetClock);

  it('says when the contact is due in Brussels time and how long is left, to the minute', async () => {
    setClock('2025-03-29T10:00:30+01:00');
    const element = await caseWidget(await demoStore());
    expect(shadowText(element)).to.contain(
      'Uiterlijk zondag 30 maart 2025 om 17:00 (Brusselse tijd).',
    );
    expect(remaining(element)).to.equal('Nog 1 dag, 5 uur en 59 minuten.');
    await at(element, '2025-03-29T10:01:30+01:00');
    expect(remaining(element)).to.equal('Nog 1 dag, 5 uur en 58 minuten.');
    expect(announcement(element), 'no threshold crossed').to.equal('');
    await at(element, '2025-03-30T15:59:30+02:00');
    expect(remaining(element)).to.equal('Nog 1 uur.');
    // Not in a live region: a screen reader is not told every minute.
    expect(
      shadow(element)
        .querySelector('[part="remaining"]')
        ?.closest('[role="status"], [aria-live], [role="alert"]'),
    ).to.equal(null);
  });

  it('announces politely only when a threshold is crossed: 24 hours, 1 hour, overdue', async () => {
    setClock('2025-03-29T14:00:00+01:00');
    const element = await caseWidget(await demoStore());
    const region = shadow(element).querySelector('[part="announcement"]');
    expect(region?.getAttribute('role')).to.equal('status');
    expect(announcement(element), 'nothing on load').to.equal('');
    await at(element, '2025-03-29T16:01:00+01:00');
    expect(announcement(element)).to.equal('Nog minder dan 24 uur voor het contact (C.a).');
    await at(element, '2025-03-30T16:00:00+02:00');
    expect(announcement(element)).to.equal('Nog minder dan 1 uur voor het contact (C.a).');
    // Minutes pass within the hour: the region keeps its sentence, so nothing new is read.
    const node = region?.firstChild;
    await at(element, '2025-03-30T16:30:00+02:00');
    await at(element, '2025-03-30T16:45:00+02:00');
    expect(announcement(element)).to.equal('Nog minder dan 1 uur voor het contact (C.a).');
    expect(region?.firstChild).to.equal(node);
    await at(element, '2025-03-30T17:00:01+02:00');
    expect(announcement(element)).to.equal('De termijn voor het contact (C.a) is verstreken.');
  });

  it('is visibly overdue once passed: a word and a sign, with how long ago', async () => {
    setClock('2025-03-30T19:05:00+02:00');
    const element = await caseWidget(await demoStore(), 'en');
    const deadline = shadow(element).querySelector('[part="deadline"]');
    expect(deadline?.classList.contains('is-overdue')).to.equal(true);
    expect(shadow(element).querySelector('[part="overdue"]')?.textContent).to.contain(
      'The deadline for the contact (C.a) has passed.',
    );
    expect(remaining(element)).to.equal('Overdue: the deadline passed 2 hours and 5 minutes ago.');
    await expect(element).to.be.accessible();
  });

  it('stops once the contact is recorded, or support was not needed', async () => {
    setClock('2025-04-02T10:00:00+02:00');
    const done = await caseWidget(
      await demoStore([stepEvent('step-completed', 'C.a', '2025-03-29T09:00')]),
      'en',
    );
    expect(shadow(done).querySelector('[part="overdue"]')).to.equal(null);
    expect(remaining(done)).to.equal(
      'The contact was recorded on Saturday, 29 March 2025 at 09:00.',
    );
    const declined = await caseWidget(
      await demoStore([
        {
          kind: 'support-declined',
          caseId: 'demo-testdorp',
          at: '2025-03-29T09:00',
          actor: { role: 'municipality' },
        },
      ]),
      'en',
    );
    expect(shadow(declined).querySelector('[part="overdue"]')).to.equal(null);
    expect(remaining(declined)).to.contain('The municipality said it did not need support');
  });
});

describe('countdown parts', () => {
  const opened = openCase(demoFacts());
  if (!opened.ok) throw new Error(opened.error.message);
  const state = opened.value;

  it('counts in each language with Intl plurals', () => {
    const span = 27 * 3_600_000 + 20 * 60_000;
    expect(durationText(span, 'nl')).to.equal('1 dag, 3 uur en 20 minuten');
    // French keeps the number and its unit together with a no-break space.
    expect(durationText(span, 'fr').replace(/[\u00a0\u202f]/gu, ' ')).to.equal(
      '1 jour, 3 heures et 20 minutes',
    );
    expect(durationText(span, 'de')).to.equal('1 Tag, 3 Stunden und 20 Minuten');
    expect(durationText(span, 'en')).to.equal('1 day, 3 hours and 20 minutes');
    expect(durationText(60_000, 'en')).to.equal('1 minute');
    expect(durationText(0, 'en')).to.equal('0 minutes');
  });

  it('wakes on the next minute of the time left, before and after the deadline', () => {
    expect(untilNextMinute(state, new Date('2025-03-30T14:58:30Z'))).to.equal(30_001);
    expect(untilNextMinute(state, new Date('2025-03-30T15:01:30Z'))).to.equal(30_000);
  });

  it('bands the deadline: later, a day, an hour, overdue', () => {
    expect(contactBand(state, new Date('2025-03-29T09:00:00Z'))).to.equal('later');
    expect(contactBand(state, new Date('2025-03-29T15:00:00Z'))).to.equal('day');
    expect(contactBand(state, new Date('2025-03-30T14:00:00Z'))).to.equal('hour');
    expect(contactBand(state, new Date('2025-03-30T15:00:00Z'))).to.equal('hour');
    expect(contactBand(state, new Date('2025-03-30T15:00:00.001Z'))).to.equal('overdue');
  });
});
