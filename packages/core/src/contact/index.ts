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
  describeContactIssue,
  openingMessages,
  replyChannelLabels,
  type CategoryTexts,
  type ChannelTexts,
  type IssueTexts,
} from './messages.js';
export {
  contactFormFieldOrder,
  contactMailBody,
  emptyContactForm,
  formFieldsOf,
  telHref,
  type ContactFormField,
  type ContactFormValues,
} from './form-fields.js';
export {
  describeOpeningStatus,
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
