import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../shared/index.js';
import { expectCitation } from '../shared/test-support/sources.js';
import { policySources } from './index.js';

// The rules of the buffer policy cite seed 002 as data; the quotes are read in sources/, and
// the guide shows the same citations.
const guide = readFileSync(new URL('../../../../docs/buffer.md', import.meta.url), 'utf8');

describe('the buffer policy cites seed 002', () => {
  it.each(Object.entries(policySources))('%s', (rule, citation) => {
    expectCitation(citation, rule);
    expect(guide, `docs/buffer.md shows the citation of ${rule}`).toContain(
      formatCitation(citation),
    );
  });
  it('covers the band, the specific places, when it starts, the criteria and the scenarios', () => {
    expect(Object.keys(policySources)).toEqual([
      'section',
      'band',
      'specificPlaces',
      'bufferPlace',
      'start',
      'monitoringCommittee',
      'existingCentres',
      'proportion',
      'cost',
      'spread',
      'measurable',
      'notMathematical',
      'reduction',
      'scenarios',
      'predictability',
    ]);
  });
});
