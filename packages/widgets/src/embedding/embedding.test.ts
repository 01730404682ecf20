import { expect } from '@open-wc/testing';
import {
  allComputed,
  computed,
  openPage,
  rendered,
  served,
  shadowElements,
  type EmbeddingPage,
} from './test-support/frame.js';
import { widgetFixtures } from './test-support/widgets.js';

// Each widget is put on real pages served by the test runner with
// `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
// (test-support/pages-middleware.mjs): a plain strict page, and a hostile one with global
// resets, !important rules, odd fonts and right-to-left text around the widget.

/** The inherited and box properties a host page could push into a widget. */
const DESIGNED = [
  'box-sizing',
  'color',
  'background-color',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'white-space',
  'direction',
  'border-top-width',
  'padding-top',
  'padding-inline-start',
  'margin-top',
];

const pages: EmbeddingPage[] = [];
async function open(...args: Parameters<typeof openPage>): Promise<EmbeddingPage> {
  const page = await openPage(...args);
  pages.push(page);
  return page;
}

afterEach(() => {
  for (const page of pages.splice(0)) page.frame.remove();
});

function cleanRecord(page: EmbeddingPage): void {
  const record = page.window.__embedding;
  expect(record.violations, 'CSP or Trusted Types violations').to.deep.equal([]);
  expect(record.errors, 'errors on the page').to.deep.equal([]);
}

