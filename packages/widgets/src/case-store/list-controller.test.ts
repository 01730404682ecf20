import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { captureConsole } from '../shared/test-support/console.js';
import { HttpCaseStore } from './http-store.js';
import { CaseListController, type CaseListWiring } from './list-controller.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from './test-support/fake-server.js';
import type { CaseDocument, CaseStore } from './types.js';

/** The fake server every host's own store talks to (the page's fetch, replaced); each test sets it. */
let fake = new FakeCaseServer();
const pageFetch = globalThis.fetch;

/** A list widget reduced to the controller: its properties, and the ids it was last given. */
class ListHost extends LitElement implements CaseListWiring {
  static override properties = {
    store: { type: String },
    credentials: { type: String },
    token: { attribute: false },
    caseStore: { attribute: false },
  };

  declare store: string | undefined;
  declare credentials: string | undefined;
  declare token: string | undefined;
  declare caseStore: CaseStore | undefined;
  ids: string[] = [];
  problems: string[] = [];

  readonly list: CaseListController = new CaseListController(this, {
    wiring: () => this,
    read: (documents: readonly CaseDocument[]) => {
      this.ids = documents.map((document) => document.caseId);
    },
    report: (problem) => this.problems.push(problem),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.list.sync(changed);
  }

  protected override render(): TemplateResult {
    return html`<p>${this.list.phase.kind}</p>
      ${this.list.asksSignIn ? this.list.signInForm({ token: 'Token', signIn: 'Sign in' }) : ''}`;
  }
}
customElements.define('test-case-list', ListHost);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function server(): FakeCaseServer {
  fake = new FakeCaseServer();
  fake.seed(demoFacts('demo-1'));
  return fake;
}

describe('CaseListController', function () {
  this.timeout(10_000);
  beforeEach(() => {
    globalThis.fetch = (input, init) => fake.fetch(input, init);
  });
  afterEach(() => {
    globalThis.fetch = pageFetch;
  });

  it('asks the server nothing without a token, shows the sign-in, and loads once the form gives one', async () => {
    const fake = server();
    const host = await fixture<ListHost>(html`<test-case-list store=${BASE}></test-case-list>`);
    expect(host.list.phase).to.deep.include({ kind: 'failed' });
    expect(host.list.asksSignIn).to.equal(true);
    await wait(100);
    expect(fake.requests).to.have.length(0);
    expect(host.problems).to.deep.equal([]);
    const input = host.shadowRoot?.querySelector('input') as HTMLInputElement;
    input.value = TOKEN;
    host.shadowRoot?.querySelector('button')?.click();
    await waitUntil(() => host.list.phase.kind === 'ready', 'loaded after sign-in');
    expect(host.ids).to.deep.equal(['demo-1']);
    expect(input.value).to.equal('');
    expect(host.token).to.equal(TOKEN);
    fake.seed(demoFacts('demo-2'));
    await waitUntil(() => host.ids.length === 2, 'follows the list once signed in (a poll)', {
      timeout: 5000,
    });
    expect(fake.requests.every((request) => request.headers.has('Authorization'))).to.equal(true);
  });

  it('stops asking when the token is taken away', async () => {
    const fake = server();
    const host = await fixture<ListHost>(
      html`<test-case-list store=${BASE} .token=${TOKEN}></test-case-list>`,
    );
    await waitUntil(() => host.list.phase.kind === 'ready');
    host.token = undefined;
    await host.updateComplete;
    expect(host.list.asksSignIn).to.equal(true);
    const asked = fake.requests.length;
    // Longer than a poll (3 s): no request at all, so no 401 in the console.
    await wait(3300);
    expect(fake.requests).to.have.length(asked);
  });

  it('shows the sign-in after a 401 for a wrong token, and loads with the right one', async () => {
    const errors = captureConsole('error');
    try {
      const fake = server();
      const host = await fixture<ListHost>(
        html`<test-case-list store=${BASE} .token=${'opv_wrong_secret'}></test-case-list>`,
      );
      await waitUntil(() => host.list.asksSignIn, 'sign-in after the 401');
      expect(fake.requests[0]?.headers.get('Authorization')).to.equal('Bearer opv_wrong_secret');
      expect(host.problems[0]).to.contain('401');
      host.token = TOKEN;
      await waitUntil(() => host.list.phase.kind === 'ready', 'loaded with the right token');
      expect(host.ids).to.deep.equal(['demo-1']);
    } finally {
      errors.restore();
    }
  });

  it('asks without a token behind a single sign-on proxy (credentials="include")', async () => {
    const fake = server();
    const host = await fixture<ListHost>(
      html`<test-case-list store=${BASE} credentials="include"></test-case-list>`,
    );
    await waitUntil(() => fake.requests.length > 0, 'asked');
    expect(fake.requests[0]?.headers.has('Authorization')).to.equal(false);
    await waitUntil(() => host.list.asksSignIn, 'the fake server wants a token: sign-in');
  });

  it('asks again every 10 s while the server is unreachable', async () => {
    const fake = server();
    fake.offline = true;
    const original = globalThis.setTimeout;
    const delays: number[] = [];
    // The retry's 10 s, shortened: every other timer runs as asked.
    globalThis.setTimeout = ((handler: () => void, ms?: number) => {
      if (ms === 10_000) delays.push(ms);
      return original(handler, ms === 10_000 ? 30 : ms);
    }) as typeof setTimeout;
    try {
      const host = await fixture<ListHost>(
        html`<test-case-list store=${BASE} .token=${TOKEN}></test-case-list>`,
      );
      await waitUntil(() => delays.length >= 2, 'retried on the timer');
      expect(host.list.phase).to.deep.include({ kind: 'failed' });
      // The widget's reportOnce logs it once.
      expect(new Set(host.problems).size).to.equal(1);
      fake.offline = false;
      await waitUntil(() => host.list.phase.kind === 'ready', 'loaded once reachable');
      expect(host.ids).to.deep.equal(['demo-1']);
    } finally {
      globalThis.setTimeout = original;
    }
  });

  it('asks again when the browser comes online', async () => {
    const fake = server();
    fake.offline = true;
    const host = await fixture<ListHost>(
      html`<test-case-list store=${BASE} .token=${TOKEN}></test-case-list>`,
    );
    await waitUntil(() => host.list.phase.kind === 'failed', 'unreachable');
    fake.offline = false;
    globalThis.dispatchEvent(new Event('online'));
    await waitUntil(() => host.list.phase.kind === 'ready', 'loaded when online');
    expect(host.ids).to.deep.equal(['demo-1']);
  });

  it('asks a caseStore whatever the token, and says none or ready when there is no store', async () => {
    const fake = server();
    const store = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: fake.fetch });
    const host = await fixture<ListHost>(
      html`<test-case-list .caseStore=${store}></test-case-list>`,
    );
    await waitUntil(() => host.list.phase.kind === 'ready');
    expect(host.ids).to.deep.equal(['demo-1']);
    host.caseStore = undefined;
    await host.updateComplete;
    expect(host.list.phase.kind).to.equal('none');
    expect(host.ids).to.deep.equal([]);
  });

  it('keeps what it showed when the widget moves, and asks again', async () => {
    const fake = server();
    const host = await fixture<ListHost>(
      html`<test-case-list store=${BASE} .token=${TOKEN}></test-case-list>`,
    );
    await waitUntil(() => host.list.phase.kind === 'ready');
    const asked = fake.requests.length;
    const parent = host.parentElement as HTMLElement;
    host.remove();
    parent.append(host);
    expect(host.list.phase.kind).to.equal('ready');
    expect(host.ids).to.deep.equal(['demo-1']);
    await waitUntil(() => fake.requests.length > asked, 'asked again');
  });
});
