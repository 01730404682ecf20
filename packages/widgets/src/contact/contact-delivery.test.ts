import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContactMessage, type ContactMessage } from '@opvang/core/contact';
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
import type { FullStorageReport } from './test-support/full-storage-page.js';
import { faultInjector, receiverEndpoint, storedCounts } from './test-support/receiver-commands.js';

// Issue 12, section 2: no message lost, and the resident always knows where it stands. Against
// the real reference receiver behind the fault proxy, with faults scoped to this file.
const injectFaults = faultInjector('delivery');
const sentIds: string[] = [];
let endpoint = '';

const CAPTIVE_PORTAL =
  '<!doctype html><html><body><h1>Welkom op het gratis wifi</h1><form><button>Aanmelden</button></form></body></html>';
const NGINX_413 =
  '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>';

async function contact(
  options: { retryBaseMs?: number; timeoutMs?: number } = {},
): Promise<OpvangContact> {
  return fixture<OpvangContact>(html`
    <opvang-contact endpoint=${endpoint} min-fill-seconds="0" retry-base-ms=${options.retryBaseMs ?? 50}
      send-timeout-ms=${options.timeoutMs ?? 20000} .contactPoint=${contactPoint}></opvang-contact>
  `);
}

async function send(element: OpvangContact, message: string): Promise<void> {
  await fill(element, { ...validMessage, message });
  await submit(element);
}

/** Fails after `ms` instead of waiting for the test's timeout, naming what did not happen. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    aTimeout(ms).then(() => Promise.reject(new Error(`${what} did not happen within ${ms} ms`))),
  ]);
}

const textarea = (element: OpvangContact) =>
  shadow(element).querySelector<HTMLTextAreaElement>('#message');
const statusText = (element: OpvangContact) =>
  (shadow(element).querySelector('[part="status"]')?.textContent ?? '').trim();

/** A message a resident wrote on an earlier visit, waiting in the outbox. */
function waitingMessage(text: string, createdAt: Date): ContactMessage {
  const result = createContactMessage(
    { ...validMessage, message: text, replyWanted: false, language: 'nl' },
    { now: createdAt },
  );
  if (!result.ok) throw new Error('test message invalid');
  localStorage.setItem(
    `opvang-contact:outbox:${result.value.id}`,
    JSON.stringify({ endpoint, message: result.value, attempts: 1, nextAttemptAt: 0 }),
  );
  return result.value;
}

before(async () => {
  endpoint = `${await receiverEndpoint()}?file=delivery`;
});

describe('<opvang-contact> delivery: only the receiver’s receipt counts', () => {
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  it('keeps the message when a captive portal answers 200 text/html, says after three such answers that it did not arrive, and offers e-mail', async () => {
    await injectFaults({
      mode: 'answer',
      status: 200,
      contentType: 'text/html',
      body: CAPTIVE_PORTAL,
      times: 100,
    });
    const element = await contact();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht achter een captive portal.');
    await waitUntil(
      () => shadowText(element).includes('niet aangekomen'),
      'the resident is told it did not arrive',
      { timeout: 3000 },
    );
    expect(shadowText(element)).to.not.contain('Bedankt');
    expect(outboxSize(endpoint), 'the message is kept').to.equal(1);
    const mail = shadow(element).querySelector<HTMLAnchorElement>(
      'a[part="button"][href^="mailto:"]',
    );
    expect(mail?.getAttribute('href')).to.contain('opvang%40gemeente.be');
    expect(decodeURIComponent(mail?.getAttribute('href') ?? '')).to.contain(
      'Bericht achter een captive portal.',
    );
    await expect(element).to.be.accessible();
    await injectFaults();
    const { detail } = await within(submitted, 5000, 'delivery once the portal is gone');
    sentIds.push(detail.id);
    await element.updateComplete;
    expect(statusText(element)).to.contain('goed aangekomen');
    expect(shadow(element).querySelector('a[href^="mailto:"][part="button"]')).to.equal(null);
    expect(outboxSize(endpoint)).to.equal(0);
  });

  it('does not count a 2xx with a foreign JSON body, or a receipt for another message, as stored', async () => {
    await injectFaults(
      { mode: 'answer', status: 200, contentType: 'application/json', body: '{"ok":true}' },
      {
        mode: 'answer',
        status: 201,
        contentType: 'application/json',
        body: '{"status":"stored","id":"3b241101-e2bb-4255-8caf-4136c566a962"}',
      },
      { mode: 'answer', status: 200, contentType: 'text/plain', body: '' },
    );
    const element = await contact();
    const statuses: Array<number | undefined> = [];
    element.addEventListener('opvang-contact-queued', (event) =>
      statuses.push(event.detail.status),
    );
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht met een vreemd antwoord.');
    const { detail } = await within(submitted, 5000, 'delivery after the foreign answers');
    sentIds.push(detail.id);
    expect(statuses).to.deep.equal([200, 201, 200]);
    expect(detail.replayed, 'none of the foreign answers came from the receiver').to.equal(false);
  });

  it('keeps the message when a 200 reaches the page without CORS headers, and stores it once', async () => {
    await injectFaults({ mode: 'no-cors' });
    const element = await contact();
    const queued = contactEvent(element, 'opvang-contact-queued');
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht waarvan het antwoord geen CORS heeft.');
    expect((await within(queued, 3000, 'a retry')).detail.attempts).to.equal(1);
    const { detail } = await within(submitted, 5000, 'delivery');
    sentIds.push(detail.id);
    expect(detail.replayed, 'the receiver had it from the first attempt').to.equal(true);
    await element.updateComplete;
    expect(statusText(element)).to.contain('goed aangekomen');
  });
});

