import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { StoreError, type CaseStore, type EventSubmission } from '../case-store/index.js';
import { stepEvent } from './test-support/fixtures.js';
import {
  caseWidget,
  demoStore,
  formError,
  formOf,
  openStep,
  quiet,
  resetClock,
  setClock,
  settle,
  shadow,
  shadowText,
  submitForm,
  tagOf,
} from './test-support/case-page.js';

const C_DONE = [
  stepEvent('step-completed', 'C.a', '2025-03-29T09:00'),
  stepEvent('step-completed', 'C.b', '2025-03-29T09:30'),
];

describe('<opvang-case>: recording', () => {
  beforeEach(() => {
    setClock('2025-03-29T10:00:00+01:00');
  });
  afterEach(resetClock);

  it('starts a step: checked, stored with who and when, shown in the list and the history', async () => {
    const store = await demoStore();
    const element = await caseWidget(store);
    await openStep(element, 'C.a');
    await submitForm(element, 'step', { action: 'start' });
    expect(tagOf(element, 'C.a')).to.equal('Bezig');
    expect(shadowText(element)).to.contain('Geregistreerd.');
    const document = await store.read('demo-testdorp');
    expect(document?.version).to.equal(2);
    expect(document?.records[1]?.event).to.include({ kind: 'step-started', step: 'C.a' });
    expect(document?.records[1]?.event.actor).to.deep.equal({
      role: 'liaison-officer',
      name: 'An Voorbeeld',
    });
    const history = shadow(element).querySelector('[part="history"] li')?.textContent ?? '';
    expect(history).to.contain('Stap C.a gestart');
    expect(history).to.contain(
      'Geregistreerd door An Voorbeeld op zaterdag 29 maart 2025 om 10:00',
    );
  });

  it('completes H only as an information market: a panel discussion is refused in words, the input kept', async () => {
    const element = await caseWidget(await demoStore(C_DONE), 'en');
    await openStep(element, 'H');
    await submitForm(element, 'step', {
      action: 'complete',
      format: 'panel-discussion',
      at: '2025-03-29T09:45',
    });
    expect(formError(element, 'step')).to.contain(
      'Step H must be an information market: not a panel discussion and not an information meeting.',
    );
    expect(tagOf(element, 'H')).to.equal('Not started');
    const form = formOf(element, 'step');
    expect(form.querySelector<HTMLSelectElement>('[name="format"]')?.value).to.equal(
      'panel-discussion',
    );
    expect(form.querySelector<HTMLInputElement>('[name="at"]')?.value).to.equal('2025-03-29T09:45');
    expect(form.querySelector<HTMLInputElement>('[value="complete"]')?.checked).to.equal(true);
    await expect(element).to.be.accessible();
    await submitForm(element, 'step', { format: 'information-market' });
    expect(tagOf(element, 'H')).to.equal('Done');
    expect(shadowText(element)).to.contain('Step H done (Information market)');
  });

  it('refuses a step whose dependencies are not done, naming them in the reader’s language', async () => {
    const element = await caseWidget(await demoStore(), 'fr');
    await openStep(element, 'C.b');
    await submitForm(element, 'step', { action: 'complete' });
    expect(formError(element, 'step')).to.contain(
      'L’étape C.b ne peut être commencée ou terminée qu’une fois ces étapes terminées : C.a',
    );
  });

  it('skips a step only with a reason, and shows the reason', async () => {
    const element = await caseWidget(await demoStore(C_DONE));
    await openStep(element, 'J');
    await submitForm(element, 'step', { action: 'skip', reason: '' });
    expect(formError(element, 'step')).to.contain('reason');
    expect(
      formOf(element, 'step').querySelector<HTMLInputElement>('[value="skip"]')?.checked,
    ).to.equal(true);
    await submitForm(element, 'step', { reason: 'De gemeente verspreidt zelf een folder' });
    expect(tagOf(element, 'J')).to.equal('Overgeslagen');
    expect(shadow(element).querySelector('[id="hint-J"]')?.textContent).to.contain(
      'Reden: De gemeente verspreidt zelf een folder',
    );
  });

  it('adds a note; an empty one is refused and nothing is stored', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'en');
    await submitForm(element, 'note', { text: '' });
    expect(formError(element, 'note')).to.contain('text');
    expect((await store.read('demo-testdorp'))?.version).to.equal(1);
    await submitForm(element, 'note', {
      text: 'Burgemeester gebeld, terugbellen maandag',
      step: 'C.a',
    });
    expect(formError(element, 'note')).to.equal('');
    expect(shadowText(element)).to.contain('Note (C.a): Burgemeester gebeld, terugbellen maandag');
    expect(
      formOf(element, 'note').querySelector<HTMLTextAreaElement>('[name="text"]')?.value,
      'cleared once recorded',
    ).to.equal('');
  });

  it('records that no support was needed: the deadline is no longer chased', async () => {
    setClock('2025-04-02T10:00:00+02:00');
    const element = await caseWidget(await demoStore(), 'en');
    expect(tagOf(element, 'C.a')).to.equal('Overdue');
    await submitForm(element, 'decline', { reason: 'Eigen werking volstaat' });
    expect(tagOf(element, 'C.a')).to.equal('Not started');
    expect(shadowText(element)).to.contain('The municipality said it did not need support');
    expect(formOf(element, 'decline')).to.equal(null);
    expect(shadowText(element)).to.contain('Said: no support needed. Eigen werking volstaat');
  });

  it('updates a fact; a wrong value is refused with its path, the input kept', async () => {
    const element = await caseWidget(await demoStore(), 'nl');
    await submitForm(element, 'fact', { fact: 'capacity' });
    await submitForm(element, 'fact', { value: '0' });
    expect(formError(element, 'fact')).to.contain('facts.capacity');
    expect(
      formOf(element, 'fact').querySelector<HTMLInputElement>('[name="value"]')?.value,
    ).to.equal('0');
    await submitForm(element, 'fact', { value: '150' });
    expect(formError(element, 'fact')).to.equal('');
    expect(shadowText(element)).to.contain('Gegevens bijgewerkt: Aantal plaatsen: 150');
    await submitForm(element, 'fact', { fact: 'targetGroups' });
    await submitForm(element, 'fact', { targetGroups: false });
    expect(formError(element, 'fact')).to.contain('facts.targetGroups');
    await submitForm(element, 'fact', { targetGroups: 'families' });
    expect(shadowText(element)).to.contain('Doelgroepen: Gezinnen (met kinderen)');
    // Families bring minors: D.b now applies.
    expect(tagOf(element, 'D.b')).to.equal('Kan nog niet starten');
  });

  it('on a conflict re-applies the event to the current case and submits it again', async () => {
    const store = await demoStore();
    const element = await caseWidget(quiet(store), 'en');
    // Another tab starts C.a meanwhile; this one has not heard of it.
    await store.append('demo-testdorp', 1, [
      { id: 'other', event: stepEvent('step-started', 'C.a', '2025-03-29T09:10') },
    ]);
    await submitForm(element, 'note', { text: 'Tweede persoon' });
    expect(formError(element, 'note')).to.equal('');
    const document = await store.read('demo-testdorp');
    expect(document?.records.map((record) => record.event.kind)).to.deep.equal([
      'case-opened',
      'step-started',
      'note-added',
    ]);
    expect(tagOf(element, 'C.a')).to.equal('In progress');
  });

  it('on a conflict that makes the event impossible, says so and keeps the input', async () => {
    const store = await demoStore();
    const element = await caseWidget(quiet(store), 'en');
    await openStep(element, 'C.a');
    await store.append('demo-testdorp', 1, [
      { id: 'other', event: stepEvent('step-completed', 'C.a', '2025-03-29T09:10') },
    ]);
    await submitForm(element, 'step', { action: 'start', reason: 'kept' });
    expect(formError(element, 'step')).to.contain(
      'Someone else recorded something in this case meanwhile.',
    );
    expect(formError(element, 'step')).to.contain('Step C.a is already done.');
    expect(
      formOf(element, 'step').querySelector<HTMLTextAreaElement>('[name="reason"]')?.value,
    ).to.equal('kept');
    expect(tagOf(element, 'C.a')).to.equal('Done');
    expect((await store.read('demo-testdorp'))?.version).to.equal(2);
  });

  it('when the store cannot be reached, keeps the input and resends the same event with the same id', async () => {
    const store = await demoStore();
    const ids: string[] = [];
    let down = true;
    const flaky: CaseStore = {
      ...quiet(store),
      append: async (caseId: string, version: number, events: readonly EventSubmission[]) => {
        ids.push(...events.map((event) => event.id));
        if (down) throw new StoreError({ kind: 'unavailable', message: 'offline' });
        return store.append(caseId, version, events);
      },
    };
    const element = await caseWidget(flaky, 'en');
    await submitForm(element, 'note', { text: 'Offline getypt', at: '2025-03-29T09:50' });
    expect(formError(element, 'note')).to.contain(
      'The cases cannot be reached right now. Nothing you entered is lost',
    );
    expect(
      formOf(element, 'note').querySelector<HTMLTextAreaElement>('[name="text"]')?.value,
    ).to.equal('Offline getypt');
    down = false;
    await submitForm(element, 'note');
    expect(formError(element, 'note')).to.equal('');
    expect(ids).to.have.length(2);
    expect(ids[0]).to.equal(ids[1]);
  });

  it('can be recorded with the keyboard only', async () => {
    const store = await demoStore();
    const element = await caseWidget(store, 'en');
    shadow(element).querySelector<HTMLSelectElement>('#role')?.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.textContent?.trim()).to.equal(
      'C.a Offer of the liaison officer’s support',
    );
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect((shadow(element).activeElement as HTMLInputElement | null)?.value).to.equal('start');
    for (
      let presses = 0;
      presses < 12 && shadow(element).activeElement?.getAttribute('type') !== 'submit';
      presses += 1
    )
      await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(tagOf(element, 'C.a')).to.equal('In progress');
    expect((await store.read('demo-testdorp'))?.version).to.equal(2);
  });
});
