import { expect } from '@open-wc/testing';
import { catalogue, describeCatalogueKind } from '@opvang/core/catalogue';
import { locales } from '@opvang/core/i18n';
import { runWidgetBaseTests } from '../shared/test-support/widget-base-tests.js';
import { readRoute, writeRoute } from './route.js';
import {
  cleanUp,
  follow,
  freshPrefix,
  mount,
  resultIds,
  root,
  setField,
  textOf,
} from './test-support/mount.js';

runWidgetBaseTests({
  tag: 'opvang-catalogue',
  defaultLevel: 2,
  valid: { attributes: 'fragment-prefix="base"', children: '' },
  invalid: { attributes: 'fragment-prefix="not a prefix"', children: '' },
});

describe('the catalogue fragment', () => {
  it('reads only fragments under its prefix and writes them back the same', () => {
    expect(readRoute('#case=demo', 'catalogue')).to.equal(undefined);
    expect(readRoute('#new', 'catalogue')).to.equal(undefined);
    expect(readRoute('#catalogues', 'catalogue')).to.equal(undefined);
    expect(readRoute('#catalogue/item/buddy-scheme', 'catalogue')).to.deep.equal({
      view: 'item',
      id: 'buddy-scheme',
    });
    const search = readRoute('#catalogue?q=march%C3%A9+info&step=H&kind=task', 'catalogue');
    expect(search).to.deep.equal({
      view: 'search',
      q: 'marché info',
      step: 'H',
      audience: '',
      phase: '',
      kind: 'task',
    });
    if (search === undefined) throw new Error('unreachable');
    expect(writeRoute(search, 'catalogue')).to.equal(
      '#catalogue?q=march%C3%A9+info&step=H&kind=task',
    );
    expect(writeRoute({ view: 'package' }, 'intra')).to.equal('#intra/package');
    expect(readRoute('#catalogue/nothing-here', 'catalogue')).to.deep.equal({
      view: 'unknown',
      path: 'nothing-here',
    });
  });
});