describe('<opvang-contact> delivery: a refusal never replaces what the resident is typing', () => {
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  const refusals = [
    { status: 413, contentType: 'text/html', body: NGINX_413, reason: 'te groot' },
    {
      status: 400,
      contentType: 'application/json',
      body: '{"error":"invalid-json"}',
      reason: 'niet aan',
    },
    {
      status: 409,
      contentType: 'application/json',
      body: '{"error":"id-conflict"}',
      reason: 'ging iets mis',
    },
    { status: 415, contentType: 'text/html', body: '<h1>Unsupported</h1>', reason: 'niet aan' },
    {
      status: 422,
      contentType: 'application/json',
      body: '{"error":"validation","issues":[{"path":"message","code":"message-too-short"}]}',
      reason: 'te kort',
    },
  ];

  for (const refusal of refusals) {
    it(`keeps both the refused message and the new text when a proxy answers ${refusal.status}, and gives the refused one back on request`, async () => {
      await injectFaults({ mode: 'down', times: 100 });
      const element = await contact({ retryBaseMs: 60_000 });
      const queued = contactEvent(element, 'opvang-contact-queued');
      await send(element, 'Bericht A, verstuurd toen de server plat lag.');
      const id = (await within(queued, 3000, 'queueing')).detail.id;
      await fill(element, { message: 'Bericht B, dat de inwoner nu typt.' });
      await injectFaults({
        mode: 'answer',
        status: refusal.status,
        contentType: refusal.contentType,
        body: refusal.body,
      });
      const failed = contactEvent(element, 'opvang-contact-failed');
      window.dispatchEvent(new Event('online'));
      expect((await within(failed, 3000, 'the refusal')).detail.status).to.equal(refusal.status);
      await element.updateComplete;
      expect(textarea(element)?.value, 'B is still in the form').to.equal(
        'Bericht B, dat de inwoner nu typt.',
      );
      await fill(element, { message: 'Bericht B, dat de inwoner nu typt.!' });
      expect(textarea(element)?.value, 'one keystroke later').to.equal(
        'Bericht B, dat de inwoner nu typt.!',
      );
      expect(localStorage.getItem(`opvang-contact:draft:${endpoint}`)).to.contain(
        'Bericht B, dat de inwoner nu typt.!',
      );
      expect(
        localStorage.getItem(`opvang-contact:outbox:${id}`),
        'A is kept in storage',
      ).to.contain('Bericht A');
      const refused = shadow(element).querySelector('[part="refused"]');
      expect(refused?.textContent).to.contain('Bericht A, verstuurd toen de server plat lag.');
      expect(refused?.textContent).to.contain(refusal.reason);
      const takeBack = refused?.querySelector<HTMLButtonElement>('button');
      expect(takeBack?.disabled, 'taking A back would replace B').to.equal(true);
      await expect(element).to.be.accessible();
      // A reload keeps both.
      element.remove();
      const again = await contact({ retryBaseMs: 60_000 });
      await aTimeout(100);
      expect(textarea(again)?.value).to.equal('Bericht B, dat de inwoner nu typt.!');
      expect(shadow(again).querySelector('[part="refused"]')?.textContent).to.contain('Bericht A');
      // Once B is gone from the form, A can come back, with its reason at the field.
      await fill(again, { message: '' });
      const button = shadow(again).querySelector<HTMLButtonElement>('[part="refused"] button');
      expect(button?.disabled).to.equal(false);
      button?.click();
      await again.updateComplete;
      expect(textarea(again)?.value).to.equal('Bericht A, verstuurd toen de server plat lag.');
      expect(localStorage.getItem(`opvang-contact:draft:${endpoint}`)).to.contain('Bericht A');
      expect(
        localStorage.getItem(`opvang-contact:outbox:${id}`),
        'A now lives in the draft',
      ).to.equal(null);
      expect(shadow(again).querySelector('[part="refused"]')).to.equal(null);
      await expect(again).to.be.accessible();
    });
  }

  it('leaves new text alone when a queued message is delivered while the resident types another', async () => {
    await injectFaults({ mode: 'down', times: 100 });
    const element = await contact({ retryBaseMs: 60_000 });
    const queued = contactEvent(element, 'opvang-contact-queued');
    await send(element, 'Bericht A, dat later toch vertrekt.');
    await within(queued, 3000, 'queueing');
    await fill(element, { message: 'Bericht B, nog niet verstuurd.' });
    await injectFaults();
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    window.dispatchEvent(new Event('online'));
    sentIds.push((await within(submitted, 3000, 'delivery of A')).detail.id);
    await element.updateComplete;
    expect(textarea(element)?.value).to.equal('Bericht B, nog niet verstuurd.');
    expect(statusText(element)).to.contain('goed aangekomen');
  });
});

