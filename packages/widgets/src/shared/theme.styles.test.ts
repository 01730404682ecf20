import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import '../faq/define.js';
import type { OpvangFaq } from '../faq/faq.js';
import '../info-market/define.js';
import { OpvangInfoMarket } from '../info-market/info-market.js';
import '../contact/define.js';
import { OpvangContact } from '../contact/contact.js';
import { OpvangFaq as FaqClass } from '../faq/faq.js';
import { contactPoint } from '../contact/test-support/fixtures.js';
import { cardStyles } from './card.styles.js';
import { themeStyles } from './theme.styles.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { defaultFontSize, forcedColors } from './test-support/commands.js';

const forcedColorsFaq = {
  items: [
    {
      id: 'safety',
      category: 'Veiligheid',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Is het veilig?',
      answer: [{ type: 'paragraph', content: ['Ja.'] }],
    },
  ],
};

/** A widget with a transition of its own, as a future widget might have. */
class MovingPart extends LitElement {
  static override styles = [
    themeStyles,
    css`.moving { transition: opacity 0.4s; animation: spin 2s infinite; } @keyframes spin { to { opacity: 0.5; } }`,
  ];
  protected override render() {
    return html`<p class="moving">Beweegt</p>`;
  }
}
customElements.define('opvang-test-moving-part', MovingPart);

