import { expect, fixture, html } from '@open-wc/testing';
import { findMessageGaps, locales } from '@opvang/core/i18n';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { captureConsole } from '../shared/test-support/console.js';
import { forcedColors } from '../shared/test-support/commands.js';
import type { OpvangDeployments } from './deployments.js';
import './define.js';
import { categoryLabels, messages } from './messages.js';

async function mount(attributes: Partial<Record<string, string>> = {}): Promise<OpvangDeployments> {
  const element = await fixture<OpvangDeployments>(html`<opvang-deployments
    lang=${attributes.lang ?? 'en'}
    province=${attributes.province ?? ''}
    year=${attributes.year ?? ''}
    state=${attributes.state ?? ''}
  ></opvang-deployments>`);
  await element.updateComplete;
  return element;
}

const root = (element: OpvangDeployments): ShadowRoot => {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
};
const points = (element: OpvangDeployments) => [...root(element).querySelectorAll('[data-point]')];
const cells = (element: OpvangDeployments, year: number) =>
  [...root(element).querySelectorAll(`[part="per-year"] tr[data-year="${String(year)}"] td`)].map(
    (td) => td.textContent?.trim(),
  );

async function choose(element: OpvangDeployments, name: string, value: string): Promise<void> {
  const select = root(element).querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (select === null) throw new Error(name);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

describe('<opvang-deployments>', () => {
  it('draws the 31 entries as a timeline per province, each date as what it is, and passes axe', async () => {
    const element = await mount();
    expect(points(element)).to.have.length(31);
    const r = root(element);
    expect([...r.querySelectorAll('.province')].map((t) => t.textContent)).to.deep.equal([
      'Antwerp (4)',
      'Flemish Brabant (9)',
      'West Flanders (10)',
      'Limburg (3)',
      'East Flanders (5)',
    ]);
    const entry = (id: string) => r.querySelector(`[data-id="${id}"]`);
    expect(entry('000:78')?.querySelector('.mark.day')).to.exist; // Zoutleeuw, a day: a tick
    expect(entry('000:75')?.querySelector('rect.mark.month')).to.exist; // Berlaar, a month
    expect(entry('000:82')?.querySelector('rect.mark.part-of-month')).to.exist; // Machelen, eind mei
    expect(entry('000:100')?.querySelector('rect.mark.year.closing')).to.exist; // Bilzen, closed in 2020
    expect(entry('000:81')?.querySelectorAll('.mark.alternative')).to.have.length(2); // Dilbeek
    expect(entry('000:85')?.querySelector('.mark.announced.expected')).to.exist; // Grimbergen
    expect(entry('000:107')?.querySelector('.mark.announced.provisional')).to.exist;
    expect(entry('000:97')?.querySelector('.mark.announced.reopening')).to.exist;
    expect(entry('000:85')?.querySelector('.tag')?.textContent).to.equal('Expected');
    // A reported closure is a line; an undated one dotted; no closure reported has no line at all.
    expect(entry('000:73')?.querySelector('.span:not(.undated)')).to.exist;
    expect(entry('000:99')?.querySelector('.span.undated')).to.exist;
    expect(entry('000:75')?.querySelector('.span')).to.equal(null);
    expect(entry('000:75')?.classList.contains('none-reported')).to.equal(true);
    // The legend draws each kind of mark beside its words.
    const legend = [...r.querySelectorAll('[part="legend"] li')];
    expect(legend).to.have.length(8);
    for (const item of legend) expect(item.querySelector('svg.sample .mark')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('is one tab stop whose arrow keys move between entries, each announcing its reading, source text and notes', async () => {
    const element = await mount();
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    try {
      before.focus();
      for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
      const r = root(element);
      expect(r.activeElement?.getAttribute('data-id')).to.equal('000:73');
      expect(points(element).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(r.activeElement?.getAttribute('data-id')).to.equal('000:74');
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(r.activeElement?.getAttribute('data-id')).to.equal('000:107');
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      await sendKeys({ press: 'ArrowUp' });
      await element.updateComplete;
      expect(r.activeElement?.getAttribute('data-id')).to.equal('000:73');
      const bekkevoort = r.querySelector('[data-id="000:79"]')?.getAttribute('aria-label') ?? '';
      expect(bekkevoort).to.contain('Bekkevoort, Flemish Brabant.');
      expect(bekkevoort).to.contain(
        'date of deployment: 19 December 2019; closed: 13 February 2021',
      );
      expect(bekkevoort).to.contain('Source text: “19.12.2019 - gesloten 13.02.2021”.');
      expect(bekkevoort).to.contain('Probably a typo in the source');
      const dilbeek = r.querySelector('[data-id="000:81"]')?.getAttribute('aria-label') ?? '';
      expect(dilbeek).to.contain('December 2021 or February 2022');
      expect(dilbeek).to.contain('No closure reported (not: open)');
      const machelen = r.querySelector('[data-id="000:82"]')?.getAttribute('aria-label') ?? '';
      expect(machelen).to.contain('late May 2022 (days 21 to 31)');
    } finally {
      before.remove();
    }
  });

  it('counts per province 4/9/10/3/5 and per year with ranges, expected and provisional apart', async () => {
    const element = await mount();
    const r = root(element);
    expect(
      [...r.querySelectorAll('[part="per-province"] tbody td')].map((td) => td.textContent),
    ).to.deep.equal(['4', '9', '10', '3', '5']);
    expect(cells(element, 2019)).to.deep.equal(['5', '0', '0', '0']);
    expect(cells(element, 2021)).to.deep.equal(['4 to 5', '0', '0', '0']);
    expect(cells(element, 2022)).to.deep.equal(['5 to 6', '0', '0', '0']);
    expect(cells(element, 2023)).to.deep.equal(['6', '2', '1', '0 to 1']);
    const summary = r.querySelector('[part="summary"]')?.textContent ?? '';
    expect(summary).to.contain('31 deployments in 5 provinces');
    expect(summary).to.contain('2021: 4 to 5; 2022: 5 to 6; 2023: 6');
    expect(summary).to.contain(
      'Announced, not yet happened: expected 2, subject to confirmation 1, reopening 1.',
    );
  });

  it('has a table with every raw source text next to its reading, its EDTF and its notes', async () => {
    const element = await mount();
    const rows = [...root(element).querySelectorAll('[part="entries"] tbody tr')];
    expect(rows).to.have.length(31);
    const spl = root(element).querySelector('[part="entries"] tr[data-id="000:83"]');
    expect(spl?.querySelector('q')?.textContent).to.equal('15.02.2023-23.02.2023 ');
    expect(spl?.querySelector('code')?.textContent).to.equal('2023-02-15/2023-02-23');
    const bredene = root(element).querySelector('[part="entries"] tr[data-id="000:97"]');
    expect(bredene?.textContent).to.contain('Possibly a typo in the source');
    expect(bredene?.textContent).to.contain('Date after the month of the question');
    expect(bredene?.querySelector('code')?.textContent).to.equal('2024-11?');
  });

  it('filters by province, year (certainly or possibly in it) and state, and counts what is shown', async () => {
    const element = await mount();
    await choose(element, 'province', 'limburg');
    expect(points(element)).to.have.length(3);
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain(
      '3 of 31 deployments shown.',
    );
    await choose(element, 'province', '');
    await choose(element, 'year', '2021');
    expect(points(element).map((p) => p.getAttribute('data-id'))).to.include('000:81');
    expect(points(element)).to.have.length(5);
    expect(root(element).querySelector('[part="status"]')?.textContent).to.contain(
      'Of these, 1 possibly in 2021: the date also allows another year.',
    );
    await choose(element, 'year', '');
    await choose(element, 'state', 'expected');
    expect(points(element).map((p) => p.getAttribute('data-id'))).to.deep.equal([
      '000:85',
      '000:96',
    ]);
    await choose(element, 'province', 'antwerpen');
    expect(points(element)).to.have.length(0);
    expect(root(element).querySelector('[part="status"]')?.textContent?.trim()).to.equal(
      messages.en.noMatch,
    );
    await expect(element).to.be.accessible();
  });

  it('takes its first filters from attributes, and shows a bad one as an accessible message', async () => {
    const element = await mount({ province: 'west-vlaanderen', state: 'reopening' });
    expect(points(element).map((p) => p.getAttribute('data-id'))).to.deep.equal(['000:97']);
    expect(
      [...root(element).querySelectorAll('select[name="year"] option')].map((o) => o.textContent),
    ).to.deep.equal(['All', '2019', '2020', '2021', '2022', '2023', '2024']);
    const early = await mount({ year: '2017' });
    expect(root(early).querySelector<HTMLSelectElement>('select[name="year"]')?.value).to.equal(
      '2017',
    );
    expect(points(early)).to.have.length(0);
    const errors = captureConsole('error');
    try {
      const bad = await mount({ province: 'brabant' });
      const alert = root(bad).querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('province="brabant"');
      expect(String(errors.calls[0]?.[0])).to.contain('<opvang-deployments>');
      await expect(bad).to.be.accessible();
      const span = await fixture<OpvangDeployments>(
        html`<opvang-deployments lang="nl" from="2023" to="2019"></opvang-deployments>`,
      );
      expect(root(span).querySelector('[role="alert"]')?.textContent).to.contain('from="2023"');
    } finally {
      errors.restore();
    }
  });

  it('exports the shown entries as CSV and EDTF from a Blob URL, sending nothing', async () => {
    const element = await mount({ province: 'limburg' });
    const blobs: Blob[] = [];
    const create = URL.createObjectURL.bind(URL);
    const fetches: unknown[] = [];
    const realFetch = globalThis.fetch;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return create(blob);
    };
    globalThis.fetch = (...args: Parameters<typeof fetch>) => {
      fetches.push(args);
      return realFetch(...args);
    };
    try {
      const [csv, edtf] = [
        ...root(element).querySelectorAll<HTMLButtonElement>('[part="export"] button'),
      ];
      csv?.click();
      edtf?.click();
      await element.updateComplete;
      expect(blobs).to.have.length(2);
      const csvText = (await blobs[0]?.text()) ?? '';
      expect(csvText.split('\r\n')).to.have.length(5); // header, Limburg's 3 entries, and the final CRLF
      expect(csvText).to.contain('uitbreiding januari 2020 - gesloten');
      const json = JSON.parse((await blobs[1]?.text())?.replace(/^\uFEFF/u, '') ?? '[]') as {
        edtf: string;
      }[];
      expect(json.map((e) => e.edtf)).to.deep.equal(['2020-01/', '2019-12/2020', '2021-11']);
      expect(fetches).to.have.length(0);
      expect(root(element).querySelector('.exported')?.textContent).to.contain(
        'deployments-edtf.json',
      );
    } finally {
      URL.createObjectURL = create;
      globalThis.fetch = realFetch;
    }
  });

  it('has every text in nl, fr, de and en', () => {
    expect(findMessageGaps(messages)).to.deep.equal([]);
    expect(findMessageGaps(categoryLabels)).to.deep.equal([]);
  });

  for (const lang of locales) {
    it(`speaks ${lang}`, async () => {
      const element = await mount({ lang });
      const r = root(element);
      expect(r.querySelector('[part="heading"]')?.textContent).to.equal(messages[lang].heading);
      expect(r.querySelector('figcaption')?.textContent).to.equal(messages[lang].timeline);
      expect(r.querySelector('label')?.textContent).to.equal(messages[lang].province);
      expect(r.querySelector('[part="summary"]')?.textContent).to.contain('2021: 4');
    });
  }

  it('stays usable at 400% zoom (320 px) and in forced colours, and prints its tables', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const element = await mount();
      const r = root(element);
      const base = r.querySelector('[part="base"]');
      expect(base?.scrollWidth).to.be.at.most((base?.clientWidth ?? 0) + 1);
      // Narrow: the places stand above their marks, and the tables become blocks.
      expect(r.querySelector('svg.drawing')?.classList.contains('narrow')).to.equal(true);
      for (const element of r.querySelectorAll('*'))
        expect(element.scrollWidth - element.clientWidth, element.localName).to.be.at.most(0);
      const cell = r.querySelector('[part="entries"] td[data-label]');
      expect(cell && getComputedStyle(cell, '::before').content).to.equal('"Province: "');
      const mark = r.querySelector('.mark.month');
      if (mark === null || base === null) throw new Error('no mark');
      expect(getComputedStyle(mark).fill).to.equal('rgb(11, 83, 148)');
      await forcedColors(true);
      // The marks take the system's text colour, as the text does.
      expect(getComputedStyle(mark).fill).to.equal(getComputedStyle(base).color);
      expect(getComputedStyle(mark).fill).to.not.equal('rgb(11, 83, 148)');
      await expect(element).to.be.accessible();
      await forcedColors(false);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(r.querySelector('[part="filters"]') as Element).display).to.equal(
        'none',
      );
      expect(r.querySelector('[part="table"]')?.hasAttribute('open')).to.equal(true);
    } finally {
      await forcedColors(false);
      await emulateMedia({ media: 'screen' });
      await setViewport({ width: 800, height: 600 });
    }
  });
});
