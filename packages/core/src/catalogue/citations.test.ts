import { describe, expect, it } from 'vitest';
import type { Citation } from '../shared/index.js';
import { expectCitation } from '../shared/test-support/sources.js';
import { catalogue, referrals, type SourceRef } from './index.js';

// Every item and every referral cites its seed with a few words from the cited lines, and a
// test reads them there: a wrong line number fails here.
describe('the catalogue cites its sources', () => {
  it.each(catalogue.map((item) => [item.id, item] as const))('item %s', (id, item) => {
    expectCitation(item.source, id);
    for (const [index, also] of (item.seeAlso ?? []).entries())
      expectCitation(also, `${id} seeAlso[${index}]`);
  });
  it.each(referrals.map((entry) => [entry.id, entry] as const))('referral %s', (id, entry) => {
    expectCitation(entry.source, id);
    for (const [index, also] of entry.seeAlso.entries())
      expectCitation(also, `${id} seeAlso[${index}]`);
  });
  it('uses the shared citation type', () => {
    const citation: Citation = catalogue[0]?.source as SourceRef;
    expect(citation.quote.split(' ').length).toBeGreaterThanOrEqual(2);
  });
});
