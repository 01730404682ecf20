// A realistic generated network for tests and the benchmark: by default 300 centres and about
// 40 000 generic places over ten provinces, a third run by Fedasil, costs, lead times and
// quality spread as in practice. Seeded, so every run sees the same network.
import type { Centre, Network } from '../network.js';
import { provinceIds as provinces, type ProvinceId as Province } from '../../provinces/index.js';
import { seededRandom } from '../random.js';

export interface NetworkShape {
  readonly centres?: number;
  readonly places?: number;
  /** Generic occupancy to aim for, e.g. 0.97 (above the band) or 0.8 (below). */
  readonly occupancy?: number;
  /** Buffer places as a share of active places. */
  readonly bufferShare?: number;
  readonly seed?: number;
}

export function generateNetwork(shape: NetworkShape = {}): Network {
  const {
    centres = 300,
    places = 40_000,
    occupancy = 0.97,
    bufferShare = 0.12,
    seed = 2024,
  } = shape;
  const next = seededRandom(seed);
  const ten = provinces.slice(0, 10);
  const weights = Array.from({ length: centres }, () => 0.3 + next() * 1.7);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight, index): Centre => {
    const active = Math.max(10, Math.round((places * weight) / totalWeight));
    const occupied = Math.min(active, Math.round(active * (occupancy + (next() - 0.5) * 0.06)));
    const buffer = Math.round(active * bufferShare * next() * 2);
    const federal = index % 3 === 0;
    const medical =
      index % 10 === 0
        ? { medical: { active: 20, occupied: Math.round(20 * (0.6 + next() * 0.35)), buffer: 5 } }
        : {};
    return {
      id: `c-${String(index).padStart(3, '0')}`,
      name: `Centre ${index}`,
      municipality: `Municipality ${index % 120}`,
      province: ten[index % 10] as Province,
      operator: federal
        ? { kind: 'federal' }
        : { kind: 'partner', name: index % 3 === 1 ? 'Rode Kruis' : 'Partner NGO' },
      places: { generic: { active, occupied, buffer }, ...medical },
      costPerPlacePerDay: {
        active: Math.round(40 + next() * 50),
        buffer: Math.round(8 + next() * 12),
      },
      activationLeadDays: 7 + Math.floor(next() * 50),
      quality: Math.round(next() * 100) / 100,
      ...(index % 4 === 0 ? { longTermPotential: true } : {}),
    };
  });
}
