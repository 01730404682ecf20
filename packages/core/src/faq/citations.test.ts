import { describe, expect, it } from 'vitest';
import { expectCitation } from '../shared/test-support/sources.js';
import { faqCitations } from './messages.js';

// The FAQ's general answers rest on these lines; each quote must stand in them.
describe('the sources of the FAQ’s general answers', () => {
  it.each(Object.entries(faqCitations))('%s: every citation holds', (statement, citations) => {
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) expectCitation(citation, `faqCitations.${statement}`);
  });
});
