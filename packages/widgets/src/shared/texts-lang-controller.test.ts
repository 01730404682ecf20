import { expect, waitUntil } from '@open-wc/testing';
import type { Locale, TextsOnDemand } from '@opvang/core/i18n';
import '../contact/define.js';
import { contactTexts } from '../contact/texts.js';
import '../faq/define.js';
import { faqTexts } from '../faq/texts.js';
import '../info-market/define.js';
import { infoMarketTexts } from '../info-market/texts.js';
import { captureConsole } from './test-support/console.js';

// A language chunk that cannot be loaded (offline, or a CDN that fails): the widget must not
// stay hidden, waiting for texts that do not come. It shows Dutch, with a name, and loads the
// French texts when the browser is online again (TextsLangController, docs/development.md
// "How texts load on demand"). The chunk fails through the seam the widgets load it by: the
// `load` of their texts (`defineTextsOnDemand`). Each widget's French texts load only once per
// page, so each widget is tried once here.

const widgets = [
  {
    tag: 'opvang-info-market',
    texts: infoMarketTexts as TextsOnDemand<unknown>,
    markup:
      '<opvang-info-market start="2099-03-13T19:00" end="2099-03-13T21:00" place="Salle La Ronde"></opvang-info-market>',
    named: '[part="base"]',
    dutch: 'Wanneer',
    french: 'Quand',
  },
  {
    tag: 'opvang-faq',
    texts: faqTexts as TextsOnDemand<unknown>,
    markup: `<opvang-faq><script type="application/json">${JSON.stringify({
      items: [
        {
          id: 'q-un',
          category: 'Le centre',
          language: 'fr',
          lastReviewed: '2025-03-01',
          question: 'Question un ?',
          answer: [{ type: 'paragraph', content: ['Réponse un.'] }],
        },
      ],
    })}</script></opvang-faq>`,
    named: 'input[type="search"]',
    dutch: 'Zoeken in de vragen',
    french: 'Rechercher dans les questions',
  },
  {
    tag: 'opvang-contact',
    texts: contactTexts as TextsOnDemand<unknown>,
    markup: `<opvang-contact endpoint="http://127.0.0.1:9/messages"><script type="application/json">${JSON.stringify(
      {
        name: 'Point de contact du centre',
        phone: '+32 50 12 34 56',
        email: 'accueil@commune.be',
        openingHours: [{ days: ['monday'], opens: '09:00', closes: '12:00' }],
      },
    )}</script></opvang-contact>`,
    named: '[part="base"]',
    dutch: 'Telefoon',
    french: 'Téléphone',
  },
] as const;

/**
 * The accessible name of the element `selector` finds in the widget (its landmark, or the FAQ's
 * search field): from `aria-labelledby`, `aria-label` or its `<label>`, as Chromium computes it
 * for these cases.
 */
function accessibleName(root: ShadowRoot, selector: string): string {
  const element = root.querySelector(selector);
  const ids = element?.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
  const name =
    ids.length > 0
      ? ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ')
      : (element?.getAttribute('aria-label') ?? labels.map((label) => label.textContent).join(' '));
  return name.replace(/\s+/g, ' ').trim();
}

/** The widget's text a visitor sees: rendered, and not hidden (`visibility`). */
function visibleText(root: ShadowRoot): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.checkVisibility({ visibilityProperty: true })) text += `${node.textContent} `;
  }
  return text.replace(/\s+/g, ' ');
}

/** The language the widget marks a text in (`lang` on it or an ancestor inside the widget). */
function langOf(root: ShadowRoot, text: string): string | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(text))
      return node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined;
  }
  return undefined;
}

for (const widget of widgets) {
  describe(`<${widget.tag}> on a French page whose French texts cannot be loaded`, () => {
    it('shows Dutch, named, and the French texts once the browser is online and they load', async () => {
      const load = widget.texts.load;
      const asked: Locale[] = [];
      widget.texts.load = (locale) => {
        asked.push(locale);
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      };
      const errors = captureConsole('error');
      const page = document.createElement('div');
      page.lang = 'fr';
      document.body.append(page);
      try {
        page.innerHTML = widget.markup;
        const element = page.firstElementChild as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        await element.updateComplete;
        const root = element.shadowRoot as ShadowRoot;
        expect(asked).to.deep.equal(['fr']);
        await waitUntil(
          () => visibleText(root).includes(widget.dutch),
          `visible in Dutch, not hidden: "${visibleText(root)}"`,
        );
        expect(getComputedStyle(element).visibility).to.equal('visible');
        expect(visibleText(root)).to.not.include(widget.french);
        expect(accessibleName(root, widget.named)).to.not.equal('');
        // On a French page, a screen reader reads Dutch as Dutch only when it is marked so.
        expect(langOf(root, widget.dutch), 'the Dutch texts are marked as Dutch').to.equal('nl');
        await expect(element).to.be.accessible();
        expect(String(errors.calls[0]?.[0])).to.contain(`<${widget.tag}>`);
        expect(String(errors.calls[0]?.[0])).to.contain('fr');

        // Online, but the chunk still fails: Dutch stays, and the next `online` tries again.
        window.dispatchEvent(new Event('online'));
        await waitUntil(() => asked.length === 2, 'tried again when online');
        await element.updateComplete;
        expect(asked).to.deep.equal(['fr', 'fr']);
        expect(getComputedStyle(element).visibility).to.equal('visible');
        expect(visibleText(root)).to.include(widget.dutch);

        // Back online with the real loader: the French texts show.
        widget.texts.load = load;
        window.dispatchEvent(new Event('online'));
        await waitUntil(
          () => visibleText(root).includes(widget.french),
          `French once online: "${visibleText(root)}"`,
        );
        expect(visibleText(root)).to.not.include(widget.dutch);
        expect(langOf(root, widget.french), 'the French texts are marked as French').to.equal('fr');
        expect(accessibleName(root, widget.named)).to.not.equal('');
        await expect(element).to.be.accessible();
      } finally {
        widget.texts.load = load;
        errors.restore();
        page.remove();
      }
    });
  });
}
