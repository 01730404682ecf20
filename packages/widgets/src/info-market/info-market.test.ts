import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { OpvangInfoMarket } from './info-market.js';
import { calendarChunk } from './calendar-loader.js';
import { captureConsole } from '../shared/test-support/console.js';

function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The calendar link once its file is there: the writer is loaded when a visitor moves to the
 * link, so focus it and wait for the `blob:` URL.
 */
async function readyCalendarLink(element: OpvangInfoMarket): Promise<HTMLAnchorElement> {
  const link = () => element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]');
  link()?.focus();
  await waitUntil(() => link()?.href.startsWith('blob:'), 'the calendar file was made');
  return link() as HTMLAnchorElement;
}

const realNow = Date.now.bind(Date);
/** Sets the clock the widget reads (`Date.now`) to `iso`, from where it keeps running. */
function setClock(iso: string): void {
  const offset = Date.parse(iso) - realNow();
  Date.now = () => realNow() + offset;
}

describe('<opvang-info-market>', () => {
  // The markets below are in 2025: by default, read them from a day before, when they are ahead.
  beforeEach(() => setClock('2025-01-01T12:00:00+01:00'));
  afterEach(() => (Date.now = realNow));

  it('shows when and where in Dutch by default, in Brussels time', async () => {
    const element = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring" address="Kerkstraat 1, 2000 Antwerpen"></opvang-info-market>
    `);
    const text = shadowText(element);
    expect(text).to.contain('Infomarkt');
    expect(text).to.contain('vrijdag 14 maart 2025');
    expect(text).to.match(/19:00\s?–\s?21:00/);
    expect(text).to.contain('Zaal De Kring');
    expect(text).to.contain('Kerkstraat 1, 2000 Antwerpen');
    expect(text).to.contain('geen panelgesprek');
    const time = element.shadowRoot?.querySelector('time');
    expect(time?.getAttribute('datetime')).to.equal('2025-03-14T19:00:00.000+01:00');
    await expect(element).to.be.accessible();
  });

  it('exposes a heading whose level the page can set', async () => {
    const element = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market heading-level="3" start="2025-03-14T19:00" place="Zaal De Kring"></opvang-info-market>
    `);
    const heading = element.shadowRoot?.querySelector('[role="heading"]');
    expect(heading?.getAttribute('aria-level')).to.equal('3');
    expect(heading?.textContent).to.equal('Infomarkt');
  });

  it('falls back to heading level 2 with a warning when the level is out of range', async () => {
    const warnings = captureConsole('warn');
    try {
      const element = await fixture<OpvangInfoMarket>(html`
        <opvang-info-market heading-level="9" start="2025-03-14T19:00" place="Zaal"></opvang-info-market>
      `);
      expect(
        element.shadowRoot?.querySelector('[role="heading"]')?.getAttribute('aria-level'),
      ).to.equal('2');
      expect(String(warnings.calls[0]?.[0])).to.contain('heading-level must be 1 to 6');
    } finally {
      warnings.restore();
    }
  });

  it('follows the lang of its nearest ancestor', async () => {
    const wrapper = await fixture(html`
      <div lang="fr-BE"><opvang-info-market start="2025-03-14T19:00" place="Salle Le Cercle"></opvang-info-market></div>
    `);
    const element = wrapper.querySelector('opvang-info-market') as OpvangInfoMarket;
    await elementUpdated(element);
    expect(shadowText(element)).to.contain('Marché d’information');
    expect(shadowText(element)).to.contain('vendredi 14 mars 2025');
    await expect(element).to.be.accessible();
  });

  it('switches language at run time when a lang attribute changes', async () => {
    const wrapper = await fixture(html`
      <div lang="nl"><opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market></div>
    `);
    const element = wrapper.querySelector('opvang-info-market') as OpvangInfoMarket;
    wrapper.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Informationsmarkt');
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Information market');
    expect(shadowText(element)).to.contain('not a panel discussion');
  });

  it('shows an accessible message and logs the problem when the attributes are invalid', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangInfoMarket>(
        html`<opvang-info-market start="next Friday"></opvang-info-market>`,
      );
      const message = element.shadowRoot?.querySelector('[part="error"]');
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(message?.textContent).to.contain('kan niet getoond worden');
      expect(element.market).to.equal(undefined);
      const logged = String(errors.calls[0]?.[0]);
      expect(logged).to.contain('<opvang-info-market>');
      expect(logged).to.contain('start');
      expect(logged).to.contain('place');
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('recovers when the attributes are corrected', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangInfoMarket>(
        html`<opvang-info-market start="2025-03-14T19:00"></opvang-info-market>`,
      );
      expect(element.shadowRoot?.querySelector('[part="error"]')).to.exist;
      element.setAttribute('place', 'Zaal De Kring');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('[part="error"]')).to.equal(null);
      expect(element.market?.place).to.equal('Zaal De Kring');
    } finally {
      errors.restore();
    }
  });

  it('says when the end lies before the start', async () => {
    const errors = captureConsole('error');
    try {
      await fixture(
        html`<opvang-info-market start="2025-03-14T21:00" end="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
      );
      expect(String(errors.calls[0]?.[0])).to.contain('end: ends before it starts');
    } finally {
      errors.restore();
    }
  });

  it('offers an .ics download of the market in the widget language, made in the browser', async () => {
    const element = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market lang="en" start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring" address="Kerkstraat 1"></opvang-info-market>
    `);
    const link = await readyCalendarLink(element);
    expect(link?.textContent?.trim()).to.equal('Add to your calendar (.ics file)');
    expect(link?.getAttribute('download')).to.equal('information-market-2025-03-14.ics');
    expect(link?.href).to.match(/^blob:/);
    const file = await (await fetch(link?.href ?? '')).text();
    expect(file).to.contain('DTSTART;TZID=Europe/Brussels:20250314T190000');
    expect(file).to.contain('DTEND;TZID=Europe/Brussels:20250314T210000');
    expect(file).to.contain('SUMMARY;LANGUAGE=en:Information market');
    expect(file).to.contain('LOCATION;LANGUAGE=en:Zaal De Kring\\, Kerkstraat 1');
    await expect(element).to.be.accessible();
  });

  it('replaces and revokes the download when the language changes or the element leaves the page', async () => {
    const element = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market lang="nl" start="2025-03-14T19:00" place="Zaal De Kring"></opvang-info-market>
    `);
    const link = () =>
      element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]')?.href ?? '';
    const dutch = (await readyCalendarLink(element)).href;
    expect(await (await fetch(dutch)).text()).to.contain('SUMMARY;LANGUAGE=nl:Infomarkt');
    element.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    const german = link();
    expect(german).to.not.equal(dutch);
    expect(await (await fetch(german)).text()).to.contain('SUMMARY;LANGUAGE=de:Informationsmarkt');
    let revoked = false;
    await fetch(dutch).catch(() => (revoked = true));
    expect(revoked, 'the Dutch file is revoked').to.equal(true);
    element.remove();
    revoked = false;
    await fetch(german).catch(() => (revoked = true));
    expect(revoked, 'the file is revoked when the element is removed').to.equal(true);
  });

  it('offers the download again when it is moved back onto the page', async () => {
    const element = await fixture<OpvangInfoMarket>(
      html`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
    );
    await readyCalendarLink(element);
    const parent = element.parentElement as HTMLElement;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    const href =
      element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]')?.href ?? '';
    expect(href).to.match(/^blob:/);
    expect(await (await fetch(href)).text()).to.contain('BEGIN:VCALENDAR');
  });

  it('loads the iCalendar writer only when a visitor reaches for the link', async () => {
    const load = calendarChunk.load;
    let loads = 0;
    calendarChunk.load = () => {
      loads += 1;
      return load();
    };
    try {
      const element = await fixture<OpvangInfoMarket>(
        html`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
      );
      const link = element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]');
      expect(loads, 'nothing loaded at first').to.equal(0);
      expect(link?.href).to.not.match(/^blob:/);
      link?.dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => link?.href.startsWith('blob:'), 'made on pointing at the link');
      expect(loads).to.equal(1);
    } finally {
      calendarChunk.load = load;
    }
  });

  it('activated before the writer is there: holds the click and downloads once it is', async () => {
    const element = await fixture<OpvangInfoMarket>(
      html`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
    );
    const link = element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]');
    const clicks: { href: string; prevented: boolean }[] = [];
    // Listens after the widget's own handler, and keeps the test page from downloading.
    link?.addEventListener('click', (event) => {
      clicks.push({ href: link.href, prevented: event.defaultPrevented });
      event.preventDefault();
    });
    link?.click();
    await waitUntil(() => clicks.length === 2, 'the link is followed again with its file');
    expect(clicks[0]?.prevented, 'the first click waits for the file').to.equal(true);
    expect(clicks[1]?.href).to.match(/^blob:/);
    expect(await (await fetch(clicks[1]?.href ?? '')).text()).to.contain('BEGIN:VCALENDAR');
  });

  it('says so when the writer cannot be loaded (offline), and tries again on the next click', async () => {
    const load = calendarChunk.load;
    calendarChunk.load = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const element = await fixture<OpvangInfoMarket>(
        html`<opvang-info-market lang="en" start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
      );
      const link = () => element.shadowRoot?.querySelector<HTMLAnchorElement>('a[part="calendar"]');
      link()?.addEventListener('click', (event) => event.preventDefault());
      link()?.click();
      const alert = () => element.shadowRoot?.querySelector('[part="calendar-error"]');
      await waitUntil(() => alert(), 'an alert');
      expect(alert()?.getAttribute('role')).to.equal('alert');
      expect(alert()?.textContent).to.equal(
        'The calendar file could not be made: there is no connection. Please try again.',
      );
      expect(link()?.href).to.not.match(/^blob:/);
      await expect(element).to.be.accessible();
      calendarChunk.load = load;
      link()?.click();
      await waitUntil(() => link()?.href.startsWith('blob:'), 'made on the second try');
      await element.updateComplete;
      expect(alert()).to.equal(null);
    } finally {
      calendarChunk.load = load;
    }
  });

  it('marks its text with the language it is shown in', async () => {
    const wrapper = await fixture(
      html`<div lang="ar" dir="rtl"><opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market></div>`,
    );
    const element = wrapper.querySelector('opvang-info-market') as OpvangInfoMarket;
    await element.updateComplete;
    expect(element.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang')).to.equal('nl');
  });

  it('withdraws the download when the attributes become invalid', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangInfoMarket>(
        html`<opvang-info-market start="2025-03-14T19:00" place="Zaal"></opvang-info-market>`,
      );
      const { href } = await readyCalendarLink(element);
      element.setAttribute('start', 'morgen');
      await element.updateComplete;
      expect(element.shadowRoot?.querySelector('a[part="calendar"]')).to.equal(null);
      let revoked = false;
      await fetch(href).catch(() => (revoked = true));
      expect(revoked).to.equal(true);
    } finally {
      errors.restore();
    }
  });

  it('says that a past market took place, in four languages, and offers no calendar file', async () => {
    setClock('2025-03-15T09:00:00+01:00');
    const expected = {
      nl: 'Deze infomarkt heeft al plaatsgevonden.',
      fr: "Ce marché d'information a déjà eu lieu.",
      de: 'Dieser Informationsmarkt hat bereits stattgefunden.',
      en: 'This information market has already taken place.',
    };
    for (const [lang, sentence] of Object.entries(expected)) {
      const element = await fixture<OpvangInfoMarket>(html`
        <opvang-info-market lang=${lang} start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring"></opvang-info-market>
      `);
      expect(shadowText(element), lang).to.contain(sentence);
      expect(element.shadowRoot?.querySelector('[part~="calendar"]'), lang).to.equal(null);
      expect(element.shadowRoot?.querySelector('time')?.getAttribute('datetime')).to.equal(
        '2025-03-14T19:00:00.000+01:00',
      );
      await expect(element).to.be.accessible();
    }
  });

  it('is still ahead until it ends; without an end, until the end of its day in Brussels', async () => {
    setClock('2025-03-14T20:59:00+01:00');
    const evening = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring"></opvang-info-market>
    `);
    expect(evening.shadowRoot?.querySelector('[part~="calendar"]')).to.not.equal(null);
    expect(shadowText(evening)).to.not.contain('plaatsgevonden');
    setClock('2025-07-03T23:59:00+02:00');
    const noEnd = await fixture<OpvangInfoMarket>(
      html`<opvang-info-market start="2025-07-03T18:30" place="Kulturzentrum"></opvang-info-market>`,
    );
    expect(noEnd.shadowRoot?.querySelector('[part~="calendar"]')).to.not.equal(null);
    setClock('2025-07-04T00:00:00+02:00');
    const nextDay = await fixture<OpvangInfoMarket>(
      html`<opvang-info-market start="2025-07-03T18:30" place="Kulturzentrum"></opvang-info-market>`,
    );
    expect(shadowText(nextDay)).to.contain('plaatsgevonden');
  });

  it('changes to "took place" when the market ends while the page is open', async () => {
    setClock('2025-03-14T20:59:59.700+01:00');
    const element = await fixture<OpvangInfoMarket>(html`
      <opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00" place="Zaal De Kring"></opvang-info-market>
    `);
    expect(element.shadowRoot?.querySelector('[part~="calendar"]')).to.not.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await element.updateComplete;
    expect(shadowText(element)).to.contain('plaatsgevonden');
    expect(element.shadowRoot?.querySelector('[part~="calendar"]')).to.equal(null);
  });
});
