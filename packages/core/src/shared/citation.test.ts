import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationProblem, citationsInMarkdown, formatCitation, type Citation } from './citation.js';
import { expectCitation, sourceText } from './test-support/sources.js';

describe('a citation', () => {
  const good: Citation = { seed: '000', lines: [1, 3], quote: 'x' };

  it('holds when its quote stands in its lines, across a line break too', () => {
    const text = 'een\nvast stappenplan\nvoor de gemeente\nandere regel';
    expect(
      citationProblem({ ...good, lines: [2, 3], quote: 'stappenplan voor de' }, text),
    ).toBeUndefined();
  });

  it('fails when the quote is elsewhere, the lines do not exist, or the quote is one word', () => {
    const text = 'een\nvast stappenplan\nvoor de gemeente\nandere regel';
    expect(citationProblem({ ...good, lines: [1, 2], quote: 'andere regel' }, text)).toContain(
      'is not in these lines',
    );
    expect(citationProblem({ ...good, lines: [3, 9], quote: 'voor de' }, text)).toContain(
      'the source has 4 lines',
    );
    expect(citationProblem({ ...good, lines: [2, 1], quote: 'voor de' }, text)).toContain(
      'not a line range',
    );
    expect(citationProblem({ ...good, lines: [2, 2], quote: 'vast' }, text)).toContain('too short');
  });

  it('is written in the docs one way, and read back from them', () => {
    const one: Citation = { seed: '000', lines: [151, 151], quote: 'binnen 48 uur' };
    const range: Citation = { seed: '002', lines: [552, 556], quote: 'tussen 85% en 94%' };
    const markdown = `As written (${formatCitation(one)}) and (${formatCitation(range)}).`;
    expect(citationsInMarkdown(markdown)).toEqual({ citations: [one, range], malformed: [] });
  });

  it('in the docs, is flagged when it names lines without a quote', () => {
    expect(citationsInMarkdown('(seed `000`, lines 108-123)').malformed).toHaveLength(1);
    expect(citationsInMarkdown('seed 002, line 525').malformed).toHaveLength(1);
  });

  it('finds every seed in sources/', () => {
    for (const seed of ['000', '001', '002', '003', '004'] as const)
      expect(sourceText(seed).length).toBeGreaterThan(1000);
  });
});

// Every guide cites the sources in the one format, and every citation holds.
const docsDir = new URL('../../../../docs/', import.meta.url);
const guides = readdirSync(docsDir).filter((name) => name.endsWith('.md'));
describe.each(guides)('docs/%s', (name) => {
  it('cites the sources in the one format, each quote in its lines', () => {
    const { citations, malformed } = citationsInMarkdown(
      readFileSync(new URL(name, docsDir), 'utf8'),
    );
    expect(malformed, 'citations without a quote or in another format').toEqual([]);
    for (const citation of citations)
      expectCitation(citation, `docs/${name}: ${formatCitation(citation)}`);
  });
});
