/**
 * The reference receiver for the contact widget: a Node HTTP server that validates each
 * message with `@opvang/core/contact` and stores it once, durably, in an append-only file.
 *
 * @packageDocumentation
 */
export {
  openMessageStore,
  type AddOutcome,
  type MessageStore,
  type StoredMessage,
  type UnreadableLine,
} from './store.js';
export {
  createReceiver,
  DEFAULT_DATA_FILE,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  MAX_JSON_DEPTH,
  MESSAGES_PATH,
  startReceiver,
  type AcceptedBody,
  type ErrorBody,
  type ReceiverEvent,
  type ReceiverOptions,
  type RunningReceiver,
  type StartReceiverOptions,
} from './receiver.js';
export { readConfig, type ConfigProblem } from './config.js';
