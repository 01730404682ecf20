import { describe, expect, it } from 'vitest';
import { formatNumber, locales } from '../i18n/index.js';
import type { PlanLine } from './plan.js';
import { criterionNames, describeAssumption, describePlanLine } from './messages.js';

// The review of December 2026 (shared/reviews/texts-2026-12.md, "Buffer").
const line: PlanLine = {
  centreId: 'c-001',
  centreName: 'Centrum Kapellen',
  province: 'antwerpen',
  operator: 'federal',
  kind: 'generic',
  action: 'activate',
  places: 40,
  reasons: [{ criterion: 'existing-centre', score: 1, weight: 1, contribution: 1 }],
  total: 2.6,
  alternatives: [],
};

describe('the buffer texts', () => {
  it('print costs as money, with two decimals and the grouping of the reader’s language', () => {
    const costs = { kind: 'average-costs', activePerDay: 52.35, bufferPerDay: 1234.5 } as const;
    expect(describeAssumption(costs, 'nl')).toBe(
      'Kosten: gemiddeld € 52,35 per actieve plaats en € 1.234,50 per bufferplaats per dag.',
    );
    for (const locale of locales) {
      const text = describeAssumption(costs, locale);
      expect(text, locale).toContain(
        formatNumber(1234.5, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
      expect(text, locale).not.toContain('1234.5');
    }
  });
  it('call the weekly rule a rule, with 90% as its aim', () => {
    const weekly = { kind: 'policy-weekly', applied: true, target: 0.9 } as const;
    expect(describeAssumption(weekly, 'de')).toBe(
      'Die Pufferregel wird jede Woche angewandt, mit dem Ziel einer Belegung von 90 %.',
    );
    expect(describeAssumption(weekly, 'fr')).toBe(
      'La règle est appliquée chaque semaine, avec un objectif de 90 % d’occupation.',
    );
    expect(describeAssumption({ ...weekly, applied: false }, 'de')).not.toContain('Politik');
  });
  it('say why a centre was chosen in idiomatic Dutch and French', () => {
    expect(describePlanLine(line, 'nl')).toContain('Gekozen omwille van: bestaand centrum 1.');
    expect(describePlanLine(line, 'fr')).toContain('Critères déterminants : centre existant 1.');
  });
  it('say one place in the singular, in every language', () => {
    const one = { ...line, places: 1 };
    expect(describePlanLine(one, 'nl')).toMatch(
      /^Activeer 1 generieke plaats in Centrum Kapellen\./u,
    );
    expect(describePlanLine(one, 'fr')).toMatch(/^Activer 1 place générique à Centrum Kapellen\./u);
    expect(describePlanLine(one, 'de')).toMatch(
      /^1 allgemeinen Platz in Centrum Kapellen aktivieren\./u,
    );
    expect(describePlanLine(one, 'en')).toMatch(/^Activate 1 generic place in Centrum Kapellen\./u);
    expect(describePlanLine(line, 'nl')).toMatch(/^Activeer 40 generieke plaatsen in/u);
  });
  it('name the proportion criterion in German', () => {
    expect(criterionNames.de['proportional-operators']).toBe(
      'ausgewogenes Verhältnis föderale Zentren/Partner',
    );
  });
});
