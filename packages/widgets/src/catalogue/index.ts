/**
 * `<opvang-catalogue>`: the liaison officers' support catalogue on the intranet: search with
 * filters, item details with their source, the referral map, deep links in the URL fragment,
 * and a support package for one municipality, printed or copied as text.
 *
 * @packageDocumentation
 */
export { OpvangCatalogue } from './catalogue.js';
export {
  packageContent,
  packageText,
  type PackageContent,
  type PackageGroup,
} from './package-text.js';
export { readRoute, writeRoute, type Route, type SearchState } from './route.js';
export { selectionKey, type PackageSelection } from './selection.js';
