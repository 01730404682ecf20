import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { forcedColors } from '../shared/test-support/commands.js';
import '../occupancy/define.js';
import type { OpvangOccupancy } from '../occupancy/occupancy.js';
import { testNetwork } from '../occupancy/test-support/network.js';

async function dashboard(): Promise<OpvangOccupancy> {
  const element = await fixture<OpvangOccupancy>(
    '<opvang-occupancy lang="en" weeks="8" paths="100"></opvang-occupancy>',
  );
  element.network = testNetwork();
  await element.updateComplete;
  return element;
}

const shadow = (element: OpvangOccupancy) => element.shadowRoot as ShadowRoot;

describe('the charts', () => {
  afterEach(async () => {
    await forcedColors(false);
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('draw the band, the fan and the median with no inline style, as a strict CSP asks', async () => {
    const element = await dashboard();
    const fan = shadow(element).querySelector('[data-chart="fan"]');
    expect(fan?.querySelector('rect.band')).to.not.equal(null);
    expect(fan?.querySelectorAll('line.band-edge')).to.have.length(2);
    expect(fan?.querySelector('path.fan')?.getAttribute('d')).to.match(/^M/);
    expect(fan?.querySelector('path.middle')?.getAttribute('d')).to.match(/^M/);
    expect(shadow(element).querySelectorAll('[style]')).to.have.length(0);
    expect(shadow(element).querySelectorAll('style')).to.have.length(0);
  });

  it('keep their lines and the band visible in forced colours', async () => {
    const element = await dashboard();
    await forcedColors(true);
    const edge = shadow(element).querySelector('line.band-edge') as SVGElement;
    const middle = shadow(element).querySelector('path.middle') as SVGElement;
    expect(getComputedStyle(edge).strokeDasharray).to.not.equal('none');
    expect(getComputedStyle(middle).stroke).to.not.equal('none');
    expect(getComputedStyle(middle).stroke).to.not.equal(getComputedStyle(element).backgroundColor);
  });

  it('reflow at 400% zoom: a 320 px wide screen, no sideways scrolling of the page', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await dashboard();
    const base = shadow(element).querySelector('[part="base"]') as HTMLElement;
    const svg = shadow(element).querySelector('[data-chart="fan"] svg') as SVGSVGElement;
    expect(svg.getBoundingClientRect().width).to.be.at.most(base.clientWidth);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('print within an A4 page with their tables', async () => {
    const element = await dashboard();
    await emulateMedia({ media: 'print' });
    globalThis.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    const chart = shadow(element).querySelector('[data-chart="fan"]') as HTMLElement;
    // 17 cm: an A4 page (21 cm) less its margins.
    expect(chart.getBoundingClientRect().width).to.be.at.most((17 / 2.54) * 96 + 1);
    expect(chart.querySelector('details')?.open).to.equal(true);
    expect(chart.querySelectorAll('tbody tr')).to.have.length(8);
    globalThis.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(chart.querySelector('details')?.open).to.equal(false);
  });
});