describe('<opvang-contact> delivery: storage full or blocked', () => {
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  it('sends from memory, says the message will not survive a reload, and never throws, when localStorage is full', async () => {
    await injectFaults({ mode: 'error500' });
    const reported = new Promise<FullStorageReport>((resolve) => {
      const listen = (event: MessageEvent<{ type?: string; report: FullStorageReport }>) => {
        if (event.data?.type !== 'opvang-full-storage') return;
        removeEventListener('message', listen);
        resolve(event.data.report);
      };
      addEventListener('message', listen);
    });
    // Another origin, so the filled quota is not the one other test files use: see full-storage-page.ts.
    const frame = document.createElement('iframe');
    frame.title = 'contact widget with a full localStorage';
    frame.src = `http://127.0.0.1:${location.port}/src/contact/test-support/full-storage.html?endpoint=${encodeURIComponent(endpoint)}`;
    document.body.append(frame);
    try {
      const report = await within(
        reported,
        8000,
        'the report of the page with a full localStorage',
      );
      expect(report.errors, 'nothing thrown').to.deep.equal([]);
      expect(report.full, 'localStorage really was full').to.equal(true);
      expect(report.typing).to.contain('gaat het verloren');
      expect(report.queued).to.contain('nog niet verstuurd');
      expect(report.queued).to.contain('gaat het verloren');
      expect(report.queued).to.not.contain('bewaard op dit toestel');
      expect(report.sent).to.contain('goed aangekomen');
      expect(report.sent, 'nothing left to lose').to.not.contain('verloren');
      sentIds.push(report.id);
    } finally {
      frame.remove();
    }
  });

  it('says the message will not survive a reload when the browser refuses localStorage altogether', async () => {
    await withoutLocalStorage(async () => {
      await injectFaults({ mode: 'error500' });
      const element = await contact();
      const submitted = contactEvent(element, 'opvang-contact-submitted');
      await fill(element, { ...validMessage, message: 'Bericht zonder localStorage, met uitleg.' });
      expect(statusText(element)).to.contain('gaat het verloren');
      await expect(element).to.be.accessible();
      await submit(element);
      sentIds.push((await within(submitted, 3000, 'delivery from memory')).detail.id);
    });
  });
});

describe('<opvang-contact> delivery: the new sentences in the resident’s language', () => {
  beforeEach(() => clearContactStorage(endpoint));

  for (const [lang, lost, takeBack, tooLarge] of [
    ['fr', 'il sera perdu', 'Le remettre dans le formulaire', 'trop volumineux'],
    ['de', 'geht sie verloren', 'Zurück ins Formular holen', 'zu groß'],
    ['en', 'it will be lost', 'Put it back in the form', 'too large'],
  ] as const) {
    it(`tells a reader in ${lang} that a reload would lose the message, and shows a refused one`, async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
      const stored = localStorage;
      const refused = waitingMessage('Een eerder geweigerd bericht.', new Date());
      const key = `opvang-contact:outbox:${refused.id}`;
      stored.setItem(
        key,
        JSON.stringify({
          endpoint,
          message: refused,
          attempts: 1,
          nextAttemptAt: 0,
          refused: { status: 413, issues: [] },
        }),
      );
      try {
        // The element's own lang (a wrapper would make fixture() wait for a frame, which a page in the background never gets).
        const element = await fixture<OpvangContact>(html`
          <opvang-contact lang=${lang} endpoint=${endpoint} min-fill-seconds="0" .contactPoint=${contactPoint}></opvang-contact>
        `);
        const panel = shadow(element).querySelector('[part="refused"]');
        expect(panel?.textContent).to.contain('Een eerder geweigerd bericht.');
        expect(panel?.textContent).to.contain(tooLarge);
        expect(panel?.querySelector('button')?.textContent?.trim()).to.equal(takeBack);
        await expect(element).to.be.accessible();
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        });
        const volatile = await fixture<OpvangContact>(html`
          <opvang-contact lang=${lang} endpoint=${endpoint} min-fill-seconds="0" .contactPoint=${contactPoint}></opvang-contact>
        `);
        await fill(volatile, { message: 'Een bericht zonder opslag.' });
        expect(statusText(volatile)).to.contain(lost);
        await expect(volatile).to.be.accessible();
      } finally {
        if (original) Object.defineProperty(window, 'localStorage', original);
        stored.removeItem(key);
      }
    });
  }
});

