import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { actorRoleNames, actorRoles, stepDefinition, stepIds, stepPlan } from './steps.js';

describe('the step plan as data', () => {
  it('holds A to K with the sub-steps of B, C, D and K, in order', () => {
    expect(stepPlan.map((step) => step.id)).toEqual([...stepIds]);
    expect(stepDefinition('B').children).toEqual(['B.a', 'B.b', 'B.c', 'B.d']);
    expect(stepDefinition('C').children).toEqual(['C.a', 'C.b']);
    expect(stepDefinition('D').children).toEqual(['D.a', 'D.b', 'D.c', 'D.d', 'D.e']);
    expect(stepDefinition('K').children).toEqual(['K.a', 'K.b', 'K.c', 'K.d']);
    expect(
      stepPlan
        .filter((step) => step.parent === undefined)
        .map((step) => step.id)
        .join(''),
    ).toBe('ABCDEFGHIJK');
  });

  it('gives every step a title and a description in nl, fr, de and en, and every actor a name', () => {
    for (const step of stepPlan) {
      for (const locale of locales) {
        expect(step.title[locale].length, `${step.id} ${locale}`).toBeGreaterThan(3);
        expect(step.description[locale].length, `${step.id} ${locale}`).toBeGreaterThan(10);
      }
      expect(step.actors.length).toBeGreaterThan(0);
    }
    for (const role of actorRoles)
      for (const locale of locales) expect(actorRoleNames[locale][role]).not.toBe('');
  });

  it('only depends on steps that come earlier, so the plan has no cycle', () => {
    for (const [index, step] of stepPlan.entries()) {
      for (const dependency of step.dependsOn)
        expect(stepIds.indexOf(dependency), `${step.id} → ${dependency}`).toBeLessThan(index);
    }
  });

  it('puts the one deadline on the contact, D.b only with minors, and the market format on H', () => {
    expect(stepPlan.filter((step) => step.deadline !== undefined).map((step) => step.id)).toEqual([
      'C.a',
    ]);
    expect(
      stepPlan.filter((step) => step.applicability.kind !== 'always').map((step) => step.id),
    ).toEqual(['D.b']);
    expect(stepPlan.filter((step) => step.constraints.length > 0).map((step) => step.id)).toEqual([
      'H',
    ]);
    expect(stepDefinition('D.d').dependsOn).toEqual(['C', 'D.b']);
  });

  it('keeps the Dutch titles close to the source', () => {
    expect(stepDefinition('H').title.nl).toBe('Infomarkt');
    expect(stepDefinition('K.c').title.nl).toBe('Buddywerking');
    expect(stepDefinition('C.b').title.nl).toBe('Eerste afspraak');
  });
});
