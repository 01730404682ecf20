/**
 * `<opvang-occupancy>`: the occupancy dashboard of the reception network (now, the plan, the
 * projection with its risk-tolerance slider) and the read-only view for a municipality.
 *
 * @packageDocumentation
 */
export { OpvangOccupancy } from './occupancy.js';
export { Dashboard, tolerances, type ProjectionSettings } from './dashboard.js';
