import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { findMessageGaps } from '@opvang/core/i18n';
import { LocalCaseStore } from '../case-store/index.js';
import type { OpvangCase } from './case.js';
import { formatLabels, formMessages, operatorLabels, targetGroupLabels } from './form-messages.js';
import { messages, statusLabels } from './messages.js';
import { freshDatabase, stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  formError,
  formOf,
  resetClock,
  setClock,
  shadow,
  shadowText,
  submitForm,
  tagOf,
} from './test-support/case-page.js';

const FACTS = {
  municipality: 'Voorbeeldgem',
  confirmedAt: '2025-03-28T16:00',
  address: 'Proefweg 2, 9998 Voorbeeldgem',
  capacity: '80',
  expectedOpening: '2025-06-01',
  targetGroups: 'adults',
  operatorKind: 'fedasil',
};

describe('<opvang-case>: opening a case', () => {
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('offers to open a case that does not exist here, checks the facts with openCase, and keeps the input', async () => {
    const store = new LocalCaseStore({ recordedBy: 'An', databaseName: freshDatabase() });
    const element = await caseWidget(store, 'en', 'demo-nieuw');
    expect(shadowText(element)).to.contain('This case does not exist here yet.');
    const id = formOf(element, 'open').querySelector<HTMLInputElement>('[name="caseId"]');
    expect(id?.type, 'the page fixes the case id').to.equal('hidden');
    expect(id?.value).to.equal('demo-nieuw');
    expect(shadowText(element)).to.contain('Case id: demo-nieuw');
    await submitForm(element, 'open', { ...FACTS, capacity: '' });
    expect(formError(element, 'open')).to.contain('facts.capacity');
    expect(
      formOf(element, 'open').querySelector<HTMLInputElement>('[name="address"]')?.value,
    ).to.equal(FACTS.address);
    await expect(element).to.be.accessible();
    await submitForm(element, 'open', { capacity: '80' });
    await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case opens');
    expect(tagOf(element, 'B.c')).to.equal('Done');
    expect(shadowText(element)).to.contain(
      'Due by Sunday, 30 March 2025 at 17:00 (Brussels time).',
    );
    const document = await store.read('demo-nieuw');
    expect(document?.records[0]?.event.actor).to.deep.equal({
      role: 'liaison-officer',
      name: 'An Voorbeeld',
    });
  });

  it('without a case id or a store, opens a new case in this browser (IndexedDB opvang-cases)', async () => {
    const caseId = `demo-${crypto.randomUUID()}`;
    const element = await fixture<OpvangCase>(html`<opvang-case lang="nl"></opvang-case>`);
    await waitUntil(() => formOf(element, 'open'), 'the opening form is offered');
    expect(shadow(element).querySelector('[part="heading"]')?.textContent).to.equal(
      'Nieuw dossier',
    );
    await submitForm(element, 'open', { ...FACTS, caseId });
    await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case opens');
    expect(shadow(element).querySelector('[part="heading"]')?.textContent).to.equal(
      `Dossier ${caseId}`,
    );
    const stored = await new LocalCaseStore({ recordedBy: '' }).read(caseId);
    expect(stored?.version).to.equal(1);
    expect(stored?.records[0]?.recordedBy).to.equal('');
    expect(shadowText(element)).to.contain('iemand in deze browser (zonder naam)');
  });

  it('where the browser cannot keep the case, still records everything and says a reload would lose it', async () => {
    const store = new LocalCaseStore({
      recordedBy: 'An',
      databaseName: freshDatabase(),
      indexedDB: null,
    });
    const element = await caseWidget(store, 'nl', 'demo-vluchtig');
    await submitForm(element, 'open', FACTS);
    await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case opens');
    expect(shadow(element).querySelector('[part="warning"]')?.textContent).to.contain(
      'Deze browser kan het dossier niet bewaren: als u de pagina sluit of herlaadt',
    );
    await submitForm(element, 'note', { text: 'Blijft in het geheugen' });
    expect(shadowText(element)).to.contain('Blijft in het geheugen');
    expect((await store.read('demo-vluchtig'))?.version).to.equal(2);
  });
});

describe('<opvang-case>: four languages', () => {
  afterEach(resetClock);

  const expected = {
    nl: [
      'Dossier demo-testdorp',
      'Bezig',
      'Aanbod ondersteuning verbindingsofficier',
      'Geschiedenis',
    ],
    fr: ['Dossier demo-testdorp', 'En cours', 'Historique', 'Le plan par étapes'],
    de: ['Vorgang demo-testdorp', 'In Arbeit', 'Verlauf', 'Der Stufenplan'],
    en: ['Case demo-testdorp', 'In progress', 'History', 'The step plan'],
  } as const;

  for (const [lang, words] of Object.entries(expected)) {
    it(`speaks ${lang}: its own texts, the core's step names and the status tags`, async () => {
      setClock('2025-03-29T10:00:00+01:00');
      const element = await caseWidget(
        await demoStore([stepEvent('step-started', 'C.a', '2025-03-29T09:00')]),
        lang,
      );
      for (const word of words) expect(shadowText(element)).to.contain(word);
    });
  }

  it('has every text in every language', () => {
    for (const catalogue of [
      messages,
      statusLabels,
      formMessages,
      formatLabels,
      targetGroupLabels,
      operatorLabels,
    ])
      expect(findMessageGaps(catalogue)).to.deep.equal([]);
  });

  it('follows a language change on the page', async () => {
    setClock('2025-03-29T10:00:00+01:00');
    const element = await caseWidget(await demoStore(), 'nl');
    element.setAttribute('lang', 'de');
    await waitUntil(
      () => shadowText(element).includes('Der Stufenplan'),
      'German after the change',
    );
    expect(formError(element, 'note')).to.equal('');
  });
});
