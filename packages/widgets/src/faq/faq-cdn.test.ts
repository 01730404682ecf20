import { expect } from '@open-wc/testing';
import { openPage, rendered, type EmbeddingPage } from '../embedding/test-support/frame.js';
import type { WidgetFixture } from '../embedding/test-support/widgets.js';

// A webmaster may paste both FAQ scripts on one page: opvang-faq.js from one CMS block and
// opvang-faq-facts.js from another. The built CDN files, on a strict page, in either order.
const facts = JSON.stringify({ municipality: 'Bredene', capacity: 80, targetGroups: ['adults'] });
const factsWidget = (cdn: string): WidgetFixture => ({
  tag: 'opvang-faq',
  cdn,
  markup: `<opvang-faq facts='${facts}'><p>Vragen? Bel 050 12 34 56.</p></opvang-faq>`,
  rendered: 'Bredene',
});

const pages: EmbeddingPage[] = [];
afterEach(() => {
  for (const page of pages.splice(0)) page.frame.remove();
});

describe('the CDN files opvang-faq.js and opvang-faq-facts.js on one page', () => {
  for (const [first, second] of [
    ['/cdn/opvang-faq.js', '/cdn/opvang-faq-facts.js'],
    ['/cdn/opvang-faq-facts.js', '/cdn/opvang-faq.js'],
  ] as const) {
    it(`write a FAQ from facts when ${first.slice(5)} comes first`, async () => {
      const page = await openPage(factsWidget(second), { page: 'strict', second: first });
      pages.push(page);
      const root = await rendered(page, factsWidget(second));
      expect(root.querySelector('[role="alert"]'), 'error shown to residents').to.equal(null);
      expect(root.querySelector('[part~="question"] button')?.textContent).to.contain('Bredene');
      expect(page.window.__embedding.errors, 'errors on the page').to.deep.equal([]);
      expect(page.window.__embedding.violations).to.deep.equal([]);
    });
  }
});
