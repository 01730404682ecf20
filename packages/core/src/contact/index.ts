/**
 * The municipality's contact point (step G of the step plan): the message schema that the
 * contact widget and any receiving backend share, its texts for residents in nl/fr/de/en,
 * and the contact point's details with its opening hours in Brussels time.
 *
 * @packageDocumentation
 */
export {
  contactCategories,
  contactIssueCodes,
  createContactMessage,
  EMAIL_MAX_LENGTH,
  isEmailAddress,
  isPhoneNumber,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  parseContactMessage,
  PHONE_MAX_LENGTH,
  replyChannels,
  type ContactCategory,
  type ContactFormFields,
  type ContactMessageBase,
  type ContactIssue,
  type ContactIssueCode,
  type ContactMessage,
  type ContactValidationError,
  type CreateContactMessageOptions,
  type ReplyChannel,
} from './message.js';
export {
  contactCategoryLabels,
  contactIssueTexts,
  contactMailBody,
  describeContactIssue,
  describeOpeningStatus,
  openingMessages,
  replyChannelLabels,
  type CategoryTexts,
  type ChannelTexts,
  type IssueTexts,
  type OpeningTexts,
} from './messages.js';
export type { ContactTexts } from './texts.js';
export { contactTextsNl } from './texts-nl.js';
export { contactTextsFr } from './texts-fr.js';
export { contactTextsDe } from './texts-de.js';
export { contactTextsEn } from './texts-en.js';
export {
  contactFormFieldOrder,
  contactMailBodyWith,
  emptyContactForm,
  formFieldsOf,
  telHref,
  type ContactFormField,
  type ContactFormValues,
} from './form-fields.js';
export {
  describeOpeningStatusWith,
  formatOpeningHours,
  isOpenAt,
  openingStatus,
  parseContactPoint,
  type ContactPoint,
  type ContactPointInput,
  type OpeningHours,
  type OpeningStatus,
} from './contact-point.js';
export { weekdays, type Weekday } from '../shared/index.js';
