import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { locales } from '@opvang/core/i18n';
import { reportMessages } from '@opvang/core/reports';
import { loadCase, toEventLog, type CaseEvent } from '@opvang/core/step-plan';
import { HttpCaseStore } from '../case-store/http-store.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from '../case-store/test-support/fake-server.js';
import { captureConsole } from '../shared/test-support/console.js';
import { runWidgetBaseTests } from '../shared/test-support/widget-base-tests.js';
import type { OpvangReport } from './report.js';
import './define.js';
import { messages } from './messages.js';

const actor = { role: 'liaison-officer', name: 'Test' } as const;
const at = (caseId: string, partial: Record<string, unknown>): CaseEvent =>
  ({ caseId, actor, ...partial }) as unknown as CaseEvent;

/** Three cases in register municipalities (every new event, the day itself, none) and one outside it. */
function server(): FakeCaseServer {
  const fake = new FakeCaseServer();
  fake.seed(
    demoFacts('2022-bredene', { municipality: 'Bredene', confirmedAt: '2022-10-20T09:00' }),
    at('2022-bredene', {
      kind: 'officer-involved',
      at: '2022-10-21T10:00',
      by: { kind: 'fedasil' },
    }),
    at('2022-bredene', {
      kind: 'support-offered',
      at: '2022-10-21T11:00',
      items: ['partner-consultation-start'],
    }),
    at('2022-bredene', { kind: 'opening-announced', at: '2022-10-25T18:00' }),
    at('2022-bredene', {
      kind: 'support-delivered',
      at: '2022-11-10T14:00',
      items: ['info-market-organisation'],
    }),
  );
  fake.seed(
    demoFacts('2022-jabbeke', { municipality: 'Jabbeke', confirmedAt: '2022-11-24T08:00' }),
    at('2022-jabbeke', { kind: 'opening-announced', at: '2022-11-25T08:30' }),
    at('2022-jabbeke', {
      kind: 'officer-involved',
      at: '2022-11-25T20:00',
      by: { kind: 'red-cross' },
    }),
  );
  fake.seed(demoFacts('2021-lommel', { municipality: 'Lommel', confirmedAt: '2021-11-02T12:00' }));
  fake.seed(
    demoFacts('demo-elders', { municipality: 'Demodorp', confirmedAt: '2026-11-30T10:00' }),
    at('demo-elders', {
      kind: 'officer-involved',
      at: '2026-11-30T12:00',
      by: { kind: 'municipality' },
    }),
  );
  return fake;
}

async function mount(options: { lang?: string } = {}): Promise<OpvangReport> {
  const fake = server();
  const store = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: fake.fetch });
  const element = await fixture<OpvangReport>(
    html`<opvang-report lang=${options.lang ?? 'en'} .caseStore=${store}></opvang-report>`,
  );
  await waitUntil(() => element.shadowRoot?.querySelector('[part="cases"]'), 'the cases shown');
  return element;
}

const root = (element: OpvangReport): ShadowRoot => {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
};

runWidgetBaseTests({
  tag: 'opvang-report',
  defaultLevel: 2,
  valid: { attributes: '', children: '' },
  invalid: { attributes: 'store="javascript:alert(1)"', children: '' },
});

