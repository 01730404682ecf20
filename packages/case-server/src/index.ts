/**
 * The case server: a reference implementation (not yet released) of the store behind the case
 * widgets. Cases are event logs in SQLite, every event is checked with `@opvang/core/step-plan`
 * before it is stored, appends are idempotent by event id and guarded by the case's version
 * (`If-Match`), and every route needs a token with a role (or a user from a single sign-on
 * proxy). The HTTP contract is in docs/intranet.md.
 *
 * @packageDocumentation
 */
export {
  openCaseStore,
  type AppendOutcome,
  type CaseDocument,
  type CaseFilter,
  type CaseStore,
  type CaseStoreOptions,
  type EventSubmission,
  type OpenOutcome,
  type StoredEvent,
} from './store.js';
export {
  migrations,
  openDatabase,
  schemaVersion,
  SCHEMA_VERSION,
  type Migration,
  type OpenDatabaseOptions,
} from './database.js';
export {
  AccessFileError,
  identityProblem,
  mayRead,
  mayWrite,
  openTokenFile,
  readUsersFile,
  roles,
  type Identity,
  type Role,
  type TokenFile,
  type TokenRecord,
} from './tokens.js';
export {
  API_PREFIX,
  createCaseHandler,
  type Authentication,
  type CaseHandlerOptions,
  type CaseServerEvent,
} from './server.js';
export { MAX_BODY_BYTES, MAX_REQUEST_DEPTH, type Problem } from './http.js';
export { EVENT_ID_PATTERN, MAX_EVENTS_PER_APPEND } from './requests.js';
export {
  dataFiles,
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  startCaseServer,
  type RunningCaseServer,
  type StartCaseServerOptions,
} from './start.js';
export {
  DEMO_CASE_PREFIX,
  DEMO_TOKEN_NAME,
  ensureDemoToken,
  seedDemo,
  type SeededCase,
  type SeedDemoOptions,
} from './demo.js';
export { parseCommand, USAGE, type Command } from './command.js';
