/**
 * `<opvang-report>`: written question no. 22 answered from the register and the case logs,
 * with tables, a text summary and downloads as CSV and text.
 *
 * @packageDocumentation
 */
export { OpvangReport } from './report.js';
