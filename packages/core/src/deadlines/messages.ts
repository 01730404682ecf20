import {
  formatDateTime,
  intlLocales,
  localeOfTag,
  type Locale,
  type Localized,
} from '../i18n/index.js';
import type { Weekday } from '../shared/index.js';
import type { NonWorkingReason } from './calendar.js';
import type { Deadline } from './deadline.js';
import type { DeadlineRule } from './rules.js';

/** What an explanation is made from: the facts of one computed deadline. */
interface ExplanationFacts {
  readonly start: number;
  readonly due: number;
  readonly rule: DeadlineRule;
  /** The non-working days passed over, with why. */
  readonly skipped: ReadonlyArray<{
    readonly dayNumber: number;
    readonly reasons: readonly NonWorkingReason[];
  }>;
  readonly clockChange: boolean;
  readonly shiftedOutOfGap: boolean;
  /** The calendar's weekend, to say "Monday to Friday" only when that is what working days are. */
  readonly weekendDays: readonly Weekday[];
}

interface Words {
  readonly due: (p: { due: string }) => string;
  readonly elapsed: (p: { one: boolean; hours: string; start: string }) => string;
  readonly elapsedClock: (p: { hours: string }) => string;
  /** "1 uur", "48 uur": a count of hours, singular or plural. */
  readonly hours: (p: { n: number; one: boolean }) => string;
  readonly calendar: (p: { days: number; start: string }) => string;
  readonly working: (p: { ordinal: string; week: string; startDay: string }) => string;
  readonly ordinal: (n: number) => string;
  /** What a working day is, when the weekend is Saturday and Sunday, with its leading space. */
  readonly mondayToFriday: string;
  readonly startDay: string;
  readonly skipped: (p: { list: string }) => string;
  readonly none: string;
  readonly gap: (p: { time: string }) => string;
  readonly weekend: string;
  readonly closingDay: string;
  /** A date and a time of day in running text. */
  readonly at: (p: { date: string; time: string }) => string;
}

const englishOrdinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

