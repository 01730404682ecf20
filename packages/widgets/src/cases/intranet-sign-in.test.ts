// examples/intranet.html before and after its sign-in: <opvang-cases> and <opvang-report> with
// the `store` attribute and no token yet. They ask the server nothing (a request without a
// token could only be answered 401, logged in the console) and show their sign-in; the token
// the page then hands them loads the cases, without reloading the page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from '../case-store/test-support/fake-server.js';
import type { OpvangReport } from '../report/report.js';
import '../report/define.js';
import type { OpvangCases } from './cases.js';
import './define.js';

describe('the intranet page before its sign-in', () => {
  it('sends no request before the token, then loads both widgets with it', async () => {
    const fake = new FakeCaseServer();
    fake.seed(demoFacts('demo-1', { municipality: 'Bredene', confirmedAt: '2022-10-20T09:00' }));
    const original = globalThis.fetch;
    globalThis.fetch = fake.fetch;
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <opvang-cases lang="en" store=${BASE}></opvang-cases>
        <opvang-report lang="en" store=${BASE}></opvang-report>
      </div>`);
      const cases = page.querySelector('opvang-cases') as OpvangCases;
      const report = page.querySelector('opvang-report') as OpvangReport;
      await cases.updateComplete;
      await report.updateComplete;
      for (const element of [cases, report])
        expect(
          element.shadowRoot?.querySelector('[part="sign-in"]'),
          element.localName,
        ).not.to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fake.requests).to.have.length(0);
      cases.token = TOKEN;
      report.token = TOKEN;
      await waitUntil(
        () => cases.shadowRoot?.querySelector('tr[data-case-id="demo-1"]'),
        'the cases listed',
      );
      await waitUntil(
        () => report.shadowRoot?.querySelector('[part="cases"]'),
        'the report’s cases',
      );
      expect(fake.requests.every((request) => request.headers.has('Authorization'))).to.equal(true);
    } finally {
      globalThis.fetch = original;
    }
  });
});
