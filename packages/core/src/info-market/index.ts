/**
 * The information market (*infomarkt*, step H): its data, validated, and what it is for
 * residents in four languages.
 *
 * @packageDocumentation
 */
export { parseInfoMarket, type InfoMarket, type InfoMarketInput } from './model.js';
export { infoMarketExplanation } from './explanation.js';