// Wording reviewed in December 2026 (issue 13): no "elapsed time" jargon, Belgian usage
// ("jour ouvrable" alone often includes Saturday), German date apposition closed by a comma.
const words: Localized<Words> = {
  nl: {
    due: ({ due }) => `Uiterlijk ${due}.`,
    elapsed: ({ hours, start }) => `Dat is ${hours} na ${start} (de klok rond gerekend).`,
    elapsedClock: ({ hours }) =>
      `De klok werd in die periode verzet; de termijn blijft precies ${hours}.`,
    hours: ({ n }) => `${n} uur`,
    calendar: ({ days, start }) =>
      `Dat is ${days} kalenderdag${days === 1 ? '' : 'en'} na ${start}, op hetzelfde uur.`,
    working: ({ ordinal, week, startDay }) =>
      `Dat is de ${ordinal} werkdag${week} na ${startDay}, op hetzelfde uur.`,
    ordinal: (n) => `${n}e`,
    mondayToFriday: ' (maandag tot vrijdag)',
    startDay: 'De startdag telt niet mee.',
    skipped: ({ list }) => `Niet meegeteld: ${list}.`,
    none: 'Er vielen geen dagen weg.',
    gap: ({ time }) =>
      `Dat uur bestaat die dag niet door de overgang naar zomertijd; de termijn valt daarom op het eerste tijdstip daarna (${time}).`,
    weekend: 'weekend',
    closingDay: 'sluitingsdag',
    at: ({ date, time }) => `${date} om ${time}`,
  },
  fr: {
    due: ({ due }) => `Au plus tard le ${due}.`,
    elapsed: ({ one, hours, start }) =>
      `Soit ${hours} après le ${start}, ${one ? 'comptée' : 'comptées'} en continu.`,
    elapsedClock: ({ hours }) =>
      `L’heure a changé pendant cette période ; le délai reste de ${hours} exactement.`,
    hours: ({ n, one }) => `${n} ${one ? 'heure' : 'heures'}`,
    calendar: ({ days, start }) =>
      `Soit ${days} jour${days === 1 ? '' : 's'} calendrier après le ${start}, à la même heure.`,
    // In Belgium « jour ouvrable » often includes Saturday: it is written only with its days;
    // a calendar with another weekend counts « jours de travail ».
    working: ({ ordinal, week, startDay }) =>
      week === ''
        ? `Soit le ${ordinal} jour de travail après le ${startDay}, à la même heure.`
        : `Soit le ${ordinal} jour ouvrable (du lundi au vendredi) après le ${startDay}, à la même heure.`,
    ordinal: (n) => (n === 1 ? '1er' : `${n}e`),
    mondayToFriday: ' (du lundi au vendredi)',
    startDay: 'Le jour de départ ne compte pas.',
    skipped: ({ list }) => `Non comptés : ${list}.`,
    none: 'Aucun jour n’a été sauté.',
    gap: ({ time }) =>
      `Cette heure n’existe pas ce jour-là à cause du passage à l’heure d’été ; le délai tombe donc au premier instant qui suit (${time}).`,
    weekend: 'week-end',
    closingDay: 'jour de fermeture',
    at: ({ date, time }) => `${date} à ${time}`,
  },
  de: {
    due: ({ due }) => `Spätestens am ${due}.`,
    elapsed: ({ one, hours, start }) =>
      `${one ? 'Das ist' : 'Das sind'} ${hours} nach dem ${start}, durchgehend gezählt.`,
    elapsedClock: ({ hours }) =>
      `In diesem Zeitraum wurde die Uhr umgestellt; die Frist bleibt genau ${hours}.`,
    hours: ({ n, one }) => `${n} ${one ? 'Stunde' : 'Stunden'}`,
    calendar: ({ days, start }) =>
      days === 1
        ? `Das ist 1 Kalendertag nach dem ${start}, zur selben Uhrzeit.`
        : `Das sind ${days} Kalendertage nach dem ${start}, zur selben Uhrzeit.`,
    working: ({ ordinal, week, startDay }) =>
      `Das ist der ${ordinal} Werktag${week} nach dem ${startDay}, zur selben Uhrzeit.`,
    ordinal: (n) => `${n}.`,
    mondayToFriday: ' (Montag bis Freitag)',
    startDay: 'Der Starttag zählt nicht mit.',
    skipped: ({ list }) => `Nicht mitgezählt: ${list}.`,
    none: 'Es wurden keine Tage übersprungen.',
    gap: ({ time }) =>
      `Diese Uhrzeit gibt es an dem Tag wegen der Umstellung auf Sommerzeit nicht; die Frist fällt daher auf den ersten Zeitpunkt danach (${time} Uhr).`,
    weekend: 'Wochenende',
    closingDay: 'Schließungstag',
    at: ({ date, time }) => `${date}, um ${time} Uhr`,
  },
  en: {
    due: ({ due }) => `Due by ${due}.`,
    elapsed: ({ hours, start }) => `That is ${hours} after ${start}, counted round the clock.`,
    elapsedClock: ({ hours }) => `The clocks changed in that period; it is still exactly ${hours}.`,
    hours: ({ n, one }) => `${n} ${one ? 'hour' : 'hours'}`,
    calendar: ({ days, start }) =>
      `That is ${days} calendar day${days === 1 ? '' : 's'} after ${start}, at the same time of day.`,
    working: ({ ordinal, week, startDay }) =>
      `That is the ${ordinal} working day${week} after ${startDay}, at the same time of day.`,
    ordinal: englishOrdinal,
    mondayToFriday: ' (Monday to Friday)',
    startDay: 'The start day does not count.',
    skipped: ({ list }) => `Not counted: ${list}.`,
    none: 'No days were skipped.',
    gap: ({ time }) =>
      `That time does not exist on that day because of the change to summer time; the deadline therefore falls on the first instant after it (${time}).`,
    weekend: 'weekend',
    closingDay: 'closing day',
    at: ({ date, time }) => `${date} at ${time}`,
  },
};

// French writes the first of the month "1er" (le 1er décembre); Intl writes "1". Idempotent,
// so it stays right if the shared formatter learns it too.
const frenchMonths =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const frenchFirst = new RegExp(`(^|[^\\d])1 (${frenchMonths})`, 'g');
function dateText(text: string, locale: Locale): string {
  return locale === 'fr' ? text.replace(frenchFirst, '$11er $2') : text;
}

