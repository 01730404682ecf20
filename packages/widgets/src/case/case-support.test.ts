// <opvang-case>: the public announcement, who involved the liaison officer and the support
// offered and delivered (event-log version 2), recorded through the same recorder and store
// as every event, shown in the case and its history, in four languages.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { catalogue } from '@opvang/core/catalogue';
import type { CaseEvent } from '@opvang/core/step-plan';
import { StoreError, type CaseStore, type EventSubmission } from '../case-store/index.js';
import { loadCatalogue } from './catalogue-loader.js';
import { supportGroups } from './support-form.js';
import {
  caseWidget,
  demoStore,
  formError,
  formOf,
  quiet,
  resetClock,
  setClock,
  settle,
  shadow,
  shadowText,
  submitForm,
} from './test-support/case-page.js';
import type { OpvangCase } from './case.js';

const officer = { role: 'liaison-officer', name: 'Test Persoon' } as const;
const caseId = 'demo-testdorp';

/** Ticks the catalogue items `ids` in the support form, as a person would. */
async function tick(element: OpvangCase, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const box = shadow(element).querySelector<HTMLInputElement>(`[id="support-item-${id}"]`);
    if (box === null) throw new Error(`no checkbox for ${id}`);
    box.click();
  }
  await element.updateComplete;
}

const facts = (element: Element): string =>
  (shadow(element).querySelector('.support-facts')?.textContent ?? '').replace(/\s+/gu, ' ');
const history = (element: Element): string =>
  (shadow(element).querySelector('[part="history"]')?.textContent ?? '').replace(/\s+/gu, ' ');

