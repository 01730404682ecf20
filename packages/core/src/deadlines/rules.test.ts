import { describe, expect, it } from 'vitest';
import { OpvangValidationError } from '../shared/index.js';
import { calendarDays, checkRule, elapsedHours, RULE_LIMITS, workingDays } from './rules.js';

describe('deadline rules', () => {
  it('are plain data, so they go through JSON unchanged', () => {
    expect(elapsedHours(48)).toEqual({ kind: 'elapsed-hours', hours: 48 });
    expect(calendarDays(2)).toEqual({ kind: 'calendar-days', days: 2 });
    expect(JSON.parse(JSON.stringify(workingDays(2)))).toEqual({ kind: 'working-days', days: 2 });
  });

  it('accept counts from 1 up to a year in their unit', () => {
    expect(elapsedHours(RULE_LIMITS.hours).hours).toBe(8784);
    expect(calendarDays(RULE_LIMITS.calendarDays).days).toBe(366);
    expect(workingDays(RULE_LIMITS.workingDays).days).toBe(261);
  });

  it.each([
    ['zero', 0],
    ['negative', -2],
    ['not whole', 1.5],
    ['absurdly large', 1e9],
    ['not a number', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('reject a count that is %s, naming the field and what was expected', (_, n) => {
    for (const [make, field] of [
      [elapsedHours, 'hours'],
      [calendarDays, 'days'],
      [workingDays, 'days'],
    ] as const) {
      try {
        make(n);
        expect.unreachable(`${field} ${n} was accepted`);
      } catch (error) {
        expect(error).toBeInstanceOf(OpvangValidationError);
        expect((error as OpvangValidationError).details.issues[0]?.path).toBe(field);
      }
    }
  });

  it('check rules from outside: unknown kinds and extra fields are errors', () => {
    expect(checkRule({ kind: 'elapsed-hours', hours: 48 })).toBeUndefined();
    expect(checkRule({ kind: 'weeks', weeks: 2 })?.issues[0]?.path).toBe('kind');
    expect(checkRule({ kind: 'working-days', days: 2, calendar: 'x' })?.issues[0]?.message).toMatch(
      /unknown key "calendar"/,
    );
    expect(checkRule({ kind: 'working-days', hours: 2 })).toBeDefined();
    expect(checkRule(null)).toBeDefined();
    expect(checkRule('48h')).toBeDefined();
  });
});
