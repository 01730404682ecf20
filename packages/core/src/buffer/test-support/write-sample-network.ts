// Writes the sample network (ILLUSTRATIVE AND FICTIONAL, not Fedasil's figures) to
// examples/data/occupancy-network.json and .csv. Run from packages/core:
//   npx tsx src/buffer/test-support/write-sample-network.ts
// sample-network.test.ts fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { sampleNetworkCsv, sampleNetworkJson } from './sample-network.js';

const folder = new URL('../../../../../examples/data/', import.meta.url);
writeFileSync(new URL('occupancy-network.json', folder), sampleNetworkJson());
writeFileSync(new URL('occupancy-network.csv', folder), sampleNetworkCsv());
console.log(`wrote ${folder.pathname}occupancy-network.json and .csv`);
