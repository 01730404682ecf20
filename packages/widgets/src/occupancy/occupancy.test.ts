import { expect, fixture, waitUntil } from '@open-wc/testing';
import { requiredBuffer } from '@opvang/core/buffer';
import { locales } from '@opvang/core/i18n';
import { sendKeys } from '@web/test-runner-commands';
import { runWidgetBaseTests } from '../shared/test-support/widget-base-tests.js';
import { captureConsole } from '../shared/test-support/console.js';
import './define.js';
import { messages } from './messages.js';
import type { OpvangOccupancy } from './occupancy.js';
import { outlookMessages } from './outlook-messages.js';
import { projectionMessages } from './projection-messages.js';
import { testNetwork } from './test-support/network.js';

const WEEKS = 8;
const PATHS = 100;

async function mount(
  lang: string,
  network: unknown = testNetwork(),
  extra = '',
): Promise<OpvangOccupancy> {
  const element = await fixture<OpvangOccupancy>(
    `<opvang-occupancy lang="${lang}" weeks="${String(WEEKS)}" paths="${String(PATHS)}" ${extra}></opvang-occupancy>`,
  );
  element.network = network;
  await element.updateComplete;
  return element;
}

const root = (element: OpvangOccupancy) => element.shadowRoot as ShadowRoot;

runWidgetBaseTests({
  tag: 'opvang-occupancy',
  defaultLevel: 2,
  valid: { attributes: '', children: '' },
  invalid: { attributes: 'band-min="120"', children: '' },
});

