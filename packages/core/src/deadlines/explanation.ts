import { formatDateTime, intlLocales, type Locale } from '../i18n/index.js';
import type { NonWorkingReason } from './calendar.js';
import type { DeadlineRule } from './rules.js';

/** What an explanation is made from: the facts of one computed deadline. */
export interface ExplanationFacts {
  readonly start: number;
  readonly due: number;
  readonly rule: DeadlineRule;
  /** The non-working days passed over, with why. */
  readonly skipped: ReadonlyArray<{ readonly dayNumber: number; readonly reasons: readonly NonWorkingReason[] }>;
  readonly clockChange: boolean;
  readonly shiftedOutOfGap: boolean;
}

interface Words {
  readonly due: (p: { due: string }) => string;
  readonly elapsed: (p: { hours: number; start: string }) => string;
  readonly elapsedClock: string;
  readonly calendar: (p: { days: number; start: string }) => string;
  readonly working: (p: { ordinal: string; startDay: string }) => string;
  readonly ordinal: (n: number) => string;
  readonly startDay: string;
  readonly skipped: (p: { list: string }) => string;
  readonly none: string;
  readonly gap: string;
  readonly weekend: string;
  readonly closingDay: string;
}

const englishOrdinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

const words: { readonly [L in Locale]: Words } = {
  nl: {
    due: ({ due }) => `Uiterlijk ${due}.`,
    elapsed: ({ hours, start }) => `Dat is ${hours} uur verstreken tijd na ${start}.`,
    elapsedClock: 'De klok werd in die periode verzet; de verstreken tijd blijft dezelfde.',
    calendar: ({ days, start }) => `Dat is ${days} kalenderdag${days === 1 ? '' : 'en'} na ${start}, op hetzelfde uur.`,
    working: ({ ordinal, startDay }) => `Dat is de ${ordinal} werkdag na ${startDay}, op hetzelfde uur.`,
    ordinal: (n) => `${n}e`,
    startDay: 'De startdag telt niet mee.',
    skipped: ({ list }) => `Niet meegeteld: ${list}.`,
    none: 'Er vielen geen dagen weg.',
    gap: 'Dat uur bestaat die dag niet door de overgang naar zomertijd; het is het eerste uur daarna.',
    weekend: 'weekend',
    closingDay: 'sluitingsdag',
  },
  fr: {
    due: ({ due }) => `Au plus tard le ${due}.`,
    elapsed: ({ hours, start }) => `Soit ${hours} heures de temps écoulé après le ${start}.`,
    elapsedClock: 'L’heure a changé pendant cette période ; le temps écoulé reste le même.',
    calendar: ({ days, start }) => `Soit ${days} jour${days === 1 ? '' : 's'} calendrier après le ${start}, à la même heure.`,
    working: ({ ordinal, startDay }) => `Soit le ${ordinal} jour ouvrable après le ${startDay}, à la même heure.`,
    ordinal: (n) => (n === 1 ? '1er' : `${n}e`),
    startDay: 'Le jour de départ ne compte pas.',
    skipped: ({ list }) => `Non comptés : ${list}.`,
    none: 'Aucun jour n’a été sauté.',
    gap: 'Cette heure n’existe pas ce jour-là à cause du passage à l’heure d’été ; c’est le premier instant qui suit.',
    weekend: 'week-end',
    closingDay: 'jour de fermeture',
  },
  de: {
    due: ({ due }) => `Spätestens am ${due}.`,
    elapsed: ({ hours, start }) => `Das sind ${hours} Stunden verstrichene Zeit nach dem ${start}.`,
    elapsedClock: 'In diesem Zeitraum wurde die Uhr umgestellt; die verstrichene Zeit bleibt gleich.',
    calendar: ({ days, start }) => `Das sind ${days} Kalendertag${days === 1 ? '' : 'e'} nach dem ${start}, zur selben Uhrzeit.`,
    working: ({ ordinal, startDay }) => `Das ist der ${ordinal} Arbeitstag nach dem ${startDay}, zur selben Uhrzeit.`,
    ordinal: (n) => `${n}.`,
    startDay: 'Der Starttag zählt nicht mit.',
    skipped: ({ list }) => `Nicht mitgezählt: ${list}.`,
    none: 'Es fielen keine Tage weg.',
    gap: 'Diese Uhrzeit gibt es an dem Tag wegen der Umstellung auf Sommerzeit nicht; es ist der erste Zeitpunkt danach.',
    weekend: 'Wochenende',
    closingDay: 'Schließtag',
  },
  en: {
    due: ({ due }) => `Due by ${due}.`,
    elapsed: ({ hours, start }) => `That is ${hours} hours of elapsed time after ${start}.`,
    elapsedClock: 'The clocks changed in that period; the elapsed time stays the same.',
    calendar: ({ days, start }) => `That is ${days} calendar day${days === 1 ? '' : 's'} after ${start}, at the same time of day.`,
    working: ({ ordinal, startDay }) => `That is the ${ordinal} working day after ${startDay}, at the same time of day.`,
    ordinal: englishOrdinal,
    startDay: 'The start day does not count.',
    skipped: ({ list }) => `Not counted: ${list}.`,
    none: 'No days were skipped.',
    gap: 'That time does not exist on that day because of the change to summer time; it is the first instant after.',
    weekend: 'weekend',
    closingDay: 'closing day',
  },
};

/** The explanation of one deadline in one language: which rule, from when, which days were skipped and why. */
export function explain(facts: ExplanationFacts, locale: Locale): string {
  const w = words[locale];
  const due = formatDateTime(new Date(facts.due), locale, 'long-date-time');
  const start = formatDateTime(new Date(facts.start), locale, 'long-date-time');
  const sentences = [w.due({ due })];
  switch (facts.rule.kind) {
    case 'elapsed-hours':
      sentences.push(w.elapsed({ hours: facts.rule.hours, start }));
      if (facts.clockChange) sentences.push(w.elapsedClock);
      break;
    case 'calendar-days':
      sentences.push(w.calendar({ days: facts.rule.days, start }));
      break;
    case 'working-days': {
      sentences.push(w.working({ ordinal: w.ordinal(facts.rule.days), startDay: formatDateTime(new Date(facts.start), locale, 'long-date') }), w.startDay);
      const dayFormat = new Intl.DateTimeFormat(intlLocales[locale], { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
      const list = facts.skipped.map(({ dayNumber, reasons }) => {
        const why = reasons.map((reason) =>
          reason.kind === 'weekend' ? w.weekend : reason.kind === 'holiday' ? reason.names[locale] : (reason.name ?? w.closingDay),
        );
        return `${dayFormat.format(new Date(dayNumber * 86_400_000))} (${why.join(', ')})`;
      });
      sentences.push(list.length === 0 ? w.none : w.skipped({ list: list.join(locale === 'fr' ? ' ; ' : '; ') }));
      break;
    }
  }
  if (facts.shiftedOutOfGap) sentences.push(w.gap);
  return sentences.join(' ');
}
