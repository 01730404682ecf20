import { toICalendar, type InfoMarket } from '@opvang/core/info-market';
import type { Locale } from '@opvang/core/i18n';

/**
 * The market as an iCalendar file in `locale`, ready for a `blob:` URL. Its own module so that
 * the CDN build puts the iCalendar writer in a chunk of its own, loaded only when a visitor
 * reaches for "add to calendar" (see `calendar-loader.ts`).
 */
export function calendarFile(market: InfoMarket, locale: Locale): Blob {
  return new Blob([toICalendar(market, { language: locale })], {
    type: 'text/calendar;charset=utf-8',
  });
}
