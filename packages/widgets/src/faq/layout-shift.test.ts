import { expect } from '@open-wc/testing';

// Layout shift at upgrade (issue 12: Lighthouse CLS 0.21 on examples/faq.html). The widgets are
// taller than their fallback text, so if the page is drawn before the script has run, whatever
// follows them moves down. With `blocking="render"` on the script tag (what docs/webmaster.md
// tells webmasters), the page is first drawn after the script ran; the widgets must then render
// their final content in that same task (no loading step, no waiting for another task), so that
// nothing moves. Each page is a fresh document in an iframe, which records its layout shifts.

const faqJson = JSON.stringify({
  items: ['een', 'twee', 'drie', 'vier'].map((word, index) => ({
    id: `vraag-${word}`,
    category: index % 2 === 0 ? 'Het centrum' : 'School',
    language: 'nl',
    lastReviewed: '2025-03-01',
    question: `Vraag ${word}?`,
    answer: [{ type: 'paragraph', content: [`Antwoord ${word}.`] }],
  })),
});

const widgets = [
  {
    name: '<opvang-faq>',
    cdn: '/cdn/opvang-faq.js',
    markup: `<opvang-faq><script type="application/json">${faqJson}</script><p>Alle vragen staan op de website.</p></opvang-faq>`,
    rendered: 'Vraag vier?',
  },
  {
    name: '<opvang-info-market>',
    cdn: '/cdn/opvang-info-market.js',
    markup:
      '<opvang-info-market start="2099-03-13T19:00" end="2099-03-13T21:00" place="Zaal De Kring">Infomarkt op 13 maart 2099.</opvang-info-market>',
    rendered: 'geen panelgesprek',
  },
];

interface ShiftRecord {
  __shifts: { value: number; sources: string[] }[];
}

async function openPage(
  script: string,
  markup: string,
  rendered: string,
): Promise<{ frame: HTMLIFrameElement; shifts: ShiftRecord['__shifts'] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '800px';
  // A recorder first, then the widget's script as a webmaster pastes it, then a page whose text
  // continues below the widget: that text is what would move.
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
    <script>window.__shifts = []; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node ? source.node.nodeName : '?') }); }).observe({ type: 'layout-shift', buffered: true });</script>
    ${script}</head><body><h1>Gemeente Voorbeeld</h1><p>Voor de widget.</p>${markup}<h2 id="after">Na de widget</h2><p>${'Tekst van de pagina. '.repeat(40)}</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & ShiftRecord;
  const until = Date.now() + 5000;
  const widget = () => frame.contentDocument?.querySelector('opvang-faq, opvang-info-market');
  while (!(widget()?.shadowRoot?.textContent ?? '').includes(rendered)) {
    if (Date.now() > until) throw new Error(`${rendered} never rendered`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Two frames, so a shift from the last render would have been reported.
  for (let i = 0; i < 2; i += 1)
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { frame, shifts: window.__shifts };
}

describe('layout shift when a widget upgrades', () => {
  for (const widget of widgets) {
    it(`${widget.name} with a render-blocking script moves nothing on the page`, async () => {
      // Five fresh pages: the race between first paint and the script is what this is about.
      for (let load = 0; load < 5; load += 1) {
        const { frame, shifts } = await openPage(
          `<script type="module" blocking="render" src="${widget.cdn}?load=${load}-${Date.now()}"></script>`,
          widget.markup,
          widget.rendered,
        );
        frame.remove();
        expect(JSON.stringify(shifts), `load ${load}`).to.equal('[]');
      }
    });
  }
});
