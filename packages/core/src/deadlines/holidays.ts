import type { Localized } from '../i18n/index.js';
import { dayNumberOf } from '../shared/index.js';

/** The ten Belgian public holidays (Law of 4 January 1974, as amended). */
export const publicHolidayIds = [
  'new-year',
  'easter-monday',
  'labour-day',
  'ascension',
  'whit-monday',
  'national-day',
  'assumption',
  'all-saints',
  'armistice',
  'christmas',
] as const;

/** The holidays of the three communities; which one counts is a setting of the calendar. */
export const communityHolidayIds = [
  'flemish-community',
  'french-community',
  'german-community',
] as const;

/** The communities, each with its holiday: 11 July, 27 September, 15 November. */
export const communities = ['flemish', 'french', 'german'] as const;

/** One of {@link communities}. */
export type Community = (typeof communities)[number];

/** One of {@link publicHolidayIds} or {@link communityHolidayIds}. */
export type HolidayId = (typeof publicHolidayIds)[number] | (typeof communityHolidayIds)[number];

/** The names of the holidays in nl, fr, de and en. */
export const holidayNames: { readonly [H in HolidayId]: Localized } = {
  'new-year': { nl: 'Nieuwjaar', fr: 'Jour de l’An', de: 'Neujahr', en: 'New Year’s Day' },
  'easter-monday': {
    nl: 'Paasmaandag',
    fr: 'Lundi de Pâques',
    de: 'Ostermontag',
    en: 'Easter Monday',
  },
  'labour-day': {
    nl: 'Dag van de Arbeid',
    fr: 'Fête du Travail',
    de: 'Tag der Arbeit',
    en: 'Labour Day',
  },
  ascension: {
    nl: 'Onze-Lieve-Heer-Hemelvaart',
    fr: 'Ascension',
    de: 'Christi Himmelfahrt',
    en: 'Ascension Day',
  },
  'whit-monday': {
    nl: 'Pinkstermaandag',
    fr: 'Lundi de Pentecôte',
    de: 'Pfingstmontag',
    en: 'Whit Monday',
  },
  'national-day': {
    nl: 'Nationale feestdag',
    fr: 'Fête nationale',
    de: 'Nationalfeiertag',
    en: 'Belgian National Day',
  },
  assumption: {
    nl: 'Onze-Lieve-Vrouw-Hemelvaart',
    fr: 'Assomption',
    de: 'Mariä Himmelfahrt',
    en: 'Assumption Day',
  },
  'all-saints': {
    nl: 'Allerheiligen',
    fr: 'Toussaint',
    de: 'Allerheiligen',
    en: 'All Saints’ Day',
  },
  armistice: { nl: 'Wapenstilstand', fr: 'Armistice', de: 'Waffenstillstand', en: 'Armistice Day' },
  christmas: { nl: 'Kerstmis', fr: 'Noël', de: 'Weihnachten', en: 'Christmas Day' },
  'flemish-community': {
    nl: 'Feestdag van de Vlaamse Gemeenschap',
    fr: 'Fête de la Communauté flamande',
    de: 'Feiertag der Flämischen Gemeinschaft',
    en: 'Day of the Flemish Community',
  },
  'french-community': {
    nl: 'Feestdag van de Franse Gemeenschap',
    fr: 'Fête de la Fédération Wallonie-Bruxelles',
    de: 'Feiertag der Französischen Gemeinschaft',
    en: 'Day of the French Community',
  },
  'german-community': {
    nl: 'Feestdag van de Duitstalige Gemeenschap',
    fr: 'Fête de la Communauté germanophone',
    de: 'Feiertag der Deutschsprachigen Gemeinschaft',
    en: 'Day of the German-speaking Community',
  },
};

const COMMUNITY_HOLIDAY: { readonly [C in Community]: readonly [HolidayId, number, number] } = {
  flemish: ['flemish-community', 7, 11],
  french: ['french-community', 9, 27],
  german: ['german-community', 11, 15],
};

/** The first and last year holidays are computed for: the range the Easter computation is tested on. */
export const HOLIDAY_YEARS = { first: 1900, last: 2200 } as const;

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus, Jones and
 * Butcher), as month and day.
 */
export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** A public or community holiday on one day. */
export interface HolidayOn {
  readonly id: HolidayId;
  readonly dayNumber: number;
}

const yearCache = new Map<string, readonly HolidayOn[]>();

/** The public holidays of a year, plus the community's, in date order. Cached per year. */
export function holidaysOfYear(
  year: number,
  community: Community | undefined,
): readonly HolidayOn[] {
  const key = `${year}:${community ?? ''}`;
  let cached = yearCache.get(key);
  if (cached !== undefined) return cached;
  const easter = easterSunday(year);
  const easterDay = dayNumberOf(year, easter.month, easter.day);
  const list: HolidayOn[] = [
    { id: 'new-year', dayNumber: dayNumberOf(year, 1, 1) },
    { id: 'easter-monday', dayNumber: easterDay + 1 },
    { id: 'labour-day', dayNumber: dayNumberOf(year, 5, 1) },
    { id: 'ascension', dayNumber: easterDay + 39 },
    { id: 'whit-monday', dayNumber: easterDay + 50 },
    { id: 'national-day', dayNumber: dayNumberOf(year, 7, 21) },
    { id: 'assumption', dayNumber: dayNumberOf(year, 8, 15) },
    { id: 'all-saints', dayNumber: dayNumberOf(year, 11, 1) },
    { id: 'armistice', dayNumber: dayNumberOf(year, 11, 11) },
    { id: 'christmas', dayNumber: dayNumberOf(year, 12, 25) },
  ];
  if (community !== undefined) {
    const [id, month, day] = COMMUNITY_HOLIDAY[community];
    list.push({ id, dayNumber: dayNumberOf(year, month, day) });
  }
  // Ascension can fall on 1 May (2008): both stay listed, in date order.
  cached = list.sort((x, y) => x.dayNumber - y.dayNumber);
  yearCache.set(key, cached);
  return cached;
}
