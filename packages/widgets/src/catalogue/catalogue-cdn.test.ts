import { expect, fixture, html } from '@open-wc/testing';

// The built, self-contained CDN file, loaded the way an intranet page does (this test file runs
// in a page of its own, with no other copy of the widget).
describe('the CDN build of <opvang-catalogue>', () => {
  it('defines the element on its own and searches the catalogue', async () => {
    await import(new URL('../../cdn/opvang-catalogue.js', import.meta.url).href);
    const element = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<opvang-catalogue lang="en" fragment-prefix="cdn"></opvang-catalogue>`,
    );
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim()).to.equal(
      '45 items found',
    );
    await expect(element).to.be.accessible();
  });
});
