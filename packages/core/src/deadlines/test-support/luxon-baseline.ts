// The straightforward implementation, written with luxon and the date-holidays package: the
// oracle for the property tests and the baseline of the benchmark. It does what one writes
// without thinking about speed: parse with luxon, step day by day, ask date-holidays.
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';

const ZONE = 'Europe/Brussels';
const holidays = new Holidays('BE');
const COMMUNITY_DAYS = { flemish: [7, 11], french: [9, 27], german: [11, 15] } as const;
const WEEKDAY_NUMBERS = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
} as const;

export interface BaselineCalendar {
  readonly community?: keyof typeof COMMUNITY_DAYS;
  readonly closingDays?: readonly string[];
  readonly weekendDays?: ReadonlyArray<keyof typeof WEEKDAY_NUMBERS>;
}

export function baselineIsWorkingDay(day: DateTime, calendar: BaselineCalendar = {}): boolean {
  const weekend = (calendar.weekendDays ?? ['saturday', 'sunday']).map(
    (name) => WEEKDAY_NUMBERS[name],
  );
  if ((weekend as number[]).includes(day.weekday)) return false;
  if (calendar.community !== undefined) {
    const [month, date] = COMMUNITY_DAYS[calendar.community];
    if (day.month === month && day.day === date) return false;
  }
  if (calendar.closingDays?.includes(day.toISODate() ?? '')) return false;
  // Noon UTC of the calendar day, so the package's own time zone cannot shift the date.
  const found = holidays.isHoliday(new Date(Date.UTC(day.year, day.month - 1, day.day, 12)));
  return !(found && found.some((holiday) => holiday.type === 'public'));
}

/** Reads a start: a wall-clock time in the autumn overlap is the earlier instant, one in the spring gap the transition, as our rules say. */
export function baselineStart(text: string): DateTime {
  const start = DateTime.fromISO(text, { zone: ZONE, setZone: false }).setZone(ZONE);
  if (/[zZ]|[+-]\d\d(:?\d\d)?$/.test(text.slice(10))) return start;
  // luxon moves a time in the spring gap forward by the gap; the rule is the next valid instant.
  if (start.hour !== DateTime.fromISO(text, { zone: 'utc' }).hour)
    return start.set({ minute: 0, second: 0, millisecond: 0 });
  const hourBefore = start.minus({ hours: 1 });
  const ambiguous = hourBefore.hour === start.hour && hourBefore.minute === start.minute;
  return ambiguous ? hourBefore : start;
}

/** The same wall-clock time on `day`; in the spring gap, the next valid instant (the transition). */
function atWallClock(day: DateTime, wall: DateTime): DateTime {
  const due = day.set({
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    millisecond: wall.millisecond,
  });
  if (due.hour === wall.hour && due.minute === wall.minute) {
    // luxon may pick the later instant of an autumn overlap; the rule says the earlier one.
    const hourBefore = due.minus({ hours: 1 });
    return hourBefore.hour === due.hour && hourBefore.minute === due.minute ? hourBefore : due;
  }
  return day.set({ hour: wall.hour + 1, minute: 0, second: 0, millisecond: 0 });
}

export function baselineElapsed(text: string, hours: number): string {
  return baselineStart(text).plus({ hours }).toISO() ?? '';
}

export function baselineCalendarDays(text: string, days: number): string {
  const start = baselineStart(text);
  return atWallClock(start.startOf('day').plus({ days }), start).toISO() ?? '';
}

export function baselineWorking(
  text: string,
  days: number,
  calendar: BaselineCalendar = {},
): string {
  const start = baselineStart(text);
  let day = start.startOf('day');
  let counted = 0;
  while (counted < days) {
    day = day.plus({ days: 1 });
    if (baselineIsWorkingDay(day, calendar)) counted += 1;
  }
  return atWallClock(day, start).toISO() ?? '';
}

export function baselineFormat(epoch: number): string {
  return DateTime.fromMillis(epoch, { zone: ZONE }).toISO() ?? '';
}