describe('<opvang-report>', () => {
  it('without a store shows the register’s figures per year and says the rest needs case logs', async () => {
    const element = await fixture<OpvangReport>(html`<opvang-report lang="en"></opvang-report>`);
    const shadow = root(element);
    const year = (y: number) =>
      [...(shadow.querySelector(`[data-year="${String(y)}"]`)?.children ?? [])].map((cell) =>
        cell.textContent?.trim(),
      );
    expect(year(2021)).to.deep.equal(['2021', '4-5', '0', '0', '0']);
    expect(year(2023)).to.deep.equal(['2023', '6', '2', '1', '0-1']);
    expect(shadow.querySelector('[part="status"]')?.textContent).to.equal(messages.en.registerOnly);
    expect(shadow.querySelector('[part="cases"]')).to.equal(null);
    expect(shadow.querySelector('pre')?.textContent).to.contain(
      'Not recorded for 31 of 31 deployments in the list, and in 0 of 0 case logs.',
    );
    expect(shadow.querySelectorAll('[part="downloads"] a')).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('answers per case from the store: timing, who involved the officers, support, and what is not recorded', async () => {
    const element = await mount();
    const shadow = root(element);
    const row = (id: string) =>
      [...(shadow.querySelector(`tr[data-case-id="${id}"]`)?.children ?? [])]
        .map((cell) => cell.textContent?.replace(/\s+/gu, ' ').trim())
        .join(' | ');
    expect(row('2022-bredene')).to.equal(
      'Bredene 2022-bredene | Bredene (000:94) | 25 October 2022 | 21 October 2022 | 4 days before | Fedasil (federal) | Starting partner consultation; Organising an information market | Organising an information market',
    );
    expect(row('2022-jabbeke')).to.contain('on the day of the announcement');
    expect(row('2022-jabbeke')).to.contain('the Red Cross (federal)');
    expect(row('2021-lommel')).to.equal(
      'Lommel 2021-lommel | Lommel (000:101) | not recorded | not recorded | not recorded | not recorded | not recorded | not recorded',
    );
    expect(row('demo-elders')).to.contain('not in the list');
    const coverage = [...shadow.querySelectorAll('[part="coverage"]')].map((p) => p.textContent);
    expect(coverage[0]).to.equal(
      'Not recorded for 29 of 31 deployments in the list, and in 2 of 4 case logs.',
    );
    await expect(element).to.be.accessible();
  });

  it('offers the CSV and the text as Blob URLs, made in the page', async () => {
    const element = await mount();
    const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="downloads"] a')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'vraag-22-inzetten-per-jaar.csv',
      'vraag-22-per-dossier.csv',
      'vraag-22.txt',
    ]);
    for (const link of links) expect(link.href.startsWith('blob:')).to.equal(true);
    const cases = await (await fetch(links[1]?.href ?? '')).text();
    expect(cases.split('\r\n')[0]).to.contain('Case,Municipality,Deployment in the list');
    expect(cases).to.contain(
      '2022-bredene,Bredene,000:94,2022-10-25T18:00,2022-10-21T10:00,before the announcement,-4,Fedasil,federal',
    );
    const text = await (await fetch(links[2]?.href ?? '')).text();
    expect(text).to.contain('- 2021: Deployed 4-5');
  });

  it('takes case states from the cases property, and counts the Red Cross apart with red-cross="other"', async () => {
    const fake = server();
    const states = [...fake.cases.values()].map((row) => {
      const loaded = loadCase(toEventLog(row.state));
      if (!loaded.ok) throw new Error(loaded.error.message);
      return loaded.value;
    });
    const element = await fixture<OpvangReport>(
      html`<opvang-report lang="en" red-cross="other" .cases=${states}></opvang-report>`,
    );
    expect(element.report.authority.levels).to.deep.equal({ local: 1, federal: 1, other: 1 });
    expect(root(element).querySelector('[part="authority"]')?.textContent).to.contain(
      reportMessages.en.redCrossOther,
    );
  });

  it('shows the register part and a sign-in after a 401, then the cases with the token, kept in memory only', async () => {
    const errors = captureConsole('error');
    const original = globalThis.fetch;
    try {
      const fake = server();
      globalThis.fetch = fake.fetch;
      const element = await fixture<OpvangReport>(
        html`<opvang-report lang="en" store=${BASE}></opvang-report>`,
      );
      await waitUntil(() => root(element).querySelector('[part="sign-in"]'), 'sign-in shown');
      expect(root(element).querySelector('[data-year="2021"]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      const input = root(element).querySelector('input') as HTMLInputElement;
      input.value = TOKEN;
      root(element).querySelector('button')?.click();
      await waitUntil(() => root(element).querySelector('[part="cases"]'), 'loaded after sign-in');
      expect(element.outerHTML).not.to.contain(TOKEN);
      expect(root(element).innerHTML).not.to.contain(TOKEN);
      expect(fake.requests.every((request) => !request.url.includes(TOKEN))).to.equal(true);
    } finally {
      globalThis.fetch = original;
      errors.restore();
    }
  });

  it('warns once about a red-cross value it does not know, and counts the Red Cross as federal', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangReport>(
        html`<opvang-report lang="en" red-cross="private"></opvang-report>`,
      );
      expect(element.report.authority.redCross).to.equal('federal');
      element.setAttribute('lang', 'fr');
      await element.updateComplete;
      expect(errors.calls.filter((call) => String(call[0]).includes('red-cross'))).to.have.length(
        1,
      );
    } finally {
      errors.restore();
    }
  });

  for (const lang of locales) {
    it(`speaks ${lang}`, async () => {
      const element = await mount({ lang });
      const shadow = root(element);
      expect(shadow.querySelector('[part="heading"]')?.textContent).to.equal(
        messages[lang].heading,
      );
      expect(shadow.querySelector('[part="cases"] [role="heading"]')?.textContent).to.equal(
        reportMessages[lang].casesHeading,
      );
      expect(shadow.querySelector('[part="downloads"] a')?.textContent).to.equal(
        messages[lang].downloadYears,
      );
    });
  }
});
