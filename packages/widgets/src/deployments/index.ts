/**
 * `<opvang-deployments>`: the deployment register as a timeline per province, with its counts
 * per province and per year, the table of every entry and the CSV and EDTF exports.
 *
 * @packageDocumentation
 */
export { OpvangDeployments } from './deployments.js';
