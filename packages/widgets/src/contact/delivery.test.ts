import { expect } from '@open-wc/testing';
import { isReceipt } from './delivery.js';

const ID = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('the receiver’s receipt', () => {
  it('is JSON saying this very message is stored', () => {
    expect(isReceipt('application/json; charset=utf-8', `{"status":"stored","id":"${ID}","receivedAt":"2025-03-14T18:00:01.000Z"}`, ID)).to.equal(true);
    expect(isReceipt('application/problem+json', `{"status":"stored","id":"${ID}"}`, ID), 'any JSON media type').to.equal(true);
  });

  it('is not a page, another JSON body, a receipt for another message, or a receipt sent as text', () => {
    expect(isReceipt('text/html', '<h1>Welkom op het gratis wifi</h1>', ID)).to.equal(false);
    expect(isReceipt('application/json', '{"ok":true}', ID)).to.equal(false);
    expect(isReceipt('application/json', '{"status":"stored","id":"9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"}', ID)).to.equal(false);
    expect(isReceipt('application/json', '["stored"]', ID)).to.equal(false);
    expect(isReceipt('application/json', 'not json', ID)).to.equal(false);
    expect(isReceipt('text/plain', `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
    expect(isReceipt('application/jsonp', `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
    expect(isReceipt(null, `{"status":"stored","id":"${ID}"}`, ID)).to.equal(false);
  });
});
