import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { assess } from './assess.js';
import type { Centre, PlaceCounts } from './network.js';
import { plan } from './plan.js';
import { defaultPolicy } from './policy.js';
import type { ProjectedWeek, Projection } from './project.js';
import { summarizeAssessment, summarizePlan, summarizeProjection } from './summarize.js';

const centre = (id: string, generic: PlaceCounts, extra: Partial<Centre> = {}): Centre => ({
  id,
  name: `Centrum ${id}`,
  municipality: 'Kapellen',
  province: 'antwerpen',
  operator: { kind: 'federal' },
  places: { generic },
  costPerPlacePerDay: { active: 50, buffer: 10 },
  activationLeadDays: 14,
  ...extra,
});

// 970 of 1000 generic places occupied (97%), 200 buffer places; medical places at 60%.
const saturated = [
  centre('a', { active: 600, occupied: 582, buffer: 100 }),
  centre(
    'b',
    { active: 400, occupied: 388, buffer: 100 },
    {
      places: {
        generic: { active: 400, occupied: 388, buffer: 100 },
        medical: { active: 20, occupied: 12, buffer: 0 },
      },
    },
  ),
];

const week = (number: number, outside: number, above: number): ProjectedWeek => ({
  week: number,
  occupancy: { p10: 0.86, p50: 0.9, p90: 0.93 },
  probabilityAbove: above,
  probabilityBelow: outside - above,
  probabilityOutside: outside,
  activated: 10,
  deactivated: 2.5,
  cost: 350_000,
});

const projection: Projection = {
  weeks: [week(1, 0.05, 0.05), week(2, 0.1, 0.08), week(3, 0.2, 0.12), week(4, 0.25, 0.2)],
  assumptions: [],
  peakProbabilityAbove: 0.2,
};

describe('summarizeAssessment', () => {
  it('says when the buffer policy does not apply yet (seed 002, line 525), and only then', () => {
    const above = summarizeAssessment(assess(saturated, defaultPolicy), defaultPolicy, 'en');
    expect(above).toContain(
      'The buffer policy does not apply yet: it starts only once occupancy falls',
    );
    const within = saturated.map((c) => ({
      ...c,
      places: {
        generic: { ...c.places.generic!, occupied: Math.round(c.places.generic!.active * 0.9) },
      },
    }));
    expect(summarizeAssessment(assess(within, defaultPolicy), defaultPolicy, 'en')).toBe(
      'Occupancy of generic places is 90%: within the band of 85%–94%.',
    );
  });
  it('says plainly when the buffer is not enough', () => {
    const short = saturated.map((c) => ({
      ...c,
      places: { generic: { ...c.places.generic!, buffer: 10 } },
    }));
    expect(summarizeAssessment(assess(short, defaultPolicy), defaultPolicy, 'nl')).toContain(
      'Om het doel van 90% te halen, moeten 78 plaatsen geactiveerd worden; de buffer (20 plaatsen) volstaat daarvoor niet.',
    );
  });
  it.each(locales)('%s', (locale) => {
    expect(
      summarizeAssessment(assess(saturated, defaultPolicy), defaultPolicy, locale),
    ).toMatchSnapshot();
  });
});
describe('summarizePlan', () => {
  it('says a shortfall plainly, and that a person decides', () => {
    const short = saturated.map((c) => ({
      ...c,
      places: { generic: { ...c.places.generic!, buffer: 10 } },
    }));
    const text = summarizePlan(plan(short, defaultPolicy), 'en');
    expect(text).toContain(
      'Shortfall: 58 generic places cannot be activated (not enough buffer places).',
    );
    expect(
      text.endsWith('This is a recommendation with its reasons, not a decision: a person decides.'),
    ).toBe(true);
    for (const locale of locales)
      expect(summarizePlan(plan(short, defaultPolicy), locale), locale).toMatch(
        {
          nl: /Tekort: 58 generieke plaatsen kunnen niet geactiveerd worden/,
          fr: /Manque : 58 places génériques ne peuvent pas être activées/,
          de: /Fehlmenge: 58 allgemeine Plätze können nicht aktiviert werden/,
          en: /Shortfall/,
        }[locale],
      );
  });
  it('says when it recommends no change', () => {
    const balanced = [centre('a', { active: 1000, occupied: 900, buffer: 50 })];
    expect(summarizePlan(plan(balanced, defaultPolicy), 'de')).toBe(
      'Der Plan empfiehlt keine Änderung: Jede Art von Plätzen ist auf ihrem Ziel. Dies ist eine Empfehlung mit ihren Gründen, keine Entscheidung: Ein Mensch entscheidet.',
    );
  });
  it.each(locales)('%s', (locale) => {
    expect(summarizePlan(plan(saturated, defaultPolicy), locale)).toMatchSnapshot();
  });
});
describe('summarizeProjection', () => {
  it('says when occupancy stays within the band every week, and when it leaves it at once', () => {
    const calm = {
      ...projection,
      weeks: projection.weeks.map((w) => ({
        ...w,
        probabilityOutside: 0.1,
        probabilityAbove: 0,
        probabilityBelow: 0.1,
      })),
    };
    expect(summarizeProjection(calm, defaultPolicy, 'en')).toMatch(
      /^In each of the 4 weeks, occupancy is within the band of 85%–94% with at least 80% probability\./,
    );
    const early = {
      ...projection,
      weeks: projection.weeks.map((w) => ({
        ...w,
        probabilityOutside: 0.5,
        probabilityAbove: 0.5,
      })),
    };
    expect(summarizeProjection(early, defaultPolicy, 'fr')).toMatch(
      /^Dès la semaine 1, l’occupation est hors de la fourchette de 85\u00a0%–94\u00a0% avec une probabilité de 50\u00a0%\./u,
    );
  });
  it.each(locales)('%s', (locale) => {
    expect(summarizeProjection(projection, defaultPolicy, locale)).toMatchSnapshot();
  });
});
