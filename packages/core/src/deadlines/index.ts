/**
 * Deadlines on Belgian calendars in Europe/Brussels time: the public and community holidays,
 * working-day calendars with a municipality's own closing days, three counting rules
 * (elapsed hours, calendar days, working days), and deadlines that explain themselves in
 * nl/fr/de/en.
 *
 * @packageDocumentation
 */
export {
  belgianCalendar,
  holidaysIn,
  isWorkingDay,
  type BelgianCalendar,
  type BelgianCalendarOptions,
  type ClosingDay,
  type Holiday,
  type NonWorkingReason,
} from './calendar.js';
export {
  communities,
  communityHolidayIds,
  easterSunday,
  holidayNames,
  HOLIDAY_YEARS,
  publicHolidayIds,
  type Community,
  type HolidayId,
} from './holidays.js';
export {
  calendarDays,
  elapsedHours,
  RULE_LIMITS,
  workingDays,
  type DeadlineRule,
} from './rules.js';
export {
  deadline,
  describeTimeRemaining,
  isOverdue,
  timeRemaining,
  type Deadline,
  type DeadlineOptions,
  type SkippedDay,
  type TimeRemaining,
} from './deadline.js';
export { describeDeadline } from './messages.js';
