import { describe, expect, it } from 'vitest';
import {
  brusselsLocalDate,
  DAY_MS,
  dayNumberOf,
  formatInstant,
  isoDateOf,
  wallToEpoch,
} from './index.js';

// The TSDoc examples of the day helpers, as written there.
describe('the day helpers of the instant module', () => {
  it('do what their examples say', () => {
    expect(Date.UTC(2025, 2, 15) - Date.UTC(2025, 2, 14)).toBe(DAY_MS);
    expect(formatInstant(wallToEpoch(2025, 3, 30, 2, 30, 0, 0))).toBe(
      '2025-03-30T03:00:00.000+02:00',
    );
    expect(brusselsLocalDate(Date.parse('2025-07-01T08:00Z')).getUTCHours()).toBe(10);
    expect(dayNumberOf(1970, 1, 2)).toBe(1);
    expect(isoDateOf(dayNumberOf(2025, 3, 14))).toBe('2025-03-14');
  });
});
