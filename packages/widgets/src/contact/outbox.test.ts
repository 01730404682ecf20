import { expect } from '@open-wc/testing';
import { createContactMessage, type ContactMessage } from '@opvang/core/contact';
import { postMessage } from './delivery.js';
import {
  getEntry,
  pendingEntries,
  retryDelay,
  saveEntry,
  unsendableEntries,
  withSendLock,
} from './outbox.js';
import { clearContactStorage } from './test-support/fixtures.js';

function message(id: string, createdAt: Date): ContactMessage {
  const result = createContactMessage(
    {
      category: 'question',
      message: 'Een vraag voor het contactpunt.',
      replyWanted: false,
      consent: true,
      language: 'nl',
    },
    { id, now: createdAt },
  );
  if (!result.ok) throw new Error('invalid test message');
  return result.value;
}

const ID_A = '3b241101-e2bb-4255-8caf-4136c566a962';
const ID_B = '9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

describe('the contact outbox', () => {
  beforeEach(() =>
    clearContactStorage('https://a.example/messages', 'https://b.example/messages', 'x'),
  );

  it('lists the waiting messages of one endpoint, oldest first', () => {
    saveEntry(localStorage, {
      endpoint: 'https://a.example/messages',
      message: message(ID_B, new Date('2025-03-14T10:00:00Z')),
      attempts: 0,
      nextAttemptAt: 0,
    });
    saveEntry(localStorage, {
      endpoint: 'https://a.example/messages',
      message: message(ID_A, new Date('2025-03-14T09:00:00Z')),
      attempts: 2,
      nextAttemptAt: 5,
    });
    saveEntry(localStorage, {
      endpoint: 'https://b.example/messages',
      message: message('0d3f1a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b', new Date()),
      attempts: 0,
      nextAttemptAt: 0,
    });
    expect(
      pendingEntries(localStorage, 'https://a.example/messages').map((entry) => entry.message.id),
    ).to.deep.equal([ID_A, ID_B]);
  });

  it('keeps an entry it cannot send, and lists it with what can still be read', () => {
    const damaged = `opvang-contact:outbox:${ID_A}`;
    const outdated = `opvang-contact:outbox:${ID_B}`;
    localStorage.setItem(damaged, '{not json');
    localStorage.setItem(
      outdated,
      JSON.stringify({
        endpoint: 'x',
        message: { id: ID_B, message: 'Een vraag van een andere versie.' },
      }),
    );
    try {
      expect(getEntry(localStorage, ID_A)).to.equal(undefined);
      expect(pendingEntries(localStorage, 'x')).to.deep.equal([]);
      const unsendable = unsendableEntries(localStorage).filter(
        (entry) => entry.id === ID_A || entry.id === ID_B,
      );
      expect(unsendable).to.deep.include({
        id: ID_A,
        endpoint: undefined,
        message: undefined,
        raw: '{not json',
      });
      expect(unsendable.find((entry) => entry.id === ID_B)).to.include({ endpoint: 'x' });
      expect(unsendable.find((entry) => entry.id === ID_B)?.message).to.deep.equal({
        id: ID_B,
        message: 'Een vraag van een andere versie.',
      });
      expect(localStorage.getItem(outdated), 'never dropped by reading').to.not.equal(null);
    } finally {
      localStorage.removeItem(damaged);
      localStorage.removeItem(outdated);
    }
  });

  it('waits longer after each failure, with jitter, honouring Retry-After, up to five minutes', () => {
    expect(retryDelay(1, 1000, 0, () => 0)).to.equal(500);
    expect(retryDelay(1, 1000, 0, () => 1)).to.equal(1000);
    expect(retryDelay(4, 1000, 0, () => 1)).to.equal(8000);
    expect(retryDelay(1, 1000, 30_000, () => 0)).to.equal(30_000);
    expect(retryDelay(30, 1000, 0, () => 1)).to.equal(300_000);
  });

  it('waits the default backoff when the base is not a positive number, rather than retrying at once', () => {
    expect(retryDelay(1, Number.NaN, 0, () => 1)).to.equal(2000);
    expect(retryDelay(2, 0, 0, () => 1)).to.equal(4000);
  });

  it('treats a refused connection as worth retrying', async () => {
    const outcome = await postMessage('http://127.0.0.1:9/messages', message(ID_A, new Date()));
    expect(outcome).to.deep.equal({ kind: 'retry' });
  });

  it('lets one sender at a time hold a message, with a storage lease when Web Locks are missing', async () => {
    const locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks');
    Object.defineProperty(Navigator.prototype, 'locks', {
      configurable: true,
      get: () => undefined,
    });
    try {
      let release: () => void = () => undefined;
      const first = withSendLock(
        localStorage,
        ID_A,
        () => new Promise<string>((resolve) => (release = () => resolve('first'))),
      );
      const second = await withSendLock(localStorage, ID_A, () => Promise.resolve('second'));
      expect(second, 'the second sender is turned away').to.equal(undefined);
      release();
      expect(await first).to.equal('first');
      expect(
        await withSendLock(localStorage, ID_A, () => Promise.resolve('third')),
        'the lease is given back',
      ).to.equal('third');
      localStorage.setItem(`opvang-contact:lease:${ID_B}`, `${Date.now() - 60_000}:stale`);
      expect(
        await withSendLock(localStorage, ID_B, () => Promise.resolve('taken over')),
        'a dead tab’s lease expires',
      ).to.equal('taken over');
    } finally {
      if (locks) Object.defineProperty(Navigator.prototype, 'locks', locks);
    }
  });

  it('turns away a second sender through Web Locks too', async () => {
    let release: () => void = () => undefined;
    const first = withSendLock(
      localStorage,
      ID_A,
      () => new Promise<string>((resolve) => (release = () => resolve('first'))),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await withSendLock(localStorage, ID_A, () => Promise.resolve('second'))).to.equal(
      undefined,
    );
    release();
    expect(await first).to.equal('first');
  });
});
