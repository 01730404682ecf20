// The source texts in the repository (sources/), for tests that check citations against them.
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { citationProblem, type Citation, type SeedId } from '../citation.js';

const sourcesDir = new URL('../../../../../sources/', import.meta.url);
const cache = new Map<SeedId, string>();

/** The text of a seed, read once. */
export function sourceText(seed: SeedId): string {
  const cached = cache.get(seed);
  if (cached !== undefined) return cached;
  const file = readdirSync(sourcesDir).find(
    (name) => name.startsWith(`${seed}_`) && name.endsWith('.txt'),
  );
  if (file === undefined) throw new Error(`no copy of seed ${seed} in sources/`);
  const text = readFileSync(new URL(file, sourcesDir), 'utf8');
  cache.set(seed, text);
  return text;
}

/** Fails with the citation's problem, naming `where` (an item id, a step, a docs file). */
export function expectCitation(citation: Citation, where: string): void {
  expect(citationProblem(citation, sourceText(citation.seed)), where).toBeUndefined();
}
