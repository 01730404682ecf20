import { expect, fixture, waitUntil } from '@open-wc/testing';
import { testNetwork } from './test-support/network.js';

// The built, self-contained CDN file, loaded the way an intranet page does (this test file runs
// in a page of its own, with no other copy of the widget): papaparse and d3 inside it.
describe('the CDN build of <opvang-occupancy>', () => {
  it('defines the element on its own, reads a CSV network and draws its charts', async () => {
    await import(new URL('../../cdn/opvang-occupancy.js', import.meta.url).href);
    const element = await fixture<HTMLElement & { network: unknown }>(
      '<opvang-occupancy lang="en" weeks="4" paths="50"></opvang-occupancy>',
    );
    element.network = testNetwork();
    await waitUntil(() => element.shadowRoot?.querySelector('[data-chart="fan"] svg'), 'charts');
    const input = element.shadowRoot?.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const files = new DataTransfer();
    const csv = [
      'id;name;municipality;province;operator;operator.name;generic.active;generic.occupied;generic.buffer;cost.active;cost.buffer;activationLeadDays',
      'c-1;Een;Hasselt;limburg;federal;;100;97;10;50;10;14',
    ].join('\r\n');
    files.items.add(new File([csv], 'network.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(
      () => element.shadowRoot?.textContent?.includes('1 reception centre loaded.'),
      'CSV read',
    );
    expect(element.shadowRoot?.querySelector('[part="input-error"]')).to.equal(null);
  });
});
