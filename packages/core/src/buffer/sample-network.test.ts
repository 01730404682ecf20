import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceIds } from '../provinces/index.js';
import { assess } from './assess.js';
import { parseNetworkCsv } from './csv.js';
import { parseNetwork } from './network.js';
import { defaultPolicy } from './policy.js';
import { sampleNetworkCsv, sampleNetworkJson } from './test-support/sample-network.js';

const folder = new URL('../../../../examples/data/', import.meta.url);
const committed = (name: string) => readFileSync(new URL(name, folder), 'utf8');

describe('the sample network (illustrative, fictional)', () => {
  it('is committed as write-sample-network.ts writes it', () => {
    // If this fails: cd packages/core && npx tsx src/buffer/test-support/write-sample-network.ts
    expect(committed('occupancy-network.json')).toBe(sampleNetworkJson());
    expect(committed('occupancy-network.csv')).toBe(sampleNetworkCsv());
  });

  it('parses as JSON and as CSV, to the same network', () => {
    const json = parseNetwork(JSON.parse(committed('occupancy-network.json')));
    const csv = parseNetworkCsv(committed('occupancy-network.csv'));
    expect(json.ok).toBe(true);
    expect(csv).toEqual(json);
  });

  it('has about 300 centres over the ten provinces and Brussels, each marked fictional', () => {
    const network = parseNetwork(JSON.parse(committed('occupancy-network.json')));
    if (!network.ok) throw new Error(network.error.message);
    expect(network.value).toHaveLength(300);
    expect(new Set(network.value.map((centre) => centre.province))).toEqual(new Set(provinceIds));
    for (const centre of network.value)
      expect(centre.name).toMatch(/^(Fictief centrum|Centre fictif|Fiktives Zentrum) /);
    expect(committed('occupancy-network.csv')).toMatch(/^# ILLUSTRATIEF EN FICTIEF/);
    expect(committed('README.md')).toContain("not Fedasil's figures");
    const { occupancy } = assess(network.value, defaultPolicy).global;
    expect(occupancy).toBeGreaterThan(0.85);
    expect(occupancy).toBeLessThan(0.97);
  });
});
