import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Faq } from '@opvang/core/faq';
import './define-with-facts.js';
import { OpvangFaq } from './faq.js';
import { defineElement } from '../shared/define-element.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { captureConsole } from '../shared/test-support/console.js';
import { searchChunk } from './search-loader.js';

const faq: Faq = {
  items: [
    {
      id: 'who-will-live-there',
      category: 'Het centrum',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Wie komt er wonen?',
      answer: [
        {
          type: 'paragraph',
          content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' volwassen mannen.'],
        },
      ],
    },
    {
      id: 'schools',
      category: 'School',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Gaan de kinderen naar de École?',
      answer: [
        { type: 'paragraph', content: ['Ja, naar de gewone school.'] },
        { type: 'list', items: [['kleuterschool'], ['lagere school']] },
        { type: 'link', href: 'https://www.fedasil.be', text: 'Meer bij Fedasil' },
      ],
    },
    {
      id: 'safety',
      category: 'Veiligheid',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Is het veilig?',
      answer: [
        {
          type: 'paragraph',
          content: ['Bel ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }, '.'],
        },
      ],
    },
    {
      id: 'who-will-live-there',
      category: 'Le centre',
      language: 'fr',
      lastReviewed: '2025-03-01',
      question: 'Qui va y habiter ?',
      answer: [{ type: 'paragraph', content: ['Au maximum 80 hommes adultes.'] }],
    },
  ],
};

const root = (element: OpvangFaq): ShadowRoot => element.shadowRoot as ShadowRoot;
// The questions a reader sees: search and the topic filter hide the others.
const buttons = (element: OpvangFaq) => [
  ...root(element).querySelectorAll<HTMLButtonElement>(
    '[part~="item"]:not([hidden]) [part~="question"] button',
  ),
];
const status = (element: OpvangFaq) =>
  root(element).querySelector('[role="status"]')?.textContent?.trim();

async function loaded(content: unknown = faq): Promise<OpvangFaq> {
  const element = await fixture<OpvangFaq>(html`<opvang-faq .content=${content}></opvang-faq>`);
  await elementUpdated(element);
  return element;
}

