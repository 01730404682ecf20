// Every step cites the lines of the source it comes from, with a quote that stands there.
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../shared/index.js';
import { expectCitation } from '../shared/test-support/sources.js';
import { stepDefinition, stepPlan } from './steps.js';

describe('the step plan’s citations', () => {
  it.each(stepPlan.map((step) => [step.id, step] as const))(
    '%s: every citation holds its quote',
    (id, step) => {
      expect(step.citations.length, id).toBeGreaterThan(0);
      for (const citation of step.citations)
        expectCitation(citation, `step ${id}: ${formatCitation(citation)}`);
    },
  );

  it('cite the plan (seed 000, lines 151–195) for every step, and more where a step takes from elsewhere', () => {
    for (const step of stepPlan) {
      const [first] = step.citations;
      expect(first.seed, step.id).toBe('000');
      expect(first.lines[0], step.id).toBeGreaterThanOrEqual(151);
      expect(first.lines[1], step.id).toBeLessThanOrEqual(195);
    }
    // The contact point's "questions and concerns" come from seed 001 (review, step G).
    expect(stepDefinition('G').citations.map((citation) => citation.seed)).toEqual(['000', '001']);
    // The task list's first item: contact with the mayor within 48 hours.
    expect(stepDefinition('C.a').citations.map((citation) => citation.lines)).toEqual([
      [158, 158],
      [135, 137],
    ]);
  });
});
