import { describe, it } from 'vitest';
import { expectCitation } from '../shared/test-support/sources.js';
import { deployments, noSupportNeeded } from './index.js';

// Every entry of the register cites its line of seed 000 with the words written there.
describe('the register cites seed 000', () => {
  it.each(deployments.map((d) => [d.id, d] as const))('%s', (id, deployment) => {
    expectCitation(deployment.source, id);
  });
  it.each(noSupportNeeded.map((d) => [d.municipality, d] as const))(
    'no support needed: %s',
    (name, entry) => {
      expectCitation(entry.source, name);
    },
  );
});
