/**
 * `<opvang-contact>`: the contact point's details and a message form with an outbox.
 *
 * @packageDocumentation
 */
export {
  OpvangContact,
  type ContactFailedDetail,
  type ContactQueuedDetail,
  type ContactSubmittedDetail,
} from './contact.js';