describe('<opvang-catalogue>: search and filters', () => {
  let prefix = '';
  beforeEach(() => {
    prefix = freshPrefix();
  });
  afterEach(() => {
    cleanUp(prefix);
  });

  it('lists the whole catalogue at first, with its count announced politely', async () => {
    const element = await mount({ prefix });
    expect(resultIds(element)).to.have.length(catalogue.length);
    const status = root(element).querySelector('[part="status"]');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(textOf(element, '[part="status"]')).to.equal('45 items found');
    await expect(element).to.be.accessible();
  });

  it('searches with the core (a French word while reading Dutch) and writes the search to the fragment', async () => {
    const element = await mount({ prefix, lang: 'nl' });
    await setField(element, '#search-q', 'marché');
    expect(resultIds(element)).to.deep.equal(['info-market-organisation', 'info-market-support']);
    expect(textOf(element, '[part="status"]')).to.equal('2 onderdelen gevonden');
    expect(location.hash).to.equal(`#${prefix}?q=march%C3%A9`);
    await setField(element, '#filter-kind', 'task');
    expect(resultIds(element)).to.deep.equal(['info-market-support']);
    expect(location.hash).to.equal(`#${prefix}?q=march%C3%A9&kind=task`);
    await expect(element).to.be.accessible();
  });

  it('filters by step (with its sub-steps), audience and phase, with labelled native controls', async () => {
    const element = await mount({ prefix });
    await setField(element, '#filter-step', 'K');
    await setField(element, '#filter-audience', 'volunteers');
    expect(resultIds(element)).to.deep.equal([
      'dutch-practice-opportunities',
      'quality-meeting-tips',
      'buddy-scheme',
    ]);
    await setField(element, '#filter-phase', 'long-running');
    expect(resultIds(element)).to.deep.equal([]);
    expect(textOf(element, '[part="status"]')).to.equal(
      '0 items found. Nothing found. Try another word or fewer filters.',
    );
    for (const id of ['search-q', 'filter-step', 'filter-audience', 'filter-phase', 'filter-kind'])
      expect(root(element).querySelector(`label[for="${id}"]`), id).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  const counts = {
    nl: ['1 onderdeel gevonden', 'Buddywerking', 'Soort', 'extra ondersteuning'],
    fr: ['1 élément trouvé', 'Système de parrainage (buddy)', 'Type', 'soutien supplémentaire'],
    de: [
      '1 Eintrag gefunden',
      'Patenschaftsprogramm (Buddy-Programm)',
      'Art',
      'zusätzliche Unterstützung',
    ],
    en: ['1 item found', 'Buddy scheme', 'Kind', 'extra support'],
  } as const;
  for (const locale of locales) {
    it(`speaks ${locale}: the count, the labels and the names of kinds`, async () => {
      const element = await mount({ prefix, lang: locale, hash: `#${prefix}?q=buddy` });
      const [found, label, kind, kindName] = counts[locale];
      expect(textOf(element, '[part="status"]')).to.equal(found);
      expect(textOf(element, '[part~="item-link"]')).to.equal(label);
      expect(textOf(element, 'label[for="filter-kind"]')).to.equal(kind);
      expect(textOf(element, '[part~="result"] [part="kind"]')).to.equal(kindName);
      expect(describeCatalogueKind('extra-support', locale)).to.equal(kindName);
      await expect(element).to.be.accessible();
    });
  }
});

describe('<opvang-catalogue>: deep links', () => {
  let prefix = '';
  beforeEach(() => {
    prefix = freshPrefix();
  });
  afterEach(() => {
    cleanUp(prefix);
  });

  it('opens a search from a link, with its words and filters in the form', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=infomarkt&step=H&kind=task` });
    expect(resultIds(element)).to.deep.equal(['info-market-support']);
    expect(root(element).querySelector<HTMLInputElement>('#search-q')?.value).to.equal('infomarkt');
    expect(root(element).querySelector<HTMLSelectElement>('#filter-step')?.value).to.equal('H');
    expect(root(element).querySelector<HTMLSelectElement>('#filter-kind')?.value).to.equal('task');
    await expect(element).to.be.accessible();
  });

  it('opens an item from a link with its source citation, and the back button returns to the search', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy` });
    await follow(element, `#${prefix}/item/buddy-scheme`);
    expect(textOf(element, '[part="item-heading"]')).to.equal('Buddy scheme');
    expect(textOf(element, '[part="citation"]')).to.equal(
      'source text 000, line 194: c. Buddywerking',
    );
    expect(root(element).activeElement?.getAttribute('part')).to.equal('item-heading');
    await expect(element).to.be.accessible();
    const back = new Promise((resolve) => {
      addEventListener('popstate', resolve, { once: true });
    });
    history.back();
    await back;
    await element.updateComplete;
    expect(resultIds(element)).to.deep.equal(['buddy-scheme']);
  });

  it('cites lines and see-also sources in every language', async () => {
    // The quote is the source's Dutch in a <q lang="nl">: the browser adds the marks.
    const said = {
      nl: 'brontekst 000, regels 121–122: Vreemdelingenrecht en Internationaal Familierecht',
      fr: 'texte source 000, lignes 121–122 : Vreemdelingenrecht en Internationaal Familierecht',
      de: 'Ausgangstext 000, Zeilen 121–122: Vreemdelingenrecht en Internationaal Familierecht',
      en: 'source text 000, lines 121–122: Vreemdelingenrecht en Internationaal Familierecht',
    };
    for (const locale of locales) {
      const element = await mount({
        prefix,
        lang: locale,
        hash: `#${prefix}/item/foreigners-law-and-international-family-law`,
      });
      const citations = [...root(element).querySelectorAll('[part="citation"]')];
      expect(citations).to.have.length(2);
      expect(textOf(element, '[part="citation"]')).to.equal(said[locale]);
      expect(citations[0]?.getAttribute('data-lines')).to.equal('121-122');
      expect(citations[1]?.getAttribute('data-seed')).to.equal('004');
      expect(citations[0]?.querySelector('q')?.getAttribute('lang')).to.equal('nl');
      await expect(element).to.be.accessible();
    }
  });

  it('leaves a fragment that is not its own alone, keeping the view it shows', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy` });
    await follow(element, '#case=demo-testdorp');
    expect(resultIds(element)).to.deep.equal(['buddy-scheme']);
    expect(location.hash).to.equal('#case=demo-testdorp');
    await expect(element).to.be.accessible();
  });

  it('keeps two catalogues on one page apart by their prefixes', async () => {
    const other = freshPrefix();
    try {
      const first = await mount({ prefix, hash: `#${other}?q=buddy` });
      const second = await mount({ prefix: other });
      expect(resultIds(second)).to.deep.equal(['buddy-scheme']);
      expect(resultIds(first)).to.have.length(catalogue.length);
      await follow(first, `#${prefix}/item/cbe`);
      await second.updateComplete;
      expect(textOf(first, '[part="item-heading"]')).to.equal('CBE');
      expect(resultIds(second), 'not addressed: unchanged').to.deep.equal(['buddy-scheme']);
      await expect(first).to.be.accessible();
    } finally {
      cleanUp(other);
    }
  });

  it('writes its first state after the host page’s fragment as a new entry, so back returns to the host’s', async () => {
    const element = await mount({ prefix, hash: '#case=demo-testdorp' });
    // Counted by the calls, not by history.length: Chromium keeps at most 50 entries per tab,
    // which a whole test run reaches.
    const pushState = history.pushState.bind(history);
    let pushed = 0;
    history.pushState = (...args: Parameters<History['pushState']>) => {
      pushed += 1;
      pushState(...args);
    };
    try {
      await setField(element, '#search-q', 'buddy');
      expect(pushed).to.equal(1);
      await setField(element, '#search-q', 'buddy sch');
      expect(pushed, 'typing refines the same entry').to.equal(1);
    } finally {
      history.pushState = pushState;
    }
    expect(location.hash).to.equal(`#${prefix}?q=buddy+sch`);
    await expect(element).to.be.accessible();
  });

  const unknownItem = {
    nl: 'Dit onderdeel staat niet in de catalogus: „no-such-item”. Misschien is de link oud of onvolledig; zoek het hieronder.',
    fr: 'Cet élément n’est pas dans le catalogue : « no-such-item ». Le lien est peut-être ancien ou incomplet ; cherchez-le ci-dessous.',
    de: 'Dieser Eintrag steht nicht im Katalog: „no-such-item“. Vielleicht ist der Link alt oder unvollständig; suchen Sie ihn unten.',
    en: 'This item is not in the catalogue: “no-such-item”. The link may be old or incomplete; search for it below.',
  };
  for (const locale of locales) {
    it(`says so in ${locale} when a link names an item the catalogue does not have, and offers the search`, async () => {
      const element = await mount({ prefix, lang: locale, hash: `#${prefix}/item/no-such-item` });
      const problem = root(element).querySelector('[part="link-problem"]');
      expect(problem?.getAttribute('role')).to.equal('alert');
      expect(textOf(element, '[part="link-problem"]')).to.equal(unknownItem[locale]);
      expect(resultIds(element)).to.have.length(catalogue.length);
      await expect(element).to.be.accessible();
    });
  }

  it('names a filter of a link the core refuses and shows the rest of the search', async () => {
    const element = await mount({ prefix, hash: `#${prefix}?q=buddy&step=Z` });
    expect(textOf(element, '[part="link-problem"]')).to.equal(
      'This link has filters the catalogue does not know; they were left out: Step of the step plan “Z”.',
    );
    expect(resultIds(element)).to.deep.equal(['buddy-scheme']);
    await expect(element).to.be.accessible();
  });

  it('says when a link leads to no part of the catalogue', async () => {
    const element = await mount({ prefix, lang: 'nl', hash: `#${prefix}/elders` });
    expect(textOf(element, '[part="link-problem"]')).to.equal(
      'Deze link wijst naar geen deel van de catalogus („elders”). Hieronder kunt u zoeken.',
    );
    await expect(element).to.be.accessible();
  });
});

