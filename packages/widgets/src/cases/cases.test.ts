import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { locales } from '@opvang/core/i18n';
import type { CaseEvent } from '@opvang/core/step-plan';
import { sendKeys } from '@web/test-runner-commands';
import { HttpCaseStore } from '../case-store/http-store.js';
import { LocalCaseStore } from '../case-store/local-store.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from '../case-store/test-support/fake-server.js';
import { runWidgetBaseTests } from '../shared/test-support/widget-base-tests.js';
import { captureConsole } from '../shared/test-support/console.js';
import type { OpvangCases } from './cases.js';
import './define.js';
import { messages } from './messages.js';
import { CaseCache, provinceOf } from './rows.js';

const NOW = new Date('2026-12-05T09:00:00+01:00');
const actor = { role: 'liaison-officer', name: 'Test' } as const;

/** Five clearly fictional cases: overdue, due soon, due later, contact done, support not needed. */
function server(): FakeCaseServer {
  const fake = new FakeCaseServer();
  fake.seed(demoFacts('demo-late', { municipality: 'Laatdorp', confirmedAt: '2026-11-20T10:00' }));
  fake.seed(demoFacts('demo-later', { municipality: 'Verdorp', confirmedAt: '2026-12-04T10:00' }));
  fake.seed(
    demoFacts('demo-soon', {
      municipality: 'Vroegdorp',
      confirmedAt: '2026-12-03T12:00',
      targetGroups: ['unaccompanied-minors'],
    }),
  );
  const done: CaseEvent = {
    kind: 'step-completed',
    caseId: 'demo-done',
    step: 'C.a',
    at: '2026-11-21T09:00',
    actor,
  };
  fake.seed(
    demoFacts('demo-done', { municipality: 'Klaardorp', confirmedAt: '2026-11-20T10:00' }),
    done,
  );
  const declined: CaseEvent = {
    kind: 'support-declined',
    caseId: 'demo-declined',
    at: '2026-11-21T09:00',
    actor,
  };
  fake.seed(
    demoFacts('demo-declined', { municipality: 'Zelfdorp', confirmedAt: '2026-11-20T10:00' }),
    declined,
  );
  return fake;
}

async function mount(
  fake: FakeCaseServer = server(),
  options: { lang?: string; token?: string; register?: boolean } = {},
): Promise<OpvangCases> {
  const store = new HttpCaseStore({
    baseUrl: BASE,
    ...(options.token === '' ? {} : { token: options.token ?? TOKEN }),
    fetch: fake.fetch,
  });
  const element = await fixture<OpvangCases>(html`<opvang-cases
    lang=${options.lang ?? 'en'}
    case-link="case.html?id={caseId}"
    ?show-register=${options.register === true}
    .now=${NOW}
    .municipalityProvinces=${{ Laatdorp: 'namur', Vroegdorp: 'antwerpen' }}
    .caseStore=${store}
  ></opvang-cases>`);
  await waitUntil(() => element.shadowRoot?.querySelector('table, [part="error"]'), 'rendered');
  return element;
}

const rowIds = (element: OpvangCases) =>
  [...(element.shadowRoot?.querySelectorAll('tbody tr[data-case-id]') ?? [])].map((row) =>
    row.getAttribute('data-case-id'),
  );

