/**
 * The information market (*infomarkt*, step H): its data, validated, and what it is for
 * residents in four languages, and the market as an iCalendar file.
 *
 * @packageDocumentation
 */
export { parseInfoMarket, type InfoMarket, type InfoMarketInput } from './model.js';
export { infoMarketExplanation } from './messages.js';
export { toICalendar, type ICalendarOptions } from './icalendar.js';
export { infoMarketOverAt } from './over.js';
