import { expect, fixture, html } from '@open-wc/testing';
import type { OpvangContact } from './contact.js';
import {
  clearContactStorage,
  contactEvent,
  contactPoint,
  fill,
  submit,
  validMessage,
} from './test-support/fixtures.js';
import { receiverEndpoint } from './test-support/receiver-commands.js';

// The built, self-contained CDN file, loaded the way a webmaster's page does (this test file
// runs in a page of its own, with no other copy of the widget).
describe('the CDN build of <opvang-contact>', () => {
  it('defines the element on its own and sends a message to the receiver', async () => {
    await import(new URL('../../cdn/opvang-contact.js', import.meta.url).href);
    const endpoint = `${await receiverEndpoint()}?file=cdn`;
    clearContactStorage(endpoint);
    const element = await fixture<OpvangContact>(html`
      <opvang-contact endpoint=${endpoint} min-fill-seconds="0" .contactPoint=${contactPoint}></opvang-contact>
    `);
    await element.updateComplete;
    expect(element.shadowRoot?.textContent).to.contain('Contactpunt opvangcentrum');
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await fill(element, { ...validMessage, message: 'Bericht via de CDN-build.' });
    await submit(element);
    expect((await submitted).detail.replayed).to.equal(false);
  });
});
