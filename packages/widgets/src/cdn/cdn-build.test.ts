import { expect, fixture, html } from '@open-wc/testing';

// Loads the built CDN entry (with the chunks it imports) the way a webmaster's page does, with
// nothing else on the page; then loads the npm build's define module as a second copy.
describe('the CDN build of <opvang-info-market>', () => {
  it('defines the element on its own, with Lit from its chunks', async () => {
    await import(new URL('../../cdn/opvang-info-market.js', import.meta.url).href);
    const element = await fixture(
      html`<opvang-info-market start="2025-03-14T19:00" place="Zaal De Kring"></opvang-info-market>`,
    );
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot?.textContent).to.contain('Zaal De Kring');
  });

  it('lets a second copy load beside it without throwing, with one warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import('../info-market/define.js');
      await import(new URL('../../cdn/opvang-widgets.js', import.meta.url).href);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('already defined');
    } finally {
      console.warn = original;
    }
  });
});
