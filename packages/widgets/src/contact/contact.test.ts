import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { OpvangContact } from './contact.js';
import {
  brusselsToday,
  clearContactStorage,
  contactPoint,
  fill,
  outboxSize,
  shadow,
  shadowText,
  submit,
  validMessage,
} from './test-support/fixtures.js';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole } from '../shared/test-support/console.js';

async function mailtoContact(point: object = contactPoint, lang = 'nl'): Promise<OpvangContact> {
  return fixture<OpvangContact>(html`
    <div lang=${lang}>
      <opvang-contact min-fill-seconds="0"><script type="application/json">${JSON.stringify(point)}</script>Bel ons.</opvang-contact>
    </div>
  `).then((wrapper) => wrapper.querySelector('opvang-contact') as OpvangContact);
}

const TRAP_ENDPOINT = 'http://127.0.0.1:9/messages?file=details';

describe('<opvang-contact> details and form', () => {
  it('types contactPoint with the core type', () => {
    const element = document.createElement('opvang-contact');
    // The type check (npm test runs tsc over the tests) fails if `contactPoint` accepts a number.
    // @ts-expect-error a number is no contact point
    element.contactPoint = 42;
    element.contactPoint = { name: 'Contactpunt', phone: '+32 50 12 34 56' };
    expect(element.contactPoint.name).to.equal('Contactpunt');
  });

  beforeEach(() => clearContactStorage('mailto', TRAP_ENDPOINT));

  it('shows the contact point from its JSON child, open now in Brussels time, in Dutch by default', async () => {
    const element = await mailtoContact();
    await element.updateComplete;
    const text = shadowText(element);
    expect(text).to.contain('Contactpunt opvangcentrum');
    expect(text).to.contain('+32 50 12 34 56');
    expect(text).to.contain('Markt 1, 8000 Brugge');
    expect(text).to.contain('Nu open');
    expect(shadow(element).querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal(
      'tel:+3250123456',
    );
    await expect(element).to.be.accessible();
  });

  it('says closed now on a day the contact point is closed', async () => {
    const element = await fixture<OpvangContact>(
      html`<opvang-contact .contactPoint=${{ ...contactPoint, closedOn: [brusselsToday()] }}></opvang-contact>`,
    );
    expect(shadowText(element)).to.contain('Nu gesloten');
  });

  it('shows an accessible message and logs the problem when the contact point is invalid', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangContact>(
        html`<opvang-contact .contactPoint=${{ name: 'Nobody' }}></opvang-contact>`,
      );
      expect(shadowText(element)).to.contain('kan niet getoond worden');
      expect(String(errors.calls[0]?.[0])).to.contain('<opvang-contact>');
      await expect(element).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows the fallback content and names the problem when there is no contact point at all', async () => {
    const errors = captureConsole('error');
    try {
      const element = await fixture<OpvangContact>(
        html`<opvang-contact>Bel 050 12 34 56.</opvang-contact>`,
      );
      expect(shadow(element).querySelector('slot')).to.exist;
      expect(String(errors.calls[0]?.[0])).to.contain('no contact point');
    } finally {
      errors.restore();
    }
  });

  it('marks every wrong field with an inline error and a summary, and focuses the first', async () => {
    const element = await mailtoContact();
    await submit(element);
    await aTimeout(0);
    const root = shadow(element);
    expect(root.querySelector('[part="summary"]')?.getAttribute('role')).to.equal('alert');
    expect(root.querySelector('#category')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#category')?.getAttribute('aria-describedby')).to.equal(
      'category-error',
    );
    expect(root.querySelector('#category-error')?.textContent).to.equal(
      'Kies waarover uw bericht gaat.',
    );
    expect(root.querySelector('#consent-error')?.textContent).to.contain('toestemming');
    expect(root.activeElement?.id).to.equal('category');
    await expect(element).to.be.accessible();
  });

  it('asks for the reply address only when an answer is wanted, and checks it', async () => {
    const element = await mailtoContact();
    expect(shadow(element).querySelector('#email')).to.equal(null);
    await fill(element, {
      ...validMessage,
      replyWanted: true,
      replyChannel: 'email',
      email: 'not an address',
    });
    await submit(element);
    expect(shadow(element).querySelector('#email-error')?.textContent).to.contain(
      'Dit e-mailadres klopt niet',
    );
    await expect(element).to.be.accessible();
  });

  it('switches language at run time, errors included', async () => {
    const element = await mailtoContact();
    await submit(element);
    element.parentElement?.setAttribute('lang', 'fr');
    await aTimeout(0);
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Envoyez-nous un message');
    expect(shadow(element).querySelector('button')?.textContent).to.equal('Envoyer');
    element.parentElement?.setAttribute('lang', 'de');
    await aTimeout(0);
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Schreiben Sie uns');
  });

  it('opens the e-mail program with the message when there is no endpoint', async () => {
    const element = await mailtoContact(contactPoint, 'en');
    await fill(element, { ...validMessage, name: 'An' });
    await submit(element);
    const link = shadow(element).querySelector<HTMLAnchorElement>('a[part="button"]');
    expect(link?.href).to.match(
      /^mailto:opvang%40gemeente\.be\?subject=Message%20via%20the%20website&body=/,
    );
    expect(decodeURIComponent(link?.href ?? '')).to.contain(validMessage.message);
    expect(decodeURIComponent(link?.href ?? '')).to.contain('Question');
    expect(outboxSize('mailto')).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('shows no form when there is neither an endpoint nor an e-mail address', async () => {
    const element = await mailtoContact({ phone: '+32 50 12 34 56' });
    expect(shadow(element).querySelector('form')).to.equal(null);
  });

  it('keeps the honeypot out of reach of people and assistive technology', async () => {
    const element = await mailtoContact();
    const trap = shadow(element).querySelector<HTMLInputElement>('[name="website"]');
    expect(trap?.tabIndex).to.equal(-1);
    expect(trap?.autocomplete).to.equal('off');
    expect(trap?.closest('[aria-hidden="true"]')).to.exist;
    expect(trap?.getBoundingClientRect().right).to.be.lessThan(0);
  });

  it('pretends success to a bot that fills the honeypot, and sends nothing', async () => {
    const element = await fixture<OpvangContact>(
      html`<opvang-contact min-fill-seconds="0" endpoint=${TRAP_ENDPOINT} .contactPoint=${contactPoint}></opvang-contact>`,
    );
    let events = 0;
    element.addEventListener('opvang-contact-queued', () => (events += 1));
    element.addEventListener('opvang-contact-submitted', () => (events += 1));
    await fill(element, { ...validMessage, website: 'https://spam.example' });
    await submit(element);
    expect(shadowText(element)).to.contain('Bedankt');
    expect(outboxSize(TRAP_ENDPOINT)).to.equal(0);
    expect(events).to.equal(0);
  });

  it('asks to confirm a form sent faster than the minimum fill time, then accepts it', async () => {
    const element = await fixture<OpvangContact>(
      html`<opvang-contact min-fill-seconds="60" .contactPoint=${contactPoint}></opvang-contact>`,
    );
    await fill(element, validMessage);
    await submit(element);
    expect(shadowText(element)).to.contain('Dat ging erg snel');
    await submit(element);
    expect(shadow(element).querySelector('a[part="button"]')).to.exist;
  });

  it('keeps what the resident typed across a reload', async () => {
    const first = await mailtoContact();
    await fill(first, { message: 'Half getypt bericht' });
    first.remove();
    const second = await mailtoContact();
    expect(shadow(second).querySelector<HTMLTextAreaElement>('#message')?.value).to.equal(
      'Half getypt bericht',
    );
  });

  it('can be filled in and sent with the keyboard only', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en"><button id="before">before</button>
        <opvang-contact min-fill-seconds="0" .contactPoint=${contactPoint}></opvang-contact></div>
    `);
    const element = wrapper.querySelector('opvang-contact') as OpvangContact;
    await element.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')?.focus();
    // Past the two links (phone, e-mail) to the subject list.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal('category');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'A question typed with the keyboard.' });
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal('name');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id, 'the honeypot is skipped').to.equal('replyWanted');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadow(element).querySelector('a[part="button"]')).to.exist;
    expect(shadowText(element)).to.contain('This page cannot send your message itself');
  });
});

describe('<opvang-contact> and a message it can no longer send', () => {
  const ENDPOINT = 'http://127.0.0.1:9/messages?file=restore';
  const ID = '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f';
  // As another version of the widget might have stored it: a category this version does not know.
  const stored = {
    endpoint: ENDPOINT,
    attempts: 3,
    nextAttemptAt: 0,
    message: {
      id: ID,
      createdAt: '2025-03-14T19:00:00.000+01:00',
      language: 'nl',
      category: 'neighbourhood',
      message: 'Komt er een bushalte bij het centrum?',
      replyWanted: true,
      replyChannel: 'email',
      email: 'an.peeters@example.be',
      consent: true,
    },
  };
  beforeEach(() => clearContactStorage(ENDPOINT));

  it('puts it back into the form with a notice, instead of dropping it', async () => {
    localStorage.setItem(`opvang-contact:outbox:${ID}`, JSON.stringify(stored));
    const element = await fixture<OpvangContact>(
      html`<opvang-contact endpoint=${ENDPOINT} .contactPoint=${contactPoint}></opvang-contact>`,
    );
    const root = shadow(element);
    expect((root.querySelector('textarea[name="message"]') as HTMLTextAreaElement).value).to.equal(
      'Komt er een bushalte bij het centrum?',
    );
    expect((root.querySelector('input[name="email"]') as HTMLInputElement).value).to.equal(
      'an.peeters@example.be',
    );
    expect(root.querySelector('[role="status"].status')?.textContent).to.contain(
      'Een eerder bericht kon niet verstuurd worden',
    );
    expect(localStorage.getItem(`opvang-contact:outbox:${ID}`), 'out of the outbox').to.equal(null);
    expect(
      localStorage.getItem(`opvang-contact:draft:${ENDPOINT}`),
      'into the draft, so a reload keeps it',
    ).to.contain('bushalte');
    await expect(element).to.be.accessible();
  });

  it('waits when the form already holds something the resident typed', async () => {
    localStorage.setItem(
      `opvang-contact:draft:${ENDPOINT}`,
      JSON.stringify({ message: 'Iets anders dat ik aan het typen was.' }),
    );
    localStorage.setItem(`opvang-contact:outbox:${ID}`, JSON.stringify(stored));
    const element = await fixture<OpvangContact>(
      html`<opvang-contact endpoint=${ENDPOINT} .contactPoint=${contactPoint}></opvang-contact>`,
    );
    expect(
      (shadow(element).querySelector('textarea[name="message"]') as HTMLTextAreaElement).value,
    ).to.equal('Iets anders dat ik aan het typen was.');
    expect(
      localStorage.getItem(`opvang-contact:outbox:${ID}`),
      'kept for the next visit',
    ).to.not.equal(null);
  });

  it('leaves alone what belongs to another endpoint', async () => {
    const other = { ...stored, endpoint: 'http://127.0.0.1:9/messages?file=other' };
    localStorage.setItem(`opvang-contact:outbox:${ID}`, JSON.stringify(other));
    try {
      const element = await fixture<OpvangContact>(
        html`<opvang-contact endpoint=${ENDPOINT} .contactPoint=${contactPoint}></opvang-contact>`,
      );
      expect(
        (shadow(element).querySelector('textarea[name="message"]') as HTMLTextAreaElement).value,
      ).to.equal('');
      expect(localStorage.getItem(`opvang-contact:outbox:${ID}`)).to.not.equal(null);
    } finally {
      localStorage.removeItem(`opvang-contact:outbox:${ID}`);
    }
  });
});