describe('<opvang-contact> delivery: a stalled request', () => {
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  it('gives up on a stalled attempt after send-timeout-ms, says the message waits, and sends it again', async () => {
    await injectFaults({ mode: 'stall' });
    const element = await contact({ timeoutMs: 300 });
    const queued = contactEvent(element, 'opvang-contact-queued');
    const submitted = contactEvent(element, 'opvang-contact-submitted');
    await send(element, 'Bericht waarvan de eerste poging blijft hangen.');
    expect(statusText(element)).to.contain('wordt verstuurd');
    expect((await within(queued, 2000, 'the timeout')).detail.attempts).to.equal(1);
    sentIds.push((await within(submitted, 3000, 'the retry')).detail.id);
  });

  it('does not let one stalled message hold back the others', async () => {
    const stalled = waitingMessage(
      'Eerste wachtend bericht, dat blijft hangen.',
      new Date(Date.now() - 60_000),
    );
    const other = waitingMessage(
      'Tweede wachtend bericht, dat moet doorgaan.',
      new Date(Date.now() - 30_000),
    );
    await injectFaults({ mode: 'stall' });
    const delivered: string[] = [];
    const element = await contact({ timeoutMs: 1500 });
    element.addEventListener(
      'opvang-contact-submitted',
      (event) => void delivered.push(event.detail.id),
    );
    await waitUntil(
      () => delivered.length === 1,
      'one message gets through while the other stalls',
      { timeout: 1000 },
    );
    await waitUntil(() => delivered.length === 2, 'the stalled one follows after its timeout', {
      timeout: 4000,
    });
    expect(delivered.sort()).to.deep.equal([stalled.id, other.id].sort());
    sentIds.push(...delivered);
    expect(outboxSize(endpoint)).to.equal(0);
    element.remove();
  });
});

describe('<opvang-contact> delivery: the status after a later delivery', () => {
  beforeEach(async () => {
    clearContactStorage(endpoint);
    await injectFaults();
  });

  async function queueAndLeave(text: string): Promise<void> {
    await injectFaults({ mode: 'down', times: 100 });
    const first = await contact({ retryBaseMs: 60_000 });
    const queued = contactEvent(first, 'opvang-contact-queued');
    await send(first, text);
    await within(queued, 3000, 'queueing');
    first.remove();
  }

  it('says the message arrived when the next visit delivers it', async () => {
    await queueAndLeave('Bericht dat bij het volgende bezoek vertrekt.');
    await injectFaults();
    const second = await contact();
    const { detail } = await within(
      contactEvent(second, 'opvang-contact-submitted'),
      3000,
      'delivery',
    );
    sentIds.push(detail.id);
    await second.updateComplete;
    expect(statusText(second)).to.contain('goed aangekomen');
    await expect(second).to.be.accessible();
  });

  it('says the message arrived when the next visit delivers it on a retry, without a key press', async () => {
    await queueAndLeave('Bericht dat pas bij de tweede poging van het volgende bezoek vertrekt.');
    await injectFaults({ mode: 'error500' });
    const second = await contact();
    const queued = contactEvent(second, 'opvang-contact-queued');
    const submitted = contactEvent(second, 'opvang-contact-submitted');
    await within(queued, 3000, 'the failed first attempt');
    const { detail } = await within(submitted, 3000, 'delivery');
    sentIds.push(detail.id);
    await aTimeout(50);
    expect(statusText(second)).to.contain('goed aangekomen');
    expect(statusText(second)).to.not.contain('nog niet verstuurd');
  });
});

describe('<opvang-contact> delivery: the receiver’s data file', () => {
  it('lost no message and stored none twice', async () => {
    const counts = await storedCounts();
    expect(sentIds.length).to.be.greaterThanOrEqual(10);
    for (const id of sentIds) expect(counts[id], `message ${id}`).to.equal(1);
  });
});
