// <opvang-case store=…> against the REAL case server (started by case-server-plugin.mjs, on
// another origin than the test page): the widget records through the offline queue, and an
// event recorded on a case someone else changed meanwhile is re-applied and stored once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { toBrusselsIso } from '@opvang/core/shared';
import { executeServerCommand } from '@web/test-runner-commands';
import { HttpCaseStore } from '../case-store/http-store.js';
import { demoFacts, openingEvent } from '../case-store/test-support/fake-server.js';
import type { OpvangCase } from './case.js';
import './define.js';
import { shadow, shadowText, submitForm } from './test-support/case-page.js';

interface Server {
  readonly url: string;
  readonly token: string;
}

describe('<opvang-case> against the real case server', function () {
  this.timeout(60_000);
  let server: Server;

  before(async () => {
    server = await executeServerCommand<Server, undefined>('case-server');
  });

  it('asks the server nothing before sign-in (no 401 to log), then loads the case once it has a token', async () => {
    const caseId = `sign-in-${String(Date.now())}`;
    const other = new HttpCaseStore({ baseUrl: server.url, token: server.token });
    await other.open({ id: `open-${caseId}`, event: openingEvent(demoFacts(caseId)) });
    const asked: string[] = [];
    const pageFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return pageFetch(input, init);
    };
    try {
      const element = await fixture<OpvangCase>(
        html`<opvang-case lang="en" case-id=${caseId} store=${server.url}></opvang-case>`,
      );
      await waitUntil(() => shadow(element).querySelector('[data-form="sign-in"]'), 'sign-in');
      // Longer than the 3-second poll: nothing was asked meanwhile either.
      await new Promise((resolve) => setTimeout(resolve, 3500));
      expect(asked.filter((url) => url.startsWith(server.url))).to.deep.equal([]);
      await submitForm(element, 'sign-in', { token: server.token });
      await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case, signed in');
      expect(asked.some((url) => url.endsWith(`/cases/${caseId}`))).to.equal(true);
      await expect(element).to.be.accessible();
    } finally {
      globalThis.fetch = pageFetch;
    }
  });

  it('records through the queue, and re-applies an event after someone else recorded first', async () => {
    const caseId = `widget-${String(Date.now())}`;
    const other = new HttpCaseStore({ baseUrl: server.url, token: server.token });
    await other.open({ id: `open-${caseId}`, event: openingEvent(demoFacts(caseId)) });
    const element = await fixture<OpvangCase>(
      html`<opvang-case lang="en" case-id=${caseId} person="An" store=${server.url} .token=${server.token}></opvang-case>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case');
    await submitForm(element, 'note', { text: 'First note' });
    expect(shadowText(element)).to.contain('Recorded.');
    expect((await other.read(caseId))?.version).to.equal(2);

    // Someone else appends; the widget has not heard of it yet when it records (it polls every 3 s).
    const outcome = await other.append(caseId, 2, [
      {
        id: `${caseId}-other`,
        event: {
          kind: 'note-added',
          caseId,
          at: toBrusselsIso(new Date()),
          actor: { role: 'municipality' },
          text: 'From elsewhere',
        },
      },
    ]);
    expect(outcome.kind).to.equal('appended');
    await submitForm(element, 'note', { text: 'Second note' });
    await waitUntil(
      () => shadow(element).querySelector('[part="history"]')?.textContent?.includes('Second note'),
      'the second note stored and shown',
    );
    const stored = (await other.read(caseId))?.records.map((record) =>
      record.event.kind === 'note-added' ? record.event.text : record.event.kind,
    );
    expect(stored).to.deep.equal(['case-opened', 'First note', 'From elsewhere', 'Second note']);
    expect(shadow(element).querySelector('[part="pending"], [part="conflicts"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('records "now" after a colleague who recorded a moment later, instead of refusing it', async () => {
    const caseId = `widget-now-${String(Date.now())}`;
    const other = new HttpCaseStore({ baseUrl: server.url, token: server.token });
    await other.open({ id: `open-${caseId}`, event: openingEvent(demoFacts(caseId)) });
    const element = await fixture<OpvangCase>(
      html`<opvang-case lang="en" case-id=${caseId} person="An" store=${server.url} .token=${server.token}></opvang-case>`,
    );
    await waitUntil(() => shadow(element).querySelector('[part="plan"]'), 'the case');
    // The colleague's clock runs two minutes ahead: their note is dated after this one's "now".
    const later = toBrusselsIso(new Date(Date.now() + 120_000));
    const outcome = await other.append(caseId, 1, [
      {
        id: `${caseId}-other`,
        event: {
          kind: 'note-added',
          caseId,
          at: later,
          actor: { role: 'municipality' },
          text: 'Ahead',
        },
      },
    ]);
    expect(outcome.kind).to.equal('appended');
    await submitForm(element, 'note', { text: 'Now' });
    await waitUntil(
      () => shadow(element).querySelector('[part="history"]')?.textContent?.includes('Now'),
      'the note stored and shown',
    );
    const records = (await other.read(caseId))?.records ?? [];
    expect(records.map((record) => record.event.kind)).to.deep.equal([
      'case-opened',
      'note-added',
      'note-added',
    ]);
    expect(records[2]?.event.at).to.equal(later);
    expect(shadow(element).querySelector('[part="form-error"], [part="conflicts"]')).to.equal(null);
  });
});
