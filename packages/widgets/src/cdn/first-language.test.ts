import { expect } from '@open-wc/testing';

// Texts on demand (issue 15 §1): each CDN entry carries its Dutch texts only, and loads French,
// German or English from chunks/<widget>-<lang>-*.js when the page's `lang` asks for them. A
// resident of a French page must never see Dutch, not even for one frame, and the page must not
// move while the French texts arrive: until they are there the widget is laid out but hidden.
// Each page is a fresh document in an iframe that records, from before the widget's script and
// at every frame, the widget's visible text (text whose element is rendered and not hidden) and
// the page's layout shifts.

const faqItems = (language: string, words: readonly string[]) =>
  JSON.stringify({
    items: words.map((word, index) => ({
      id: `q-${word}`,
      category: index % 2 === 0 ? 'Le centre' : 'L’école',
      language,
      lastReviewed: '2025-03-01',
      question: `Question ${word} ?`,
      answer: [{ type: 'paragraph', content: [`Réponse ${word}.`] }],
    })),
  });

const contactPoint = JSON.stringify({
  name: 'Point de contact du centre',
  phone: '+32 50 12 34 56',
  email: 'accueil@commune.be',
  openingHours: [{ days: ['monday', 'wednesday'], opens: '09:00', closes: '12:00' }],
});

const widgets = [
  {
    tag: 'opvang-faq',
    cdn: '/cdn/opvang-faq.js',
    markup: `<opvang-faq><script type="application/json">${faqItems('fr', ['un', 'deux', 'trois', 'quatre'])}</script><p>Toutes les questions sont sur le site.</p></opvang-faq>`,
    dutch: ['Zoeken in de vragen', 'Alles openklappen', 'Onderwerp', 'vragen'],
    french: ['Rechercher dans les questions', 'Tout déplier'],
  },
  {
    tag: 'opvang-contact',
    cdn: '/cdn/opvang-contact.js',
    markup: `<opvang-contact endpoint="http://127.0.0.1:9/messages?file=first-language"><script type="application/json">${contactPoint}</script>Appelez le +32 50 12 34 56.</opvang-contact>`,
    dutch: ['Telefoon', 'Stuur ons een bericht', 'Versturen', 'Openingsuren', 'Nu '],
    french: ['Téléphone', 'Envoyez-nous un message', 'Envoyer'],
  },
  {
    tag: 'opvang-info-market',
    cdn: '/cdn/opvang-info-market.js',
    markup:
      '<opvang-info-market start="2099-03-13T19:00" end="2099-03-13T21:00" place="Salle La Ronde">Marché d’information le 13 mars 2099.</opvang-info-market>',
    dutch: ['geen panelgesprek', 'Wanneer', 'Zet in uw agenda', 'maart'],
    french: ['ni un débat avec un panel', 'Quand', 'Ajouter à votre agenda', 'mars'],
  },
];

interface Recording {
  __frames: string[];
  __shifts: number[];
}

// Runs in the page before any widget script: at each frame, the text of the widget a resident
// can see, and every layout shift.
const recorder = (tag: string) => `<script>
  window.__frames = []; window.__shifts = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__shifts.push(entry.value); }).observe({ type: 'layout-shift', buffered: true });
  const visibleText = () => {
    const root = document.querySelector('${tag}')?.shadowRoot;
    if (!root) return '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) text += node.data + ' ';
    }
    return text.replace(/\\s+/g, ' ').trim();
  };
  const frame = () => { window.__frames.push(visibleText()); if (window.__frames.length < 600) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
</script>`;

async function openPage(
  lang: string,
  widget: (typeof widgets)[number],
  load: number,
): Promise<{ frame: HTMLIFrameElement; window: Window & Recording }> {
  const frame = document.createElement('iframe');
  frame.style.width = '400px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${recorder(widget.tag)}
    <script type="module" blocking="render" src="${widget.cdn}?first-language=${load}-${Date.now()}"></script></head>
    <body><h1>Commune</h1><p>Avant le widget.</p>${widget.markup}<h2>Après le widget</h2><p>${'Texte de la page. '.repeat(40)}</p></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow as Window & Recording };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const settle = async (window: Window): Promise<void> => {
  for (let i = 0; i < 3; i += 1)
    await new Promise((resolve) => window.requestAnimationFrame(resolve));
};

const dutchIn = (text: string, words: readonly string[]) =>
  words.filter((word) => text.includes(word));

describe('a page in French with a CDN widget', () => {
  for (const widget of widgets) {
    it(`<${widget.tag}> shows French from its first visible frame, never Dutch, and moves nothing`, async () => {
      // Five fresh pages: the race between the first paint and the French chunk is the point.
      for (let load = 0; load < 5; load += 1) {
        const { frame, window } = await openPage('fr', widget, load);
        try {
          await until(
            () => widget.french.every((word) => window.__frames.at(-1)?.includes(word) === true),
            `French text in <${widget.tag}>`,
          );
          await settle(window);
          const frames = window.__frames.filter((text) => text !== '');
          expect(frames.length, `load ${load}: visible frames`).to.be.above(0);
          for (const text of frames) {
            expect(dutchIn(text, widget.dutch), `load ${load}: Dutch in "${text}"`).to.deep.equal(
              [],
            );
            for (const word of widget.french)
              expect(text, `load ${load}: the first visible frame is complete`).to.include(word);
          }
          expect(JSON.stringify(window.__shifts), `load ${load}: layout shifts`).to.equal('[]');
        } finally {
          frame.remove();
        }
      }
    });

    it(`<${widget.tag}> keeps its Dutch texts when lang turns to French at run time, until the French ones are there`, async () => {
      const { frame, window } = await openPage('nl', widget, 99);
      try {
        await until(
          () => widget.dutch.some((word) => window.__frames.at(-1)?.includes(word) === true),
          `Dutch text in <${widget.tag}>`,
        );
        const before = window.__frames.length;
        frame.contentDocument?.documentElement.setAttribute('lang', 'fr');
        await until(
          () => widget.french.every((word) => window.__frames.at(-1)?.includes(word) === true),
          `French text in <${widget.tag}> after the change`,
        );
        await settle(window);
        const after = window.__frames.slice(before);
        for (const text of after) {
          const dutch = dutchIn(text, widget.dutch).length > 0;
          const french = widget.french.every((word) => text.includes(word));
          // Every frame shows one language whole: the old texts, then the new; never nothing.
          expect(dutch !== french, `one language in "${text}"`).to.equal(true);
        }
      } finally {
        frame.remove();
      }
    });
  }
});