/** WCAG 2.x relative luminance of an `rgb(r, g, b)` computed colour. */
function luminance(color: string): number {
  const channels = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

describe('the shared theme', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('passes WCAG AA contrast with its default colours', async () => {
    const element = await fixture<OpvangInfoMarket>(
      testHtml`<opvang-info-market start="2099-03-13T19:00" place="Zaal"></opvang-info-market>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    const base = getComputedStyle(root.querySelector('[part="base"]') as Element);
    const link = getComputedStyle(root.querySelector('[part="calendar"]') as Element);
    expect(contrast(base.color, base.backgroundColor), 'text').to.be.at.least(4.5);
    expect(contrast(link.color, base.backgroundColor), 'links').to.be.at.least(4.5);
    expect(contrast(base.borderTopColor, base.backgroundColor), 'border (non-text)').to.be.at.least(
      3,
    );

    const logError = console.error;
    console.error = () => undefined; // the invalid market is logged; expected here
    const broken = await fixture<OpvangInfoMarket>(
      testHtml`<opvang-info-market></opvang-info-market>`,
    ).finally(() => (console.error = logError));
    const error = getComputedStyle(broken.shadowRoot?.querySelector('[part="error"]') as Element);
    expect(contrast(error.color, error.backgroundColor), 'error message').to.be.at.least(4.5);
    expect(
      contrast(error.borderInlineStartColor, error.backgroundColor),
      'error accent (non-text)',
    ).to.be.at.least(3);
  });

  it('stops transitions and animations when the reader prefers reduced motion', async () => {
    const element = await fixture<MovingPart>(
      testHtml`<opvang-test-moving-part></opvang-test-moving-part>`,
    );
    const moving = element.shadowRoot?.querySelector('.moving') as Element;
    expect(getComputedStyle(moving).transitionDuration).to.equal('0.4s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(moving).transitionDuration)).to.be.below(0.001);
    expect(parseFloat(getComputedStyle(moving).animationDuration)).to.be.below(0.001);
    expect(getComputedStyle(moving).animationIterationCount).to.equal('1');
  });

  it('renders in the system colours in forced-colors mode, with focus, errors and matches still visible', async () => {
    // A light-DOM probe tells what the system colours are in this browser's forced palette.
    const probe = await fixture<HTMLElement>(testHtml`<p><span>x</span><mark>m</mark></p>`);
    const faq = await fixture<OpvangFaq>(
      testHtml`<opvang-faq .content=${forcedColorsFaq}></opvang-faq>`,
    );
    const logError = console.error;
    console.error = () => undefined; // the invalid market is logged; expected here
    const broken = await fixture<OpvangInfoMarket>(
      testHtml`<opvang-info-market></opvang-info-market>`,
    ).finally(() => (console.error = logError));
    await forcedColors(true);
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
      const system = (value: string, property: 'color' | 'backgroundColor' = 'color') => {
        const span = probe.querySelector('span') as HTMLElement;
        span.style.color = value;
        span.style.backgroundColor = value;
        return getComputedStyle(span)[property];
      };
      const root = faq.shadowRoot as ShadowRoot;
      const list = getComputedStyle(root.querySelector('[part="list"]') as Element);
      expect(list.color, 'text').to.equal(system('CanvasText'));
      expect(list.backgroundColor, 'background').to.equal(system('Canvas', 'backgroundColor'));

      const search = root.querySelector('input') as HTMLInputElement;
      search.value = 'veilig';
      search.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      const match = getComputedStyle(root.querySelector('mark') as Element);
      expect(match.backgroundColor, 'a search match').to.equal(
        system('Highlight', 'backgroundColor'),
      );
      expect(match.color, 'a search match').to.equal(system('HighlightText'));

      search.focus();
      await sendKeys({ press: 'Tab' }); // to the next control, by keyboard: its focus ring shows
      const focused = root.activeElement as Element;
      const ring = getComputedStyle(focused);
      expect(ring.outlineStyle, 'focus ring').to.equal('solid');
      expect(parseFloat(ring.outlineWidth), 'focus ring').to.be.at.least(2);
      expect(focused.tagName, 'focus moved by keyboard').to.be.oneOf(['BUTTON', 'SELECT']);
      expect(
        contrast(ring.outlineColor, system('Canvas', 'backgroundColor')),
        'focus ring (non-text)',
      ).to.be.at.least(3);

      const error = getComputedStyle(broken.shadowRoot?.querySelector('[part="error"]') as Element);
      expect(parseFloat(error.borderInlineStartWidth), 'error accent').to.be.at.least(3);
      expect(error.borderInlineStartColor, 'error accent').to.equal(system('CanvasText'));
      expect(contrast(error.color, error.backgroundColor), 'error message').to.be.at.least(4.5);
    } finally {
      await forcedColors(false);
    }
  });

  /** The three widgets, each with the element whose text size the reader sees. */
  async function widgets(): Promise<{ name: string; text: Element; box: Element }[]> {
    const market = await fixture<OpvangInfoMarket>(
      testHtml`<opvang-info-market start="2099-03-13T19:00" place="Zaal"></opvang-info-market>`,
    );
    const faq = await fixture<OpvangFaq>(
      testHtml`<opvang-faq .content=${forcedColorsFaq}></opvang-faq>`,
    );
    const contact = await fixture<OpvangContact>(
      testHtml`<opvang-contact .contactPoint=${contactPoint}></opvang-contact>`,
    );
    await Promise.all([market.updateComplete, faq.updateComplete, contact.updateComplete]);
    const inside = (element: Element, selector: string) =>
      element.shadowRoot?.querySelector(selector) as Element;
    return [
      {
        name: 'info market',
        text: inside(market, '[part~="explanation"] p'),
        box: inside(market, '[part~="base"]'),
      },
      {
        name: 'faq',
        text: inside(faq, '[part~="question"] button'),
        box: inside(faq, '[part~="status"]'),
      },
      { name: 'contact', text: inside(contact, 'p'), box: inside(contact, '[part~="base"]') },
    ];
  }

  /** What the CSS keyword `medium` is on this page: the reader's default font size. */
  async function medium(): Promise<string> {
    const probe = await fixture(testHtml`<p style="font-size: medium">probe</p>`);
    return getComputedStyle(probe).fontSize;
  }

  it('shows the reader’s text size on a theme with html { font-size: 62.5% }, not 10 px', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      expect(await medium()).to.equal('16px');
      for (const { name, text, box } of await widgets()) {
        expect(getComputedStyle(text).fontSize, name).to.equal('16px');
        expect(getComputedStyle(box).fontSize, name).to.equal('16px');
      }
      const market = document
        .querySelector('opvang-info-market')
        ?.shadowRoot?.querySelector('[part~="base"]') as Element;
      expect(getComputedStyle(market).paddingInlineStart, 'spacing follows the text').to.equal(
        '12px',
      );
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('follows the default font size the reader chose in the browser, whatever the page’s root size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    await defaultFontSize(24);
    try {
      expect(await medium()).to.equal('24px');
      for (const { name, text } of await widgets())
        expect(getComputedStyle(text).fontSize, name).to.equal('24px');
      const market = document
        .querySelector('opvang-info-market')
        ?.shadowRoot?.querySelector('[part~="base"]') as Element;
      expect(getComputedStyle(market).paddingInlineStart).to.equal('18px');
    } finally {
      await defaultFontSize(16);
      document.documentElement.style.fontSize = '';
    }
  });

  it('still takes the webmaster’s --opvang-font-size', async () => {
    document.documentElement.style.setProperty('--opvang-font-size', '20px');
    try {
      for (const { name, text } of await widgets())
        expect(getComputedStyle(text).fontSize, name).to.equal('20px');
    } finally {
      document.documentElement.style.removeProperty('--opvang-font-size');
    }
  });

  it('sizes text and spacing relative to the text, never in px or rem, so browser zoom and the reader’s size scale it', () => {
    const sheets = [
      ...(FaqClass.styles as unknown as { cssText: string }[]),
      ...(OpvangInfoMarket.styles as unknown as { cssText: string }[]),
      cardStyles,
      themeStyles,
    ];
    for (const sheet of sheets) {
      const text = sheet.cssText;
      expect(text, 'no rem: it follows the page’s html font-size').to.not.match(
        /\d(?:\.\d+)?rem\b/,
      );
      expect(text, 'no px font sizes').to.not.match(/font-size:\s*[\d.]+px/);
    }
    for (const sheet of OpvangContact.styles as unknown as { cssText: string }[])
      expect(sheet.cssText).to.not.match(/font-size:\s*[\d.]+(?:px|rem)/);
  });
});