describe('<opvang-catalogue>: the referral map', () => {
  let prefix = '';
  beforeEach(() => {
    prefix = freshPrefix();
  });
  afterEach(() => {
    cleanUp(prefix);
  });

  const school = {
    nl: ['2 diensten gevonden', 'Wanneer en hoe', 'Bij vragen over studiekeuze'],
    fr: ['2 services trouvés', 'Quand et comment', "Pour le choix d'études"],
    de: ['2 Dienste gefunden', 'Wann und wie', 'Bei Fragen'],
    en: ['2 services found', 'When and how', 'For study choice'],
  } as const;
  for (const locale of locales) {
    it(`answers "where do I go with this question?" in ${locale}: the service, what it is, when and how`, async () => {
      const element = await mount({ prefix, lang: locale, hash: `#${prefix}/referrals` });
      await setField(element, '#filter-question', 'school');
      const [found, when, start] = school[locale];
      expect(textOf(element, '[part="status"]')).to.equal(found);
      const ids = [...root(element).querySelectorAll('[part="referral"]')].map((node) =>
        node.getAttribute('data-referral-id'),
      );
      expect(ids).to.deep.equal(['clb', 'school']);
      expect(textOf(element, '[part="referral"] dt:nth-of-type(2)')).to.equal(when);
      expect(textOf(element, '[part="referral"] dd:nth-of-type(2)').startsWith(start)).to.equal(
        true,
      );
      expect(location.hash).to.equal(`#${prefix}/referrals?question=school`);
      await expect(element).to.be.accessible();
    });
  }

  it('finds a service by a word in another language, and points to the drop-in moment when nothing fits', async () => {
    const element = await mount({
      prefix,
      lang: 'en',
      hash: `#${prefix}/referrals?q=mutualit%C3%A9`,
    });
    expect(textOf(element, '[part="referral-name"]')).to.equal('ziekenfonds / mutualiteit');
    await setField(element, '#referral-q', 'qqqqqq');
    expect(textOf(element, '[part="status"]')).to.equal(
      '0 services found. No service found. Choose “not sure where to go”: the question is answered or referred there.',
    );
    await expect(element).to.be.accessible();
  });
});
