import { expect } from '@open-wc/testing';
import { createContactMessage } from '@opvang/core/contact';
import { isReceipt, postMessage } from './delivery.js';
import { validMessage } from './test-support/fixtures.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('the receiver’s receipt', () => {
  it('is JSON saying this very message is stored', () => {
    expect(
      isReceipt(
        'application/json; charset=utf-8',
        `{"status":"stored","id":"${ID}","receivedAt":"2025-03-14T18:00:01.000Z"}`,
        ID,
      ),
    ).to.equal(true);
    expect(
      isReceipt('application/problem+json', `{"status":"stored","id":"${ID}"}`, ID),
      'any JSON media type',
    ).to.equal(true);
  });

  it('is not a page, another JSON body, a receipt for another message, or a receipt sent as text', () => {
    expect(isReceipt('text/html', '<h1>Welkom op het gratis wifi</h1>', ID)).to.equal(false);
    expect(isReceipt('application/json', '{"ok":true}', ID)).to.equal(false);
    expect(
      isReceipt(
        'application/json',
        '{"status":"stored","id":"9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"}',
        ID,
      ),
    ).to.equal(false);
    expect(isReceipt('application/json', '["stored"]', ID)).to.equal(false);
    expect(isReceipt('application/json', 'not json', ID)).to.equal(false);
    expect(isReceipt('text/plain', `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
    expect(isReceipt('application/jsonp', `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
    expect(isReceipt(null, `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
  });
});

describe('one attempt', () => {
  it('ignores a timeout that is not a positive number rather than giving up at once', async () => {
    const message = createContactMessage({ ...validMessage, replyWanted: false, language: 'nl' });
    if (!message.ok) throw new Error('test message invalid');
    // Port 9 refuses the connection: a plain network failure, not a timeout.
    expect(
      await postMessage('http://127.0.0.1:9/messages', message.value, { timeoutMs: Number.NaN }),
    ).to.deep.equal({ kind: 'retry' });
    expect(
      await postMessage('http://127.0.0.1:9/messages', message.value, { timeoutMs: -1 }),
    ).to.deep.equal({ kind: 'retry' });
  });
});