function longDateTime(epoch: number, locale: Locale, w: Words): string {
  const instant = new Date(epoch);
  return w.at({
    date: dateText(formatDateTime(instant, locale, 'long-date'), locale),
    time: formatDateTime(instant, locale, 'time'),
  });
}

const plurals = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (rules === undefined) plurals.set(locale, (rules = new Intl.PluralRules(intlLocales[locale])));
  return rules;
}

function isSaturdaySunday(weekend: readonly Weekday[]): boolean {
  return weekend.length === 2 && weekend.includes('saturday') && weekend.includes('sunday');
}

/**
 * What a person reads about a deadline, in a language: the due time, the rule, and the days
 * skipped and why. It reads only the deadline's data, so a deadline that went through JSON is
 * explained the same. The language is read as `localeOfTag` reads a tag.
 *
 * @example
 * ```ts
 * const result = deadline('2025-07-10T15:00+02:00', workingDays(2), belgianCalendar({ community: 'flemish' }));
 * if (result.ok) describeDeadline(result.value, 'en');
 * // 'Due by Tuesday, 15 July 2025 at 15:00. That is the 2nd working day (Monday to Friday) after Thursday,
 * //   10 July 2025, at the same time of day. The start day does not count. Not counted: Friday, 11 July
 * //   (Day of the Flemish Community); Saturday, 12 July (weekend); Sunday, 13 July (weekend).'
 * ```
 */
export function describeDeadline(deadline: Deadline, locale: Locale): string {
  return explain(
    {
      start: Date.parse(deadline.start),
      due: Date.parse(deadline.due),
      rule: deadline.rule,
      skipped: deadline.skipped.map(({ date, reasons }) => ({
        dayNumber: Date.parse(date) / 86_400_000,
        reasons,
      })),
      clockChange: deadline.clockChange,
      shiftedOutOfGap: deadline.shiftedOutOfGap,
      weekendDays: deadline.weekendDays,
    },
    localeOfTag(locale),
  );
}

/** The explanation of one deadline in one language: which rule, from when, which days were skipped and why. */
function explain(facts: ExplanationFacts, locale: Locale): string {
  const w = words[locale];
  const due = longDateTime(facts.due, locale, w);
  const start = longDateTime(facts.start, locale, w);
  const sentences = [w.due({ due })];
  switch (facts.rule.kind) {
    case 'elapsed-hours': {
      const n = facts.rule.hours;
      const one = pluralRules(locale).select(n) === 'one';
      const hours = w.hours({ n, one });
      sentences.push(w.elapsed({ one, hours, start }));
      if (facts.clockChange) sentences.push(w.elapsedClock({ hours }));
      break;
    }
    case 'calendar-days':
      sentences.push(w.calendar({ days: facts.rule.days, start }));
      break;
    case 'working-days': {
      const week = isSaturdaySunday(facts.weekendDays) ? w.mondayToFriday : '';
      const startDay = dateText(formatDateTime(new Date(facts.start), locale, 'long-date'), locale);
      sentences.push(
        w.working({ ordinal: w.ordinal(facts.rule.days), week, startDay }),
        w.startDay,
      );
      const dayFormat = new Intl.DateTimeFormat(intlLocales[locale], {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      const list = facts.skipped.map(({ dayNumber, reasons }) => {
        const why = reasons.map((reason) =>
          reason.kind === 'weekend'
            ? w.weekend
            : reason.kind === 'holiday'
              ? reason.names[locale]
              : (reason.name ?? w.closingDay),
        );
        return `${dateText(dayFormat.format(new Date(dayNumber * 86_400_000)), locale)} (${why.join(', ')})`;
      });
      sentences.push(
        list.length === 0 ? w.none : w.skipped({ list: list.join(locale === 'fr' ? ' ; ' : '; ') }),
      );
      break;
    }
  }
  if (facts.shiftedOutOfGap)
    sentences.push(w.gap({ time: formatDateTime(new Date(facts.due), locale, 'time') }));
  return sentences.join(' ');
}
