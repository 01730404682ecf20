// <opvang-case> on the case server (an HttpCaseStore with a fake fetch): events that cannot be
// sent wait in the offline queue (IndexedDB `opvang-pending`), are shown, survive a reload, go
// out when the browser is online again, and a conflict is re-applied or shown with the core's reason.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { applyEvent, describeCaseError, loadCase, type CaseEvent } from '@opvang/core/step-plan';
import { HttpCaseStore } from '../case-store/http-store.js';
import { PendingQueue } from '../case-store/pending.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from '../case-store/test-support/fake-server.js';
import { captureConsole } from '../shared/test-support/console.js';
import type { OpvangCase } from './case.js';
import { pendingView } from './pending-view.js';
import {
  formError,
  formOf,
  openStep,
  settle,
  shadow,
  shadowText,
  submitForm,
} from './test-support/case-page.js';

/** The widget's own API address: its queue's entries (storeKey = this origin) are this file's alone. */
const API = 'https://queue.test/api';
const STORE_KEY = new URL(API).origin;
let serial = 0;

/** The widget's link to the fake server; `down` fails every request as a network error does. */
class Link {
  down = false;
  constructor(readonly server: FakeCaseServer) {}
  store(): HttpCaseStore {
    return new HttpCaseStore({
      baseUrl: API,
      token: TOKEN,
      pollMs: 600_000,
      fetch: async (input, init) => {
        if (this.down) throw new TypeError('Failed to fetch');
        const url = input instanceof Request ? input.url : String(input);
        return this.server.fetch(url.replace(API, BASE), init);
      },
    });
  }
}

/** Someone else, on another computer, appending straight to the server. */
async function elsewhere(server: FakeCaseServer, caseId: string, event: CaseEvent): Promise<void> {
  const other = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
  const current = await other.read(caseId);
  const outcome = await other.append(caseId, current?.version ?? 0, [
    { id: `other-${String((serial += 1))}`, event },
  ]);
  expect(outcome.kind).to.equal('appended');
}

async function widget(store: HttpCaseStore, caseId: string): Promise<OpvangCase> {
  const element = await fixture<OpvangCase>(
    html`<opvang-case lang="en" case-id=${caseId} person="An" .caseStore=${store}></opvang-case>`,
  );
  await waitUntil(
    () => shadow(element).querySelector('[part="plan"], [part="warning"]'),
    'the case did not load',
  );
  return element;
}

const section = (element: OpvangCase, part: string): string =>
  (shadow(element).querySelector(`[part="${part}"]`)?.textContent ?? '').replace(/\s+/gu, ' ');

const button = (element: OpvangCase, label: string): HTMLButtonElement | undefined =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="conflicts"] button')].find(
    (candidate) => candidate.textContent?.trim() === label,
  );

const completedC = (caseId: string, at: string): CaseEvent => ({
  kind: 'step-completed',
  caseId,
  step: 'C.a',
  at,
  actor: { role: 'liaison-officer', name: 'Bo' },
});

