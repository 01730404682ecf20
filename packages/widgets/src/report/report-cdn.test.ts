import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// The built, self-contained CDN file, loaded the way an intranet page does (this test file runs
// in a page of its own, with no other copy of the widget).
describe('the CDN build of <opvang-report>', () => {
  it('defines the element on its own and shows the register’s figures per year', async () => {
    await import(new URL('../../cdn/opvang-report.js', import.meta.url).href);
    const element = await fixture(html`<opvang-report lang="en"></opvang-report>`);
    await waitUntil(() => element.shadowRoot?.querySelector('[data-year="2021"]'), 'rendered');
    expect(element.shadowRoot?.textContent).to.contain('Deployments per year, 2019-2023');
  });
});
