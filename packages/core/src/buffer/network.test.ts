import { describe, expect, it } from 'vitest';
import { parseNetwork, type Centre } from './network.js';
import { provinceIds } from '../provinces/index.js';
import { generateNetwork } from './test-support/generate-network.js';

const centre: Centre = {
  id: 'kapellen',
  name: 'Opvangcentrum Kapellen',
  municipality: 'Kapellen',
  province: 'antwerpen',
  operator: { kind: 'partner', name: 'Rode Kruis' },
  places: { generic: { active: 100, occupied: 90, buffer: 20 } },
  costPerPlacePerDay: { active: 60, buffer: 12 },
  activationLeadDays: 14,
};

const issuesOf = (input: unknown) => {
  const result = parseNetwork(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.error.issues;
};

describe('parseNetwork', () => {
  it('accepts a valid network, and the generated benchmark network', () => {
    expect(parseNetwork([centre]).ok).toBe(true);
    expect(parseNetwork(generateNetwork()).ok).toBe(true);
  });

  it('rejects more occupied than active places, naming the centre and the field', () => {
    const [issue] = issuesOf([
      centre,
      { ...centre, id: 'brecht', places: { generic: { active: 50, occupied: 60, buffer: 0 } } },
    ]);
    expect(issue).toMatchObject({
      path: '[1].places.generic.occupied',
      expected: 'occupied at most active',
    });
    expect(issue?.message).toContain('(centre "brecht")');
  });

  it('rejects negative and non-integer counts', () => {
    expect(
      issuesOf([{ ...centre, places: { generic: { active: -1, occupied: 0, buffer: 0 } } }])[0]
        ?.path,
    ).toBe('[0].places.generic.active');
    expect(
      issuesOf([{ ...centre, places: { generic: { active: 10, occupied: 2.5, buffer: 0 } } }])[0]
        ?.path,
    ).toBe('[0].places.generic.occupied');
  });

  it('rejects an unknown kind of places, an unknown province and an unknown operator', () => {
    expect(
      issuesOf([{ ...centre, places: { luxury: { active: 1, occupied: 0, buffer: 0 } } }])[0]
        ?.message,
    ).toContain('unknown key "luxury"');
    expect(issuesOf([{ ...centre, province: 'holland' }])[0]?.path).toBe('[0].province');
    expect(issuesOf([{ ...centre, operator: { kind: 'private' } }])[0]?.path).toBe(
      '[0].operator.kind',
    );
  });

  it('rejects duplicate ids, naming both centres', () => {
    const [issue] = issuesOf([centre, { ...centre, name: 'Other' }]);
    expect(issue).toMatchObject({
      path: '[1].id',
      message: 'the id of centre [0] again',
      received: 'kapellen',
    });
  });

  it('rejects an empty network and what is not a list', () => {
    expect(parseNetwork([]).ok).toBe(false);
    expect(parseNetwork({ centres: [] }).ok).toBe(false);
  });
});

describe("the network's provinces", () => {
  it('are the ten provinces and the Brussels-Capital Region of shared, and no other', () => {
    expect(provinceIds).toHaveLength(11);
    for (const province of provinceIds)
      expect(parseNetwork([{ ...centre, province }]).ok, province).toBe(true);
    expect(issuesOf([{ ...centre, province: 'vlaanderen' }]).map((issue) => issue.path)).toEqual([
      '[0].province',
    ]);
  });
});