async function choose(element: OpvangCases, name: string, value: string): Promise<void> {
  const select = element.shadowRoot?.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (!select) throw new Error(`no filter ${name}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

runWidgetBaseTests({
  tag: 'opvang-cases',
  defaultLevel: 2,
  valid: { attributes: 'store="/no-such-case-server/api"', children: '' },
  invalid: { attributes: 'store="javascript:alert(1)"', children: '' },
});

describe('<opvang-cases>', () => {
  it('lists every case most urgent first: overdue, then by the next due date', async () => {
    const element = await mount();
    expect(rowIds(element)).to.deep.equal([
      'demo-late',
      'demo-soon',
      'demo-later',
      'demo-done',
      'demo-declined',
    ]);
    const first = element.shadowRoot?.querySelector('tbody tr');
    expect(first?.getAttribute('part')).to.equal('case overdue');
    expect(first?.textContent).to.contain('Overdue');
    expect(first?.textContent).to.contain('C.a');
    expect(first?.querySelector('a')?.getAttribute('href')).to.equal('case.html?id=demo-late');
    expect(element.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim()).to.equal(
      '5 of 5 cases shown',
    );
  });

  it('filters by province, state, target group and support not needed', async () => {
    const element = await mount();
    await choose(element, 'province', 'antwerpen');
    expect(rowIds(element)).to.deep.equal(['demo-soon']);
    await choose(element, 'province', 'unknown');
    expect(rowIds(element)).to.deep.equal(['demo-later', 'demo-done', 'demo-declined']);
    await choose(element, 'province', '');
    await choose(element, 'state', 'overdue');
    expect(rowIds(element)).to.deep.equal(['demo-late']);
    await choose(element, 'state', '');
    await choose(element, 'targetGroup', 'unaccompanied-minors');
    expect(rowIds(element)).to.deep.equal(['demo-soon']);
    await choose(element, 'targetGroup', '');
    await choose(element, 'supportNotNeeded', 'yes');
    expect(rowIds(element)).to.deep.equal(['demo-declined']);
    await choose(element, 'state', 'completed');
    expect(element.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim()).to.equal(
      'No case matches these filters.',
    );
  });

  it('takes the province of a municipality from the register, and knows none it does not name', () => {
    expect(provinceOf('Kasterlee')).to.equal('antwerpen');
    expect(provinceOf('Damme')).to.equal('west-vlaanderen');
    expect(provinceOf('Demodorp')).to.equal(undefined);
  });

  it('replays a case’s log only when its version changed', () => {
    const fake = server();
    const cache = new CaseCache();
    const before = fake.document('demo-soon');
    const first = cache.load(before);
    expect(cache.load(before)).to.equal(first);
    fake.seed(
      demoFacts('demo-soon', { municipality: 'Vroegdorp', confirmedAt: '2026-12-03T12:00' }),
      {
        kind: 'note-added',
        caseId: 'demo-soon',
        at: '2026-12-03T13:00',
        actor,
        text: 'x',
      },
    );
    const after = cache.load(fake.document('demo-soon'));
    expect(after).not.to.equal(first);
    expect(after.ok && after.value.notes.length).to.equal(1);
    cache.keep([]);
    expect(cache.load(fake.document('demo-soon'))).not.to.equal(after);
  });

  for (const lang of locales) {
    it(`speaks ${lang}`, async () => {
      const element = await mount(server(), { lang });
      const root = element.shadowRoot as ShadowRoot;
      expect(root.querySelector('[role="heading"]')?.textContent).to.equal(messages[lang].heading);
      expect(root.querySelector('thead')?.textContent).to.contain(messages[lang].nextStep);
      expect(root.querySelector('label')?.textContent).to.equal(messages[lang].province);
    });
  }

  it('passes axe, with the register’s deployments shown as read-only rows as the register gives them', async () => {
    const element = await mount(server(), { register: true });
    const rows = element.shadowRoot?.querySelectorAll('[part="register"] tbody tr') ?? [];
    expect(rows.length).to.equal(31);
    const sijsele = element.shadowRoot?.querySelector('[data-register-id="000:91"]');
    expect(sijsele?.textContent).to.contain('Damme');
    expect(sijsele?.textContent).to.contain('april 2020');
    await expect(element).to.be.accessible();
  });

  it('is used from the keyboard: the filters, then each case’s link, in order', async () => {
    const element = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    const focused: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      await sendKeys({ press: 'Tab' });
      const active = element.shadowRoot?.activeElement;
      focused.push(active?.getAttribute('name') ?? active?.getAttribute('href') ?? '?');
    }
    before.remove();
    expect(focused).to.deep.equal([
      'province',
      'state',
      'targetGroup',
      'supportNotNeeded',
      'case.html?id=demo-late',
      'case.html?id=demo-soon',
    ]);
  });

  it('says accessibly when the store cannot be reached, and loads once it can', async () => {
    const errors = captureConsole('error');
    try {
      const fake = server();
      fake.offline = true;
      const element = await mount(fake);
      const alert = element.shadowRoot?.querySelector('[part="error"]');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(alert?.textContent).to.equal(messages.en.unavailable);
      await expect(element).to.be.accessible();
      fake.offline = false;
      globalThis.dispatchEvent(new Event('online'));
      await waitUntil(() => rowIds(element).length === 5, 'reloaded when online');
    } finally {
      errors.restore();
    }
  });

  it('asks for a token after a 401 and keeps it in memory only', async () => {
    const errors = captureConsole('error');
    try {
      const fake = server();
      const element = await fixture<OpvangCases>(
        html`<opvang-cases lang="en" .now=${NOW}></opvang-cases>`,
      );
      // The widget's own HttpCaseStore, on the fake server.
      const original = globalThis.fetch;
      globalThis.fetch = fake.fetch;
      try {
        element.store = BASE;
        await waitUntil(
          () => element.shadowRoot?.querySelector('[part="sign-in"]'),
          'sign-in shown',
        );
        const input = element.shadowRoot?.querySelector('input') as HTMLInputElement;
        expect(input.type).to.equal('password');
        input.value = TOKEN;
        element.shadowRoot?.querySelector('button')?.click();
        await waitUntil(() => rowIds(element).length === 5, 'loaded after sign-in');
      } finally {
        globalThis.fetch = original;
      }
      expect(element.outerHTML).not.to.contain(TOKEN);
      expect(element.shadowRoot?.innerHTML).not.to.contain(TOKEN);
      expect(fake.requests.every((request) => !request.url.includes(TOKEN))).to.equal(true);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    } finally {
      errors.restore();
    }
  });

  it("lists this browser's own cases without a store", async () => {
    const local = new LocalCaseStore({ recordedBy: 'An' });
    const caseId = `local-${String(Date.now())}`;
    await local.open({
      id: `${caseId}-opened`,
      event: {
        kind: 'case-opened',
        caseId,
        at: '2025-03-28T16:00',
        actor: { role: 'federal' },
        facts: {
          caseId,
          municipality: 'Lokaaldorp',
          confirmedAt: '2025-03-28T16:00',
          address: 'Dorpsstraat 1, 9999 Lokaaldorp',
          capacity: 40,
          targetGroups: ['adults'],
          expectedOpening: '2025-05-01',
          operator: { kind: 'fedasil' },
        },
        policy: { contactDeadline: { kind: 'elapsed-hours', hours: 48 } },
      },
    });
    await local.close();
    const element = await fixture<OpvangCases>(
      html`<opvang-cases lang="nl" .now=${NOW}></opvang-cases>`,
    );
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Lokaaldorp'));
    expect(element.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
  });

  it('follows changes made elsewhere', async () => {
    const fake = server();
    const store = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: fake.fetch, pollMs: 30 });
    const element = await fixture<OpvangCases>(
      html`<opvang-cases lang="en" .now=${NOW} .caseStore=${store}></opvang-cases>`,
    );
    await waitUntil(() => rowIds(element).length === 5);
    fake.seed(
      demoFacts('demo-new', { municipality: 'Nieuwdorp', confirmedAt: '2026-12-05T08:00' }),
    );
    await waitUntil(() => rowIds(element).length === 6, 'the new case appears');
  });
});