describe('<opvang-occupancy>', () => {
  it('finds the same buffer as requiredBuffer, step by step over the projections it keeps', async () => {
    const element = await mount('en');
    const dashboard = element.dashboard;
    if (dashboard === undefined) throw new Error('no dashboard');
    const ours = dashboard.requirementNow(10);
    const theirs = requiredBuffer(
      dashboard.network,
      dashboard.policy,
      dashboard.settings.forecast,
      {
        maxProbabilityAbove: 0.1,
        paths: PATHS,
        seed: 1,
      },
    );
    expect(theirs.ok && theirs.value).to.deep.equal(ours);
  });

  it("shows a plan line's criterion scores and alternatives when asked, and says a person decides", async () => {
    const element = await mount('en');
    expect(root(element).querySelector('[part="decides"]')?.textContent).to.contain(
      'not a purely mathematical exercise',
    );
    // Said once, in the core's summary, not again in the widget's note above it.
    const plan = root(element).querySelector('[part="plan"]')?.textContent ?? '';
    expect(plan.split('a person decides').length - 1).to.equal(1);
    const line = root(element).querySelector('[part~="plan-line"]');
    expect(line?.querySelector('table')).to.equal(null);
    line?.querySelector('summary')?.click();
    await waitUntil(() => line?.querySelector('table[part="reasons"]'), 'the reasons');
    expect(line?.querySelector('tbody')?.textContent).to.contain('existing centre');
    expect(line?.querySelector('[part="alternatives"]')?.textContent).to.contain('Testcentrum');
    await expect(element).to.be.accessible();
  });

  it('says that a province it does not know cannot be shown, naming the attribute', async () => {
    const errors = captureConsole('error');
    try {
      const element = await mount('en', testNetwork(), 'province="atlantis"');
      const alert = root(element).querySelector('[part="error"]');
      expect(alert?.getAttribute('role')).to.equal('alert');
      expect(alert?.textContent).to.contain('province');
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('shows one municipality its own centres', async () => {
    const element = await mount('en', testNetwork(), 'municipality="Testdorp 3"');
    await waitUntil(
      () => root(element).querySelectorAll('[part="outlook"] tbody tr').length > 0,
      'the first batch of the estimate',
    );
    const rows = [...root(element).querySelectorAll('[part="outlook"] tbody tr')];
    const ids = testNetwork()
      .filter((centre) => centre.municipality === 'Testdorp 3')
      .map((centre) => centre.id);
    expect(rows.map((row) => row.getAttribute('data-centre'))).to.deep.equal(ids);
  });

  it('downloads the plan and the projection as CSV from Blob URLs, sending nothing', async () => {
    const element = await mount('en');
    const made: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    const originalFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('no request expected'));
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) made.push(blob);
      return original(blob);
    };
    const clicks: string[] = [];
    const listen = (event: Event) => {
      if (!(event.target instanceof HTMLAnchorElement)) return;
      clicks.push(event.target.download);
      event.preventDefault();
    };
    document.addEventListener('click', listen, true);
    try {
      root(element).querySelector<HTMLButtonElement>('[part="export-plan"]')?.click();
      root(element).querySelector<HTMLButtonElement>('[part="export-projection"]')?.click();
    } finally {
      URL.createObjectURL = original;
      globalThis.fetch = originalFetch;
      document.removeEventListener('click', listen, true);
    }
    expect(clicks).to.deep.equal(['opvang-plan.csv', 'opvang-projection.csv']);
    const [plan, projection] = await Promise.all(made.map((blob) => blob.text()));
    expect(plan).to.match(/\r\n/);
    expect(projection?.split('\r\n').filter((line) => line !== '')).to.have.length(WEEKS + 1);
  });

  for (const lang of locales) {
    describe(`in ${lang}`, () => {
      it('names the centre and the field of a bad network, in an alert, and passes axe', async () => {
        const errors = captureConsole('error');
        try {
          const bad = testNetwork();
          const first = bad[0];
          if (first === undefined) throw new Error('empty');
          bad[0] = { ...first, places: { generic: { active: 10, occupied: 20, buffer: 0 } } };
          const element = await mount(lang, bad);
          const alert = root(element).querySelector('[part="input-error"]');
          expect(alert?.getAttribute('role')).to.equal('alert');
          expect(alert?.textContent).to.contain(messages[lang].invalidNetwork);
          expect(alert?.textContent).to.contain('[0].places.generic.occupied');
          expect(alert?.textContent).to.contain('t-001');
          await expect(element).to.be.accessible();
        } finally {
          errors.restore();
        }
      });

      it('names the row and the column of a bad CSV row the planner picked', async () => {
        const errors = captureConsole('error');
        try {
          const element = await mount(lang, undefined);
          const csv = [
            'id;name;municipality;province;operator;operator.name;generic.active;generic.occupied;generic.buffer;cost.active;cost.buffer;activationLeadDays',
            'c-1;Een;Hasselt;limburg;federal;;100;90;10;50;10;14',
            'c-2;Twee;Genk;atlantis;federal;;100;90;10;50;10;14',
          ].join('\r\n');
          const input = root(element).querySelector<HTMLInputElement>('input[type="file"]');
          if (input === null) throw new Error('no file input');
          const files = new DataTransfer();
          files.items.add(new File([csv], 'network.csv', { type: 'text/csv' }));
          input.files = files.files;
          input.dispatchEvent(new Event('change'));
          await waitUntil(() => root(element).querySelector('[part="input-error"]'), 'the error');
          const alert = root(element).querySelector('[part="input-error"]');
          expect(alert?.getAttribute('role')).to.equal('alert');
          expect(alert?.textContent).to.contain('2');
          expect(alert?.textContent).to.contain('province');
          await expect(element).to.be.accessible();
        } finally {
          errors.restore();
        }
      });

      it('moves the risk tolerance from the keyboard and shows the buffer it needs', async () => {
        const element = await mount(lang);
        const slider = root(element).querySelector<HTMLInputElement>('#tolerance');
        if (slider === null) throw new Error('no slider');
        slider.focus();
        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;
        expect(slider.value).to.equal('6');
        const required = root(element).querySelector('[part="required"]');
        expect(required?.getAttribute('role')).to.equal('status');
        await waitUntil(
          () => element.dashboard?.requirement(6) !== undefined,
          'computed in idle time',
          {
            timeout: 8000,
          },
        );
        await element.updateComplete;
        const need = element.dashboard?.requirement(6);
        const words = projectionMessages[lang];
        expect(required?.textContent).to.not.contain(
          words.computing({ tolerance: '' }).slice(0, 12),
        );
        expect(need).to.not.equal(undefined);
        await expect(element).to.be.accessible();
      });

      it('offers every chart as a table and its points from the keyboard, one tab stop', async () => {
        const element = await mount(lang);
        const fan = root(element).querySelector('[data-chart="fan"]');
        const details = fan?.querySelector('details');
        if (!details) throw new Error('no table');
        expect(fan?.querySelectorAll('tbody tr')).to.have.length(0);
        details.querySelector('summary')?.click();
        await waitUntil(
          () => fan?.querySelectorAll('tbody tr').length === WEEKS,
          'the rows, once open',
        );
        expect(fan?.querySelector('thead')?.textContent).to.contain(projectionMessages[lang].p50);
        const points = fan?.querySelectorAll('[data-point]') ?? [];
        expect(
          [...points].filter((point) => point.getAttribute('tabindex') === '0'),
        ).to.have.length(1);
        (points[0] as SVGElement).focus();
        await sendKeys({ press: 'ArrowRight' });
        await element.updateComplete;
        const focused = root(element).activeElement;
        expect(focused?.getAttribute('data-point')).to.equal('1');
        expect(focused?.getAttribute('aria-label')).to.contain(
          projectionMessages[lang].weekNumber({ week: '2' }),
        );
        await sendKeys({ press: 'End' });
        await element.updateComplete;
        expect(root(element).activeElement?.getAttribute('data-point')).to.equal(String(WEEKS - 1));
        await expect(element).to.be.accessible();
      });

      it('shows a municipality its own province, read only', async () => {
        const element = await mount(lang, testNetwork(), 'province="limburg"');
        const outlook = root(element).querySelector('[part="outlook"]');
        expect(outlook?.textContent).to.contain(outlookMessages[lang].readOnly);
        await waitUntil(
          () => root(element).querySelectorAll('[part="outlook"] tbody tr').length > 0,
          'the first batch of the estimate',
        );
        const rows = [...root(element).querySelectorAll('[part="outlook"] tbody tr')];
        expect(rows.every((row) => row.textContent?.includes('%'))).to.equal(true);
        const limburg = testNetwork().filter((centre) => centre.province === 'limburg');
        expect(rows.map((row) => row.getAttribute('data-centre'))).to.deep.equal(
          limburg.map((centre) => centre.id),
        );
        expect(root(element).querySelector('input, form, button')).to.equal(null);
        await expect(element).to.be.accessible();
      });
    });
  }
});
