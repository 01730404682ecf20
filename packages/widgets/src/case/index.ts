/**
 * `<opvang-case>`: one case of the step plan, with its task list, its contact deadline, the
 * recording forms, the history and the event log's export and import.
 *
 * @packageDocumentation
 */
export { OpvangCase } from './case.js';
