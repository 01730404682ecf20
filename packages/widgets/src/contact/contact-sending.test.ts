import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContactMessage } from '@opvang/core/contact';
import './define.js';
import type { OpvangContact } from './contact.js';
import {
  clearContactStorage,
  contactEvent,
  contactPoint,
  fill,
  outboxSize,
  shadow,
  shadowText,
  submit,
  validMessage,
  withoutLocalStorage,
} from './test-support/fixtures.js';
import { faultInjector, receiverEndpoint, storedCounts } from './test-support/receiver-commands.js';
import { saveEntry } from './outbox.js';
import { sendingChunk } from './sending-loader.js';

// Against the real reference receiver on localhost, behind a fault proxy (see
// test-support/contact-receiver-plugin.mjs). Every message any test sends is collected, and
// the last test reads the receiver's data file: each must be there exactly once.
const sentIds: string[] = [];
const injectFaults = faultInjector('sending');
let endpoint = '';

async function contact(retryBaseMs = 50): Promise<OpvangContact> {
  const element = await fixture<OpvangContact>(html`
    <opvang-contact endpoint=${endpoint} min-fill-seconds="0" retry-base-ms=${retryBaseMs} .contactPoint=${contactPoint}></opvang-contact>
  `);
  return element;
}

/** Takes every outbox entry out of storage, and returns them to be put back. */
function stashOutbox(): [string, string][] {
  const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index));
  const entries: [string, string][] = [];
  for (const key of keys)
    if (key?.startsWith('opvang-contact:outbox:')) {
      entries.push([key, localStorage.getItem(key) ?? '']);
      localStorage.removeItem(key);
    }
  return entries;
}

async function send(element: OpvangContact, message: string): Promise<void> {
  await fill(element, { ...validMessage, message });
  await submit(element);
}