describe('<opvang-case>: the offline queue on the case server', function () {
  this.timeout(20_000);
  let server: FakeCaseServer;
  let link: Link;
  let caseId: string;
  let errors: ReturnType<typeof captureConsole>;

  beforeEach(() => {
    server = new FakeCaseServer();
    link = new Link(server);
    caseId = `queue-${String(Date.now())}-${String((serial += 1))}`;
    server.seed(demoFacts(caseId));
    errors = captureConsole('error');
  });

  afterEach(async () => {
    errors.restore();
    // What a test left in the queue goes, so no later test (or file) meets it.
    const queue = new PendingQueue({ store: link.store(), storeKey: STORE_KEY });
    for (const entry of await queue.entries()) await queue.discard(entry.id);
  });

  it('keeps a note recorded offline, shows it as waiting, keeps it over a reload and sends it when online', async () => {
    const first = await widget(link.store(), caseId);
    link.down = true;
    await submitForm(first, 'note', { text: 'Written offline' });
    expect(shadowText(first)).to.contain('Not sent yet: the connection is not working right now.');
    expect(section(first, 'pending')).to.contain('Waiting to be sent');
    expect(section(first, 'pending')).to.contain('Note: Written offline');
    expect(formOf(first, 'note').querySelector('textarea')?.value).to.equal('');
    await expect(first).to.be.accessible();
    const queue = new PendingQueue({ store: link.store(), storeKey: STORE_KEY });
    expect((await queue.entries(caseId)).map((entry) => entry.event.kind)).to.deep.equal([
      'note-added',
    ]);

    // A reload while still offline: the page cannot reach the server, and says what waits.
    first.remove();
    const second = await widget(link.store(), caseId);
    await waitUntil(() => section(second, 'pending').includes('Written offline'), 'still waiting');
    expect(shadowText(second)).to.contain('cannot be reached');
    await expect(second).to.be.accessible();

    link.down = false;
    globalThis.dispatchEvent(new Event('online'));
    await waitUntil(
      () =>
        shadow(second).querySelector('[part="history"]')?.textContent?.includes('Written offline'),
      'the note sent and shown in the history',
    );
    await settle(second);
    expect(shadow(second).querySelector('[part="pending"]')).to.equal(null);
    const stored = server.document(caseId).records.filter((r) => r.event.kind === 'note-added');
    expect(stored).to.have.length(1);
    expect(await queue.entries(caseId)).to.deep.equal([]);
  });

  it('re-applies a queued event after someone else recorded first, and sends it', async () => {
    const element = await widget(link.store(), caseId);
    link.down = true;
    await submitForm(element, 'note', { text: 'Mine' });
    expect(section(element, 'pending')).to.contain('Mine');
    await elsewhere(server, caseId, completedC(caseId, '2026-11-30T11:00'));
    link.down = false;
    globalThis.dispatchEvent(new Event('online'));
    await waitUntil(() => shadow(element).querySelector('[part="pending"]') === null, 'sent');
    await settle(element);
    const kinds = server.document(caseId).records.map((record) => record.event.kind);
    expect(kinds).to.deep.equal(['case-opened', 'step-completed', 'note-added']);
    const history = section(element, 'history');
    expect(history).to.contain('Mine');
    expect(history).to.contain('Step C.a done');
    expect(shadow(element).querySelector('[part="conflicts"]')).to.equal(null);
  });

  it('shows and keeps an event that no longer fits, with the reason; record again keeps it, discard drops it', async () => {
    const element = await widget(link.store(), caseId);
    link.down = true;
    await openStep(element, 'C.a');
    await submitForm(element, 'step', { action: 'complete', at: '2026-11-30T12:00' });
    expect(section(element, 'pending')).to.contain('Step C.a done');
    await elsewhere(server, caseId, completedC(caseId, '2026-11-30T11:00'));
    link.down = false;
    globalThis.dispatchEvent(new Event('online'));
    await waitUntil(() => section(element, 'conflicts').includes('C.a'), 'the conflict shown');
    const shown = section(element, 'conflicts');
    expect(shown).to.contain('Not recorded: no longer fits the case');
    expect(shown).to.contain('Someone else recorded something in this case meanwhile.');
    expect(shown).to.contain('Step C.a done');
    // The core's own reason, as the server would give it.
    const loaded = loadCase(server.document(caseId).log);
    const checked = loaded.ok
      ? applyEvent(loaded.value, completedC(caseId, '2026-11-30T12:00'))
      : loaded;
    expect(checked.ok).to.equal(false);
    if (!checked.ok) expect(shown).to.contain(describeCaseError(checked.error, 'en'));
    expect(shadow(element).querySelector('[part="pending"]')).to.equal(null);
    await expect(element).to.be.accessible();

    // Still there after a reload.
    element.remove();
    const again = await widget(link.store(), caseId);
    await waitUntil(() => section(again, 'conflicts').includes('C.a'), 'kept over a reload');
    button(again, 'Record again now')?.click();
    await settle(again);
    expect(section(again, 'conflicts')).to.contain('Step C.a done');
    const queue = new PendingQueue({ store: link.store(), storeKey: STORE_KEY });
    expect((await queue.conflicts(caseId)).length).to.equal(1);
    button(again, 'Discard')?.click();
    await waitUntil(() => shadow(again).querySelector('[part="conflicts"]') === null, 'discarded');
    expect(await queue.entries(caseId)).to.deep.equal([]);
    expect(server.document(caseId).records).to.have.length(2);
  });

  it('records an event that came too late again as happening now, with the same id', async () => {
    const element = await widget(link.store(), caseId);
    link.down = true;
    await submitForm(element, 'note', { text: 'Late', at: '2026-11-30T12:00' });
    await elsewhere(server, caseId, { ...completedC(caseId, '2026-11-30T13:00') });
    link.down = false;
    globalThis.dispatchEvent(new Event('online'));
    await waitUntil(() => section(element, 'conflicts').includes('Late'), 'out of order');
    const queue = new PendingQueue({ store: link.store(), storeKey: STORE_KEY });
    const [kept] = await queue.conflicts(caseId);
    button(element, 'Record again now')?.click();
    await waitUntil(() => shadow(element).querySelector('[part="conflicts"]') === null, 'stored');
    const note = server.document(caseId).records.find((r) => r.event.kind === 'note-added');
    expect(note?.id).to.equal(kept?.id);
    expect(note?.event.at).not.to.equal('2026-11-30T12:00');
    await waitUntil(() => section(element, 'history').includes('Late'), 'shown in the history');
  });

  it('says when the waiting events live only in this page (storage full or blocked)', () => {
    const entry = {
      id: 'w-1',
      storeKey: STORE_KEY,
      caseId,
      baseVersion: 1,
      event: { ...completedC(caseId, '2026-11-30T12:00') },
      sequence: 1,
      state: 'waiting' as const,
      attempts: 0,
      nextAttemptAt: 0,
    };
    const view = { locale: 'en', level: 3, waiting: [entry], conflicts: [] } as const;
    const noop = (): void => undefined;
    const shown = (volatile: boolean): string => {
      const host = document.createElement('div');
      render(pendingView({ ...view, volatile, onDiscard: noop, onRetry: noop }), host);
      return host.textContent?.replace(/\s+/gu, ' ') ?? '';
    };
    expect(shown(true)).to.contain('This browser cannot keep it');
    expect(shown(true)).not.to.contain('Kept on this device.');
    expect(shown(false)).to.contain('Kept on this device.');
    expect(shown(false)).to.contain('Step C.a done');
  });

  it('shows a conflict met while the user is at the form in the form, the input kept and nothing queued', async () => {
    const element = await widget(link.store(), caseId);
    await openStep(element, 'C.a');
    // Someone else completes C.a; this widget has not heard of it yet (it polls every 10 minutes here).
    await elsewhere(server, caseId, completedC(caseId, '2026-11-30T11:00'));
    await submitForm(element, 'step', {
      action: 'complete',
      at: '2026-11-30T12:00',
      reason: 'kept',
    });
    expect(formError(element, 'step')).to.contain('Someone else recorded something in this case');
    const form = formOf(element, 'step');
    expect(form.querySelector<HTMLInputElement>('[name="at"]')?.value).to.equal('2026-11-30T12:00');
    expect(form.querySelector<HTMLTextAreaElement>('[name="reason"]')?.value).to.equal('kept');
    expect(shadow(element).querySelector('[part="pending"], [part="conflicts"]')).to.equal(null);
    const queue = new PendingQueue({ store: link.store(), storeKey: STORE_KEY });
    expect(await queue.entries(caseId)).to.deep.equal([]);
    expect(server.document(caseId).records).to.have.length(2);
  });
});