describe('<opvang-case>: announcement, involvement and support', () => {
  // Loaded once before the widgets render (case-support-loading.test.ts tests the loading).
  before(async () => {
    await loadCatalogue();
  });
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('records who involved the officer and when the opening was announced: before or after, in words', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'en');
    expect(facts(element)).to.contain('Public announcement of the opening Not recorded');
    await submitForm(element, 'involve', { involvedBy: 'municipality', at: '2025-03-28T18:00' });
    expect(formError(element, 'involve')).to.equal('');
    await submitForm(element, 'announce', { channel: 'Press release', at: '2025-03-29T09:00' });
    expect(formError(element, 'announce')).to.equal('');
    const document = await store.read(caseId);
    expect(document?.records.map((record) => record.event.kind)).to.deep.equal([
      'case-opened',
      'officer-involved',
      'opening-announced',
    ]);
    expect(document?.records[1]?.event).to.deep.include({ by: { kind: 'municipality' } });
    expect(facts(element)).to.contain(
      'The liaison officer was involved by Municipality, on Friday, 28 March 2025 at 18:00, before the public announcement',
    );
    expect(facts(element)).to.contain('on Saturday, 29 March 2025 at 09:00 (Press release)');
    // Recorded once: their forms are gone.
    expect(formOf(element, 'announce')).to.equal(null);
    expect(formOf(element, 'involve')).to.equal(null);
    expect(history(element)).to.contain('Liaison officer involved by: Municipality');
    expect(history(element)).to.contain('Opening announced publicly: Press release');
    await expect(element).to.be.accessible();
  });

  it('names someone else, and refuses "someone else" without a name in the reader’s language', async () => {
    const element = await caseWidget(await demoStore(), 'nl');
    await submitForm(element, 'involve', { involvedBy: 'other' });
    expect(formError(element, 'involve')).to.contain('Niet geregistreerd');
    expect(formError(element, 'involve')).to.contain('by.name');
    await submitForm(element, 'involve', { otherName: 'Provinciebestuur (fictief)' });
    expect(formError(element, 'involve')).to.equal('');
    expect(facts(element)).to.contain(
      'De verbindingsofficier werd betrokken door Provinciebestuur (fictief), op zaterdag 29 maart 2025 om 10:00',
    );
  });

  it('offers catalogue items picked by title, grouped by step, then delivers one', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'fr');
    const legends = [
      ...(formOf(element, 'support').querySelectorAll('.support-choice fieldset > legend') ?? []),
    ].map((legend) => legend.textContent?.trim());
    expect(legends).to.include('H Marché d’information');
    expect(legends.at(-1)).to.equal('Sans étape');
    await tick(element, 'info-market-organisation', 'buddy-scheme');
    await submitForm(element, 'support', { supportKind: 'offered' });
    expect(formError(element, 'support')).to.equal('');
    const buddy = catalogue.find((item) => item.id === 'buddy-scheme');
    const market = catalogue.find((item) => item.id === 'info-market-organisation');
    const offered = [...shadow(element).querySelectorAll('.support-facts dd:nth-of-type(3) li')];
    expect(offered.map((item) => item.textContent)).to.deep.equal([
      market?.label.fr,
      buddy?.label.fr,
    ]);
    expect(
      shadow(element).querySelector('label[for="support-item-buddy-scheme"]')?.textContent,
    ).to.contain('(proposé)');
    await tick(element, 'buddy-scheme');
    await submitForm(element, 'support', { supportKind: 'delivered' });
    const events = (await store.read(caseId))?.records.map((record) => record.event);
    expect(events?.at(-1)).to.deep.include({ kind: 'support-delivered', items: ['buddy-scheme'] });
    expect(facts(element)).to.contain(`Soutien fourni ${buddy?.label.fr ?? '?'}`);
    expect(
      shadow(element).querySelector('label[for="support-item-buddy-scheme"]')?.textContent,
    ).to.contain('(fourni)');
    expect(history(element)).to.contain(`Soutien fourni : ${buddy?.label.fr ?? '?'}`);
    // The boxes are cleared once recorded.
    expect(
      shadow(element).querySelector<HTMLInputElement>('[id="support-item-buddy-scheme"]')?.checked,
    ).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('refuses support with no item ticked, and stores nothing', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'de');
    await submitForm(element, 'support');
    expect(formError(element, 'support')).to.contain('Nicht erfasst');
    expect(formError(element, 'support')).to.contain('items');
    expect((await store.read(caseId))?.version).to.equal(1);
  });

  it('shows what another person recorded in every language', async () => {
    const events: CaseEvent[] = [
      { kind: 'opening-announced', caseId, at: '2025-03-28T18:00', actor: officer },
      {
        kind: 'officer-involved',
        caseId,
        at: '2025-03-29T09:00',
        actor: officer,
        by: { kind: 'minister-office' },
      },
    ];
    const store = await demoStore(events);
    const expected = {
      nl: 'Kabinet van de minister, op zaterdag 29 maart 2025 om 09:00, na de publieke aankondiging',
      fr: 'Cabinet du ministre, le samedi 29 mars 2025 à 09:00, après l’annonce publique',
      de: 'Kabinett des Ministers, am Samstag, 29. März 2025, um 09:00 Uhr, nach der öffentlichen Ankündigung',
      en: 'Minister’s office, on Saturday, 29 March 2025 at 09:00, after the public announcement',
    };
    for (const [lang, text] of Object.entries(expected)) {
      const element = await caseWidget(store, lang);
      expect(facts(element), lang).to.contain(text);
    }
  });

  it('groups every support item of the catalogue once, by its first step in plan order', () => {
    const ids = supportGroups(catalogue).flatMap((group) => group.items.map((item) => item.id));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.have.members(
      catalogue
        .filter((item) => ['support-offer', 'training-topic', 'extra-support'].includes(item.kind))
        .map((item) => item.id),
    );
    for (const group of supportGroups(catalogue))
      for (const item of group.items) expect(item.steps[0]).to.equal(group.step);
  });

  it('goes through the recorder: offline it keeps the input and resends with the same id', async () => {
    const store = await demoStore();
    const ids: string[] = [];
    let down = true;
    const flaky: CaseStore = {
      ...quiet(store),
      append: async (id: string, version: number, events: readonly EventSubmission[]) => {
        ids.push(...events.map((event) => event.id));
        if (down) throw new StoreError({ kind: 'unavailable', message: 'offline' });
        return store.append(id, version, events);
      },
    };
    const element = await caseWidget(flaky, 'en');
    await tick(element, 'buddy-scheme');
    await submitForm(element, 'support', { at: '2025-03-29T09:50' });
    expect(formError(element, 'support')).to.contain('cannot be reached');
    expect(
      shadow(element).querySelector<HTMLInputElement>('[id="support-item-buddy-scheme"]')?.checked,
    ).to.equal(true);
    down = false;
    await submitForm(element, 'support');
    expect(formError(element, 'support')).to.equal('');
    expect(ids).to.have.length(2);
    expect(ids[0]).to.equal(ids[1]);
  });

  it('on a conflict, re-applies the involvement, or says it is already recorded', async () => {
    const store = await demoStore();
    const element = await caseWidget(quiet(store), 'en');
    await store.append(caseId, 1, [
      {
        id: 'other',
        event: {
          kind: 'officer-involved',
          caseId,
          at: '2025-03-29T09:10',
          actor: officer,
          by: { kind: 'fedasil' },
        },
      },
    ]);
    await submitForm(element, 'involve', { involvedBy: 'red-cross' });
    expect(formError(element, 'involve')).to.contain(
      'Who involved the liaison officer is already recorded',
    );
    expect(facts(element)).to.contain('Fedasil');
    expect((await store.read(caseId))?.version).to.equal(2);
  });

  it('can be recorded with the keyboard only', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'en');
    shadow(element).querySelector<HTMLInputElement>('#announce-channel')?.focus();
    await sendKeys({ type: 'Council meeting' });
    for (
      let presses = 0;
      presses < 4 && shadow(element).activeElement?.getAttribute('type') !== 'submit';
      presses += 1
    )
      await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(shadowText(element)).to.contain('Opening announced publicly: Council meeting');
    shadow(element).querySelector<HTMLInputElement>('#support-item-buddy-scheme')?.focus();
    await sendKeys({ press: 'Space' });
    expect(
      shadow(element).querySelector<HTMLInputElement>('#support-item-buddy-scheme')?.checked,
    ).to.equal(true);
  });
});
