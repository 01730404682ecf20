import type { Centre } from '@opvang/core/buffer';
import { provinceIds } from '@opvang/core/provinces';

/**
 * A fictional network for the tests and the benchmark: `size` centres over the eleven
 * provinces, a third federal, generic places in every centre and medical places in every fifth,
 * occupancy around 93%. Deterministic: the same size gives the same network.
 */
export function testNetwork(size = 33): Centre[] {
  return Array.from({ length: size }, (_, index) => {
    const active = 80 + ((index * 37) % 140);
    const occupied = Math.min(active, Math.round(active * (0.86 + ((index * 13) % 12) / 100)));
    const centre: Centre = {
      id: `t-${String(index + 1).padStart(3, '0')}`,
      name: `Testcentrum ${String(index + 1)}`,
      municipality: `Testdorp ${String(index % 17)}`,
      province: provinceIds[index % provinceIds.length] ?? 'brussels',
      operator: index % 3 === 0 ? { kind: 'federal' } : { kind: 'partner', name: 'Partner' },
      places: {
        generic: { active, occupied, buffer: 10 + ((index * 7) % 40) },
        ...(index % 5 === 0 ? { medical: { active: 10, occupied: 8, buffer: 2 } } : {}),
      },
      costPerPlacePerDay: { active: 50 + (index % 20), buffer: 10 + (index % 5) },
      activationLeadDays: 7 + (index % 4) * 7,
      quality: (index % 10) / 10,
    };
    return centre;
  });
}