async function type(element: OpvangFaq, text: string): Promise<void> {
  const input = root(element).querySelector('input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await elementUpdated(element);
}

describe('<opvang-faq>', () => {
  it('types content with the core types, and still checks what a script passes', async () => {
    const element = document.createElement('opvang-faq');
    // The type check (npm test runs tsc over the tests) fails if `content` accepts a number.
    // @ts-expect-error a number is no FAQ content
    element.content = 42;
    const errors = captureConsole('error');
    try {
      document.body.append(element);
      await elementUpdated(element);
      expect(element.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    } finally {
      errors.restore();
      element.remove();
    }
  });

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the questions of its language as a WAI-ARIA accordion', async () => {
    const element = await loaded();
    const [first] = buttons(element);
    expect(buttons(element).map((button) => button.textContent?.trim())).to.deep.equal([
      'Wie komt er wonen?',
      'Gaan de kinderen naar de École?',
      'Is het veilig?',
    ]);
    const heading = first?.parentElement;
    expect(heading?.getAttribute('role')).to.equal('heading');
    expect(heading?.getAttribute('aria-level')).to.equal('3');
    expect(heading?.id).to.equal('who-will-live-there');
    expect(first?.getAttribute('aria-expanded')).to.equal('false');
    const panel = root(element).getElementById(first?.getAttribute('aria-controls') ?? '');
    expect(panel?.getAttribute('role')).to.equal('region');
    expect(panel?.getAttribute('aria-labelledby')).to.equal(first?.id);
    expect(panel?.hidden).to.equal(true);
    expect(status(element)).to.equal('3 vragen');
    await expect(element).to.be.accessible();
  });

  it('takes the heading level from heading-level', async () => {
    const element = await fixture<OpvangFaq>(
      html`<opvang-faq heading-level="2" .content=${faq}></opvang-faq>`,
    );
    expect(buttons(element)[0]?.parentElement?.getAttribute('aria-level')).to.equal('2');
  });

  it('opens and closes a question with Enter and Space, reachable with Tab', async () => {
    const element = await loaded();
    const input = root(element).querySelector('input') as HTMLInputElement;
    input.focus();
    // search, topic, expand all, collapse all, then the first question
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const [first] = buttons(element);
    expect(root(element).activeElement).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await elementUpdated(element);
    expect(first?.getAttribute('aria-expanded')).to.equal('true');
    expect(root(element).getElementById('answer--who-will-live-there')?.hidden).to.equal(false);
    await sendKeys({ press: 'Space' });
    await elementUpdated(element);
    expect(first?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('renders answers as elements, never as markup: emphasis, lists and links', async () => {
    const element = await loaded();
    await expect(element).to.be.accessible();
    const answer = root(element).getElementById('answer--schools') as HTMLElement;
    expect(answer.querySelectorAll('li')).to.have.length(2);
    expect(answer.querySelector('a')?.getAttribute('href')).to.equal('https://www.fedasil.be');
    expect(
      root(element).getElementById('answer--who-will-live-there')?.querySelector('em')?.textContent,
    ).to.equal('80');
  });

  it('searches without case or accents, highlights matches as runs and announces the count', async () => {
    const element = await loaded();
    await type(element, 'ECOLE');
    expect(buttons(element)).to.have.length(1);
    const marks = [...root(element).querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['École']);
    expect(status(element)).to.equal('1 van 3 vragen');
    expect(buttons(element)[0]?.getAttribute('aria-expanded')).to.equal('true');
    await expect(element).to.be.accessible();
    await type(element, 'gewone');
    expect(
      [...root(element).querySelectorAll('mark')].map((mark) => mark.textContent),
    ).to.deep.equal(['gewone']);
    await type(element, 'zzz');
    expect(status(element)).to.equal('0 van 3 vragen');
    // One letter filters, but marks nothing: every "e" in every answer would be noise.
    await type(element, 'é');
    expect(status(element)).to.equal('3 vragen');
    expect([...root(element).querySelectorAll('[part~="item"]:not([hidden]) mark')]).to.have.length(
      0,
    );
  });

  it('loads its search on the first focus of the search field, not before', async () => {
    const load = searchChunk.load;
    let loads = 0;
    searchChunk.load = () => {
      loads += 1;
      return load();
    };
    try {
      const element = await loaded();
      expect(loads, 'nothing loaded with the questions').to.equal(0);
      root(element).querySelector('input')?.focus();
      await element.updateComplete;
      expect(loads).to.equal(1);
      await type(element, 'ECOLE');
      expect(loads, 'loaded once').to.equal(1);
      expect(buttons(element)).to.have.length(1);
    } finally {
      searchChunk.load = load;
    }
  });

  it('says so when its search cannot be loaded (offline), keeps every question, and tries again', async () => {
    const load = searchChunk.load;
    searchChunk.load = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const element = await loaded();
      await type(element, 'ECOLE');
      expect(buttons(element), 'nothing hidden').to.have.length(3);
      expect(status(element)).to.equal(
        '3 vragen Zoeken lukt nu niet: er is geen verbinding. Probeer het opnieuw.',
      );
      await expect(element).to.be.accessible();
      searchChunk.load = load;
      await type(element, 'ECOLE');
      expect(buttons(element)).to.have.length(1);
      expect(status(element)).to.equal('1 van 3 vragen');
    } finally {
      searchChunk.load = load;
    }
  });

  it('folds its content once, not on every keystroke', async () => {
    const items = Array.from({ length: 50 }, (_, index) => ({
      id: `vraag-${index}`,
      category: 'École',
      language: 'fr',
      lastReviewed: '2025-03-01',
      question: `Où est l’école numéro ${index} ?`,
      answer: [
        {
          type: 'paragraph',
          content: ['Près de l’église, ', { type: 'emphasis', text: 'très' }, ' près du café.'],
        },
      ],
    }));
    const element = await fixture<OpvangFaq>(
      html`<opvang-faq lang="fr" .content=${{ items }}></opvang-faq>`,
    );
    const normalize = String.prototype.normalize;
    let calls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      calls += 1;
      return normalize.call(this, form);
    };
    try {
      for (const query of ['é', 'éc', 'éco', 'écol', 'école', 'écol', 'café'])
        await type(element, query);
    } finally {
      String.prototype.normalize = normalize;
    }
    expect(status(element)).to.equal('50 questions');
    expect(root(element).querySelectorAll('mark').length).to.equal(50);
    // Only the query's own accented letters are folded per keystroke: one é each time.
    expect(calls).to.be.at.most(7);
  });

  it('filters by topic', async () => {
    const element = await loaded();
    const select = root(element).querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.text)).to.deep.equal([
      'Alle onderwerpen',
      'Het centrum',
      'School',
      'Veiligheid',
    ]);
    select.value = 'Veiligheid';
    select.dispatchEvent(new Event('change'));
    await elementUpdated(element);
    expect(buttons(element).map((button) => button.parentElement?.id)).to.deep.equal(['safety']);
    expect(status(element)).to.equal('1 van 3 vragen');
    await expect(element).to.be.accessible();
  });

  it('prints every answer, without the search controls', async () => {
    const element = await loaded();
    const answer = root(element).getElementById('answer--safety') as HTMLElement;
    const controls = root(element).querySelector('[part~="controls"]') as HTMLElement;
    expect(answer.offsetHeight).to.equal(0);
    await emulateMedia({ media: 'print' });
    try {
      expect(answer.offsetHeight).to.be.greaterThan(0);
      expect(getComputedStyle(controls).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('expands and collapses all', async () => {
    const element = await loaded();
    const [expand, collapse] = [
      ...root(element).querySelectorAll<HTMLButtonElement>('[part~="controls"] button'),
    ];
    expand?.click();
    await elementUpdated(element);
    expect(
      buttons(element).every((button) => button.getAttribute('aria-expanded') === 'true'),
    ).to.equal(true);
    await expect(element).to.be.accessible();
    collapse?.click();
    await elementUpdated(element);
    expect(
      buttons(element).every((button) => button.getAttribute('aria-expanded') === 'false'),
    ).to.equal(true);
  });

  it('puts the id of an opened question in the address with replaceState, unless update-hash="false"', async () => {
    const length = history.length;
    const element = await loaded();
    buttons(element)[1]?.click();
    await elementUpdated(element);
    expect(location.hash).to.equal('#schools');
    expect(history.length).to.equal(length);

    history.replaceState(null, '', location.pathname + location.search);
    const quiet = await fixture<OpvangFaq>(
      html`<opvang-faq update-hash="false" .content=${faq}></opvang-faq>`,
    );
    buttons(quiet)[1]?.click();
    await elementUpdated(quiet);
    expect(location.hash).to.equal('');
    expect(buttons(quiet)[1]?.getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens and scrolls to the question named by the fragment at load and on hashchange', async () => {
    history.replaceState(null, '', '#safety');
    const element = await fixture<OpvangFaq>(
      html`<div style="block-size: 300vh"></div><opvang-faq .content=${faq}></opvang-faq>`,
      {},
    ).then((spacer) => spacer.nextElementSibling as OpvangFaq);
    await elementUpdated(element);
    await elementUpdated(element);
    expect(root(element).getElementById('button--safety')?.getAttribute('aria-expanded')).to.equal(
      'true',
    );
    const top = root(element).getElementById('safety')?.getBoundingClientRect().top ?? -1;
    expect(top).to.be.within(-1, innerHeight);

    location.hash = '#schools';
    await oneEvent(window, 'hashchange');
    await elementUpdated(element);
    expect(root(element).getElementById('button--schools')?.getAttribute('aria-expanded')).to.equal(
      'true',
    );
  });

  it('reads content from an inline JSON script child', async () => {
    const element = await fixture<OpvangFaq>(html`
      <opvang-faq><script type="application/json">${JSON.stringify(faq)}</script><p>Fallback</p></opvang-faq>
    `);
    expect(buttons(element)).to.have.length(3);
  });

  it('fetches content from src, without cookies', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(faq)], { type: 'application/json' }));
    const element = await fixture<OpvangFaq>(
      html`<opvang-faq src=${url}><a href="/faq">Vragen</a></opvang-faq>`,
    );
    expect(status(element)).to.equal('De vragen worden geladen…');
    await waitFor(() => buttons(element).length === 3);
    await expect(element).to.be.accessible();
  });

  it('shows an alert in its language, keeps the fallback and logs the cause when src fails', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangFaq>(html`
        <opvang-faq lang="en" src="/does-not-exist.json"><a href="/faq">All questions</a></opvang-faq>
      `);
      await waitFor(() => root(element).querySelector('[role="alert"]') !== null);
      expect(root(element).querySelector('[role="alert"]')?.textContent).to.contain(
        'could not be loaded',
      );
      expect(root(element).querySelector('slot')).to.not.equal(null);
      expect(String(errors.calls[0]?.[0])).to.match(
        /could not load \/does-not-exist\.json: HTTP 404/,
      );
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('names the exact problem in bad content and shows an alert instead of a blank widget', async () => {
    const errors = captureConsole('error');
    try {
      const bad = structuredClone(faq) as unknown as { items: { answer: unknown[] }[] };
      (bad.items[1] as { answer: unknown[] }).answer[2] = {
        type: 'link',
        href: 'javascript:alert(1)',
        text: 'x',
      };
      const element = await loaded(bad);
      expect(root(element).querySelector('[role="alert"]')?.textContent).to.contain(
        'kunnen niet getoond worden',
      );
      expect(String(errors.calls[0]?.[0])).to.contain('items[1].answer[2].href');
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('counts questions with the plural rules of each language: 0, 1 and 2', async () => {
    const item = (id: string, language: string) => ({
      id,
      category: 'Test',
      language,
      lastReviewed: '2025-03-01',
      question: `Vraag ${id}?`,
      answer: [{ type: 'paragraph', content: ['Antwoord.'] }],
    });
    const expected = {
      nl: ['0 van 2 vragen', '1 van 2 vragen', '1 vraag', '2 vragen'],
      fr: ['0 question sur 2', '1 question sur 2', '1 question', '2 questions'],
      de: ['0 von 2 Fragen', '1 von 2 Fragen', '1 Frage', '2 Fragen'],
      en: ['0 of 2 questions', '1 of 2 questions', '1 question', '2 questions'],
    };
    for (const [language, [none, oneOfTwo, one, two]] of Object.entries(expected)) {
      const pair = await fixture<OpvangFaq>(
        html`<opvang-faq lang=${language} .content=${{ items: [item('a', language), item('b', language)] }}></opvang-faq>`,
      );
      expect(status(pair), language).to.equal(two);
      await type(pair, 'a?');
      expect(status(pair), language).to.equal(oneOfTwo);
      await type(pair, 'zzz');
      expect(status(pair), language).to.equal(none);
      const single = await fixture<OpvangFaq>(
        html`<opvang-faq lang=${language} .content=${{ items: [item('a', language)] }}></opvang-faq>`,
      );
      expect(status(single), language).to.equal(one);
    }
  });

  it('says so when there are no questions', async () => {
    const element = await loaded({ items: [] });
    expect(status(element)).to.equal('Er zijn nog geen vragen.');
    await expect(element).to.be.accessible();
  });

  it('writes the FAQ from facts in the widget language, and again when the language changes', async () => {
    const facts = JSON.stringify({
      municipality: 'Bredene',
      capacity: 80,
      targetGroups: ['adults'],
      contactPoint: { phone: '059 12 34 56', email: 'opvang@bredene.be' },
    });
    const wrapper = await fixture(
      html`<div lang="nl"><opvang-faq facts=${facts}></opvang-faq></div>`,
    );
    const element = wrapper.querySelector('opvang-faq') as OpvangFaq;
    await elementUpdated(element);
    expect(buttons(element)[0]?.textContent).to.contain('Bredene');
    expect(root(element).querySelector('input')?.labels?.[0]?.textContent).to.contain('Zoeken');
    wrapper.setAttribute('lang', 'fr');
    await waitFor(() =>
      (root(element).querySelector('input')?.labels?.[0]?.textContent ?? '').includes('Rechercher'),
    );
    expect(buttons(element)[0]?.parentElement?.id).to.equal('who-will-live-there');
    expect(element.items[0]?.language).to.equal('fr');
    await expect(element).to.be.accessible();
  });

  it('reads facts from an inline JSON child marked data-facts', async () => {
    const element = await fixture<OpvangFaq>(html`
      <opvang-faq lang="en"><script type="application/json" data-facts>{"municipality": "Bredene", "capacity": 80}</script></opvang-faq>
    `);
    expect(buttons(element)[0]?.textContent).to.contain('Bredene');
  });

  it('reports facts that are not JSON, or facts without the FAQ writer loaded', async () => {
    const errors = captureConsole('error');
    const writer = OpvangFaq.factsWriter;
    try {
      const element = await fixture<OpvangFaq>(
        html`<opvang-faq facts="{municipality: Bredene}"></opvang-faq>`,
      );
      expect(root(element).querySelector('[role="alert"]')).to.not.equal(null);
      expect(String(errors.calls[0]?.[0])).to.contain('not JSON');
      OpvangFaq.factsWriter = undefined;
      const light = await fixture<OpvangFaq>(
        html`<opvang-faq facts='{"municipality": "Bredene"}'></opvang-faq>`,
      );
      expect(root(light).querySelector('[role="alert"]')).to.not.equal(null);
      expect(String(errors.calls[1]?.[0])).to.contain('opvang-faq-facts.js');
    } finally {
      OpvangFaq.factsWriter = writer;
      errors.restore();
    }
  });

  it('switches content language at run time when the content has it', async () => {
    const wrapper = await fixture(
      html`<div lang="nl"><opvang-faq .content=${faq}></opvang-faq></div>`,
    );
    const element = wrapper.querySelector('opvang-faq') as OpvangFaq;
    wrapper.setAttribute('lang', 'fr-BE');
    await waitFor(() => buttons(element).length === 1);
    expect(buttons(element)[0]?.textContent?.trim()).to.equal('Qui va y habiter ?');
  });

  it('adds FAQPage JSON-LD to the head once, updates it in place and removes it on disconnect', async () => {
    const element = await fixture<OpvangFaq>(
      html`<opvang-faq structured-data .content=${faq}></opvang-faq>`,
    );
    const blocks = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
    expect(blocks()).to.have.length(1);
    const first = blocks()[0];
    const json = JSON.parse(first?.textContent ?? '') as {
      '@type': string;
      mainEntity: { name: string }[];
    };
    expect(json['@type']).to.equal('FAQPage');
    expect(json.mainEntity.map((entity) => entity.name)).to.have.length(3);
    element.content = { items: faq.items.slice(0, 1) };
    await elementUpdated(element);
    expect(blocks()).to.have.length(1);
    expect(blocks()[0]).to.equal(first);
    expect(
      (JSON.parse(first?.textContent ?? '') as { mainEntity: unknown[] }).mainEntity,
    ).to.have.length(1);
    element.remove();
    expect(blocks()).to.have.length(0);
  });

  it('shows the fallback content before it is defined, and upgrades in place', async () => {
    const wrapper = await fixture(
      html`<div><opvang-faq-later><p>Alle vragen</p></opvang-faq-later><p id="after">Na</p></div>`,
    );
    const later = wrapper.firstElementChild as HTMLElement;
    expect(later.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(later.textContent).to.contain('Alle vragen');
    const childrenBefore = document.body.childElementCount;
    defineElement('opvang-faq-later', class extends OpvangFaq {});
    await (later as OpvangFaq).updateComplete;
    expect(later.shadowRoot?.querySelector('[role="status"]')?.textContent).to.contain(
      'Er zijn nog geen vragen',
    );
    expect(document.body.childElementCount).to.equal(childrenBefore);
  });

  it('upgrades without moving what comes before it, in the same place and width', async () => {
    const json = JSON.stringify(faq);
    const wrapper = await fixture(html`<div style="inline-size: 40rem">
      <p id="before">Voor de vragen</p>
      <opvang-faq-shift><p>Alle vragen staan op <a href="/faq">de FAQ-pagina</a>.</p><script type="application/json">${json}</script></opvang-faq-shift>
      <p>Na de vragen</p>
    </div>`);
    const before = wrapper.querySelector('#before') as HTMLElement;
    const widget = wrapper.querySelector('opvang-faq-shift') as HTMLElement;
    const beforeRect = before.getBoundingClientRect();
    const boxBefore = widget.getBoundingClientRect();
    defineElement('opvang-faq-shift', class extends OpvangFaq {});
    await (widget as OpvangFaq).updateComplete;
    await waitFor(() => widget.shadowRoot?.querySelector('button[aria-expanded]') !== null);
    const beforeAfter = before.getBoundingClientRect();
    const boxAfter = widget.getBoundingClientRect();
    expect([beforeAfter.top, beforeAfter.left, beforeAfter.width]).to.deep.equal([
      beforeRect.top,
      beforeRect.left,
      beforeRect.width,
    ]);
    // The widget's box starts where the fallback was and keeps its width; only its height may change.
    expect([boxAfter.top, boxAfter.left, boxAfter.width]).to.deep.equal([
      boxBefore.top,
      boxBefore.left,
      boxBefore.width,
    ]);
  });
});

async function waitFor(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
