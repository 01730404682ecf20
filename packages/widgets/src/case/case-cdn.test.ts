import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LocalCaseStore } from '../case-store/index.js';
import { freshDatabase, openingEvent } from './test-support/fixtures.js';

// The built, self-contained CDN file, loaded the way an intranet page does (this test file runs
// in a page of its own, with no other copy of the widget).
describe('the CDN build of <opvang-case>', () => {
  it('defines the element on its own and shows a case from the browser’s store', async () => {
    await import(new URL('../../cdn/opvang-case.js', import.meta.url).href);
    const store = new LocalCaseStore({ recordedBy: 'An', databaseName: freshDatabase() });
    await store.open({ id: 'open-1', event: openingEvent() });
    const element = await fixture(
      html`<opvang-case lang="en" case-id="demo-testdorp" .caseStore=${store}></opvang-case>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('[part="plan"]'), 'the case loads');
    expect(element.shadowRoot?.textContent).to.contain('The step plan');
  });
});
