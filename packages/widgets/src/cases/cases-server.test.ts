// <opvang-cases> on the REAL case server (case-server-plugin.mjs), across origins, as an
// intranet page uses it: the `store` attribute and the `token` property, nothing else.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { HttpCaseStore } from '../case-store/http-store.js';
import { demoFacts, openingEvent } from '../case-store/test-support/fake-server.js';
import type { OpvangCases } from './cases.js';
import './define.js';

interface Server {
  readonly url: string;
  readonly tokens: { readonly officer: string; readonly elsewhere: string };
}

const ids = (element: OpvangCases): string[] =>
  [...(element.shadowRoot?.querySelectorAll('tbody tr[data-case-id]') ?? [])].map(
    (row) => row.getAttribute('data-case-id') ?? '',
  );

describe('<opvang-cases> on the real case server', function () {
  this.timeout(60_000);

  it('lists the cases the token may see, most urgent first, and passes axe', async () => {
    const server = await executeServerCommand<Server, undefined>('case-server');
    const officer = new HttpCaseStore({ baseUrl: server.url, token: server.tokens.officer });
    const stamp = String(Date.now());
    const late = `widget-late-${stamp}`;
    const fresh = `widget-fresh-${stamp}`;
    await officer.open({
      id: `open-${late}`,
      event: openingEvent(
        demoFacts(late, { municipality: 'Laatdorp', confirmedAt: '2026-11-01T10:00' }),
      ),
    });
    await officer.open({
      id: `open-${fresh}`,
      event: openingEvent(
        demoFacts(fresh, { municipality: 'Verdorp', confirmedAt: '2026-12-04T10:00' }),
      ),
    });
    const element = await fixture<OpvangCases>(html`<opvang-cases
      lang="nl"
      store=${server.url}
      .now=${new Date('2026-12-05T09:00:00+01:00')}
      .token=${server.tokens.officer}
    ></opvang-cases>`);
    await waitUntil(() => ids(element).includes(fresh), 'the cases arrive', { timeout: 10_000 });
    const shown = ids(element);
    expect(shown.indexOf(late)).to.be.lessThan(shown.indexOf(fresh));
    await expect(element).to.be.accessible();

    element.token = server.tokens.elsewhere;
    await waitUntil(() => !ids(element).includes(late), 'another municipality sees neither', {
      timeout: 10_000,
    });
    expect(ids(element)).not.to.include(fresh);
  });
});