describe('the embedding pages', () => {
  it('leave out a widget whose CDN file is not built yet', async () => {
    expect(await served('/cdn/opvang-not-built-yet.js')).to.equal(false);
    expect(await served('/cdn/opvang-info-market.js')).to.equal(true);
  });

  it('really enforce the strict CSP and Trusted Types, and report what they block', async () => {
    const [infoMarket] = widgetFixtures;
    if (!infoMarket) throw new Error('no widget fixtures');
    const page = await open(infoMarket, { page: 'strict', withScript: false });
    const target = page.document.createElement('div');
    expect(() => (target.innerHTML = '<b>not trusted</b>')).to.throw(/TrustedHTML/);
    expect(
      () => (page.document.createElement('script').textContent = 'window.ran = true'),
    ).to.throw(/TrustedScript/);
    const style = page.document.createElement('style');
    style.textContent = 'body { color: red }';
    page.document.head.append(style);
    const reported = () => page.window.__embedding.violations.join(' ');
    for (let tries = 0; tries < 40 && !reported().includes('style-src'); tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(reported()).to.contain('style-src');
    expect(reported()).to.contain('require-trusted-types-for');
  });
});

for (const widget of widgetFixtures) {
  describe(`<${widget.tag}> embedded in a page we do not control`, function () {
    before(async function () {
      if (!(await served(widget.cdn))) this.skip();
    });

    it('renders under a strict CSP with Trusted Types required, without a single violation', async () => {
      const page = await open(widget, { page: 'strict' });
      const root = await rendered(page, widget);
      expect(
        root.adoptedStyleSheets.length,
        'styles arrive as adopted stylesheets',
      ).to.be.greaterThan(0);
      cleanRecord(page);
    });

    it('makes no request to another host and sets no cookies', async () => {
      const page = await open(widget, { page: 'hostile' });
      await rendered(page, widget);
      const requests = page.window.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name);
      expect(
        requests.some((name) => name.endsWith(widget.cdn)),
        'the widget script was loaded',
      ).to.equal(true);
      const foreign = requests.filter(
        (name) => new URL(name).origin !== page.window.location.origin,
      );
      expect(foreign).to.deep.equal([]);
      expect(page.document.cookie, 'no cookies').to.equal('');
      cleanRecord(page);
    });

    it('looks as designed on a hostile page: the page reaches its box, not its content', async () => {
      const strict = await open(widget, { page: 'strict' });
      const hostile = await open(widget, { page: 'hostile', font: 'mono' });
      const designed = shadowElements(await rendered(strict, widget)).map((element) =>
        computed(element, DESIGNED),
      );
      const onHostile = shadowElements(await rendered(hostile, widget)).map((element) =>
        computed(element, DESIGNED),
      );
      expect(onHostile).to.deep.equal(designed);
      // The page's font is the widget's default font (it should look like part of the site).
      const top = (hostile.widget?.shadowRoot?.firstElementChild ?? null) as Element;
      expect(getComputedStyle(top).fontFamily).to.contain('Opvang Test Mono');
      expect(computed(top, ['direction', 'unicode-bidi'])).to.deep.equal({
        direction: 'ltr',
        'unicode-bidi': 'isolate',
      });
      cleanRecord(hostile);
    });

    it('leaves the styles of the host page exactly as they were', async () => {
      const without = await open(widget, { page: 'hostile', withScript: false });
      const withWidget = await open(widget, { page: 'hostile' });
      await rendered(withWidget, widget);
      const hostElements = [
        'html',
        'body',
        'main',
        '#host-heading',
        '#host-rtl',
        '#slot',
        '#host-after',
        '#host-link',
      ];
      const snapshot = (page: EmbeddingPage) =>
        hostElements.map((selector) =>
          allComputed(page.document.querySelector(selector) as Element),
        );
      expect(snapshot(withWidget)).to.deep.equal(snapshot(without));
      expect(withWidget.document.styleSheets.length, 'no stylesheet added to the page').to.equal(
        without.document.styleSheets.length,
      );
      expect(withWidget.document.adoptedStyleSheets.length).to.equal(0);
      const added = (page: EmbeddingPage) =>
        page.document.querySelectorAll('style, link, meta, script:not([src])').length;
      expect(added(withWidget), 'no element added to the head').to.equal(added(without));
    });

    it('keeps right-to-left text around it right-to-left', async () => {
      const page = await open(widget, { page: 'hostile' });
      await rendered(page, widget);
      for (const id of ['host-rtl', 'host-after']) {
        expect(
          computed(page.document.getElementById(id) as Element, ['direction']).direction,
        ).to.equal('rtl');
      }
    });

    // Every viewport in a proportional and in a wide monospaced font: the layout must hold
    // whatever font the reader's machine gives it.
    const narrow = (['sans', 'mono'] as const).flatMap(
      (font) =>
        [
          { page: 'strict', width: 320, font, label: 'a 320 px wide viewport' },
          { page: 'hostile', width: 320, font, label: 'a 320 px wide viewport' },
          { page: 'strict', width: 1280, zoom: 4, font, label: '400% zoom of a 1280 px window' },
          { page: 'hostile', width: 1280, zoom: 4, font, label: '400% zoom of a 1280 px window' },
          { page: 'hostile', width: 360, font, label: 'a 360 px wide viewport' },
        ] as const,
    );
    for (const { label, ...viewport } of narrow) {
      it(`fits ${label} without horizontal scrolling, on the ${viewport.page} page in the ${viewport.font} test font`, async () => {
        const page = await open(widget, viewport);
        const right = page.document.documentElement.clientWidth;
        const root = await rendered(page, widget);
        const host = page.widget as HTMLElement;
        expect(host.scrollWidth, 'widget').to.be.at.most(host.clientWidth);
        const zoom = 'zoom' in viewport ? viewport.zoom : 1;
        expect(
          host.clientWidth * zoom,
          'the widget is laid out in the narrow viewport',
        ).to.be.at.most(viewport.width);
        // Elements hidden from everyone (a form's honeypot field) may sit off-screen by design.
        for (const element of shadowElements(root).filter(
          (candidate) => !candidate.closest('[aria-hidden="true"]'),
        )) {
          const overflow = element.scrollWidth - element.clientWidth;
          if (element.clientWidth > 0)
            expect(
              overflow,
              `<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}">`,
            ).to.be.at.most(0);
          expect(
            element.getBoundingClientRect().right,
            `<${element.localName}> stays inside the viewport`,
          ).to.be.at.most(right);
        }
        cleanRecord(page);
      });
    }

    // The CDN files share their chunks, so opvang-widgets.js beside the widget's own file is the
    // same copy of the widget: nothing to warn about. Two different copies (the npm build beside
    // a CDN file) warn once: src/cdn/cdn-build.test.ts.
    it('shares one copy with opvang-widgets.js on the same page, warns nothing and throws nothing', async () => {
      const page = await open(widget, { page: 'strict', second: '/cdn/opvang-widgets.js' });
      await rendered(page, widget);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const warnings = page.window.__embedding.warnings.filter((warning) =>
        warning.includes(`<${widget.tag}>`),
      );
      expect(warnings).to.deep.equal([]);
      cleanRecord(page);
    });
  });
}