describe('<opvang-contact> sending to the reference receiver', () => {
  before(async () => {
    endpoint = `${await receiverEndpoint()}?file=sending`;
  });
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  it('sends a message once, says so, and empties the outbox', async () => {
    const element = await contact();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Een vraag over de opening van het centrum.');
    const { detail } = await submitted;
    sentIds.push(detail.id);
    expect(detail.replayed).to.equal(false);
    expect(detail.message.message).to.equal('Een vraag over de opening van het centrum.');
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Bedankt. Uw bericht is goed aangekomen.');
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#message')?.value).to.equal('');
    expect(outboxSize(endpoint)).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('keeps the message and tells the resident when the server is down, then sends it', async () => {
    await injectFaults({ mode: 'down', times: 100 });
    const element = await contact();
    const queued = contactEvent(element, 'opvang-contact-queued');
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht terwijl de server plat ligt.');
    const queuedEvent = await queued;
    expect(queuedEvent.detail.attempts).to.equal(1);
    expect(queuedEvent.detail.status).to.equal(undefined);
    await element.updateComplete;
    expect(shadowText(element)).to.contain('bewaard op dit toestel');
    await expect(element).to.be.accessible();
    await injectFaults();
    const { detail } = await submitted;
    sentIds.push(detail.id);
    expect(outboxSize(endpoint)).to.equal(0);
  });

  it('retries after a 500 answer', async () => {
    await injectFaults({ mode: 'error500' });
    const element = await contact();
    const queued = contactEvent(element, 'opvang-contact-queued');
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht na een serverfout.');
    expect((await queued).detail.status).to.equal(500);
    sentIds.push((await submitted).detail.id);
  });

  it('shows that it is sending while the answer is slow', async () => {
    await injectFaults({ mode: 'slow', delay: 800 });
    const element = await contact();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht met een traag antwoord.');
    expect(shadowText(element)).to.contain('Uw bericht wordt verstuurd');
    expect(shadow(element).querySelector('form')?.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    sentIds.push((await submitted).detail.id);
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Bedankt');
  });

  it('sends again after a dropped connection without storing the message twice', async () => {
    await injectFaults({ mode: 'drop' });
    const element = await contact();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht waarvan het antwoord verloren gaat.');
    const { detail } = await submitted;
    sentIds.push(detail.id);
    expect(detail.replayed, 'the first attempt did arrive').to.equal(true);
  });

  it('finishes sending after a reload in the middle of sending', async () => {
    await injectFaults({ mode: 'slow', delay: 1500 });
    const first = await contact();
    await send(first, 'Bericht tijdens het herladen van de pagina.');
    await aTimeout(300);
    expect(outboxSize(endpoint), 'written before the first attempt').to.equal(1);
    // The page goes away while the request is in flight; a new page loads the same storage.
    first.remove();
    const second = await contact();
    const { detail } = await contactEvent(second, 'opvang-contact-submitted');
    sentIds.push(detail.id);
    expect(outboxSize(endpoint)).to.equal(0);
  });

  it('sends a kept message on the next visit', async () => {
    await injectFaults({ mode: 'down', times: 100 });
    const first = await contact(60_000);
    const queued = contactEvent(first, 'opvang-contact-queued');
    await send(first, 'Bericht van een vorig bezoek.');
    await queued;
    first.remove();
    await injectFaults();
    const second = await contact(60_000);
    const { detail } = await contactEvent(second, 'opvang-contact-submitted');
    sentIds.push(detail.id);
    expect(outboxSize(endpoint)).to.equal(0);
  });

  it('sends at once when the browser comes back online', async () => {
    await injectFaults({ mode: 'down', times: 100 });
    const element = await contact(60_000);
    const queued = contactEvent(element, 'opvang-contact-queued');
    await send(element, 'Bericht dat wacht op het netwerk.');
    await queued;
    await injectFaults();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    window.dispatchEvent(new Event('online'));
    sentIds.push((await submitted).detail.id);
  });

  it('lets only one of two open tabs send a waiting message', async () => {
    await injectFaults({ mode: 'down', times: 100 });
    const first = await contact(60_000);
    const queued = contactEvent(first, 'opvang-contact-queued');
    await send(first, 'Bericht met twee tabbladen open.');
    await queued;
    first.remove();
    await injectFaults({ mode: 'slow', delay: 500 });
    let submittedEvents = 0;
    const count = () => (submittedEvents += 1);
    document.addEventListener('opvang-contact-submitted', count);
    try {
      const [a, b] = await Promise.all([contact(60_000), contact(60_000)]);
      await waitUntil(() => outboxSize(endpoint) === 0, 'the message is sent', { timeout: 4000 });
      await aTimeout(700);
      expect(submittedEvents).to.equal(1);
      expect(a.isConnected && b.isConnected).to.equal(true);
    } finally {
      document.removeEventListener('opvang-contact-submitted', count);
    }
    const counts = await storedCounts();
    const id = Object.keys(counts).find((key) => !sentIds.includes(key));
    if (id !== undefined) sentIds.push(id);
  });

  it('puts the text back in the form when the receiver refuses the message for good', async () => {
    // A message whose id the receiver already holds with other content: 409, never retried.
    const used = sentIds[0] ?? '';
    const message = createContactMessage(
      {
        ...validMessage,
        message: 'Een ander bericht met een gebruikte id.',
        replyWanted: false,
        language: 'nl',
      },
      { id: used },
    );
    if (!message.ok) throw new Error('test message invalid');
    localStorage.setItem(
      `opvang-contact:outbox:${used}`,
      JSON.stringify({ endpoint, message: message.value, attempts: 0, nextAttemptAt: 0 }),
    );
    const element = await fixture<OpvangContact>(
      html`<opvang-contact endpoint=${endpoint} retry-base-ms="50" .contactPoint=${contactPoint}></opvang-contact>`,
    );
    const { detail } = await contactEvent(element, 'opvang-contact-failed');
    expect(detail.status).to.equal(409);
    await element.updateComplete;
    expect(shadow(element).querySelector<HTMLTextAreaElement>('#message')?.value).to.equal(
      'Een ander bericht met een gebruikte id.',
    );
    expect(shadowText(element)).to.contain('Uw tekst staat nog in het formulier');
    expect(outboxSize(endpoint)).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('still sends, keeping the outbox in memory, when the browser refuses localStorage', async () => {
    await withoutLocalStorage(async () => {
      await injectFaults({ mode: 'error500' });
      const element = await contact();
      const submitted = contactEvent(element, 'opvang-contact-submitted');
      await send(element, 'Bericht zonder localStorage.');
      sentIds.push((await submitted).detail.id);
    });
  });

  it('loads the sending code when the resident moves into the form, or at once when messages wait', async () => {
    const load = sendingChunk.load;
    let loads = 0;
    sendingChunk.load = () => {
      loads += 1;
      return load();
    };
    // Other test files share this origin's storage: set their outbox entries aside meanwhile.
    const aside = stashOutbox();
    try {
      const first = await contact();
      expect(loads, 'nothing to send yet: not loaded').to.equal(0);
      shadow(first).querySelector<HTMLTextAreaElement>('#message')?.focus();
      await first.updateComplete;
      expect(loads, 'loaded on focus').to.equal(1);
      first.remove();
      // A message from an earlier visit waits: it is sent on arrival, without any focus.
      const created = createContactMessage({
        ...validMessage,
        message: 'Van een vorig bezoek, nog niet verstuurd.',
        replyWanted: false,
        language: 'nl',
      });
      if (!created.ok) throw new Error('invalid test message');
      saveEntry(localStorage, { endpoint, message: created.value, attempts: 1, nextAttemptAt: 0 });
      loads = 0;
      const element = document.createElement('opvang-contact');
      element.endpoint = endpoint;
      element.contactPoint = contactPoint;
      const submitted = contactEvent(element, 'opvang-contact-submitted');
      document.body.append(element);
      try {
        expect(loads, 'loaded at once').to.equal(1);
        const { detail } = await submitted;
        sentIds.push(detail.id);
        expect(detail.id).to.equal(created.value.id);
        expect(outboxSize(endpoint)).to.equal(0);
      } finally {
        element.remove();
      }
    } finally {
      sendingChunk.load = load;
      for (const [key, value] of aside) localStorage.setItem(key, value);
    }
  });

  it('keeps the text and says so when the sending code cannot be loaded, and sends it once online', async () => {
    const load = sendingChunk.load;
    sendingChunk.load = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const element = await contact();
      const submitted = contactEvent(element, 'opvang-contact-submitted');
      await send(element, 'Bericht terwijl de code niet laadt.');
      await element.updateComplete;
      expect(shadowText(element)).to.contain(
        'Het staat nog in het formulier en we versturen het zodra er weer verbinding is.',
      );
      expect(shadow(element).querySelector<HTMLTextAreaElement>('#message')?.value).to.equal(
        'Bericht terwijl de code niet laadt.',
      );
      expect(
        localStorage.getItem(`opvang-contact:draft:${endpoint}`),
        'kept as the draft',
      ).to.contain('Bericht terwijl de code niet laadt.');
      await expect(element).to.be.accessible();
      sendingChunk.load = load;
      window.dispatchEvent(new Event('online'));
      const { detail } = await submitted;
      sentIds.push(detail.id);
      expect(detail.message.message).to.equal('Bericht terwijl de code niet laadt.');
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Bedankt. Uw bericht is goed aangekomen.');
      expect(outboxSize(endpoint)).to.equal(0);
    } finally {
      sendingChunk.load = load;
    }
  });

  it('lost no message and stored none twice', async () => {
    const counts = await storedCounts();
    expect(sentIds.length).to.be.greaterThanOrEqual(9);
    for (const id of sentIds) expect(counts[id], `message ${id}`).to.equal(1);
    expect(Object.values(counts).every((count) => count === 1)).to.equal(true);
  });
});
