import { MESSAGE_MAX_LENGTH, MESSAGE_MIN_LENGTH, NAME_MAX_LENGTH } from './vocabulary.js';
import type { ContactTexts } from './texts.js';

/**
 * The contact point's texts for residents in English: the form's problem sentences, the
 * categories, the reply channels and the opening hours. One module per language, so a page can
 * load only its own (see `contactIssueTexts` and the other tables for all four at once).
 *
 * @example
 * ```ts
 * contactTextsEn.categories.question; // 'Question'
 * ```
 */
export const contactTextsEn: ContactTexts = {
  issues: {
    'not-an-object':
      'The form did not send your message. Please try again, or contact us by phone or email.',
    'unknown-field':
      'The form passed on an unknown field. Please try again, or contact us by phone or email.',
    'id-invalid':
      'Something went wrong while preparing your message. Please reload the page and try again.',
    'created-at-invalid':
      'Something went wrong while preparing your message. Please reload the page and try again.',
    'language-invalid':
      'The form does not know the language of this page. Please reload the page and try again.',
    'category-missing': 'Choose what your message is about.',
    'category-invalid': 'Choose one of the topics in the list.',
    'message-missing': 'Write your message.',
    'message-too-short': `Your message is too short. Write at least ${MESSAGE_MIN_LENGTH} characters.`,
    'message-too-long': `Your message is too long. Write at most ${MESSAGE_MAX_LENGTH} characters.`,
    'name-invalid': 'Enter your name, or leave the field empty to stay anonymous.',
    'name-too-long': `Your name is too long. Use at most ${NAME_MAX_LENGTH} characters.`,
    'reply-wanted-invalid': 'Say whether you would like a reply.',
    'reply-channel-missing': 'Choose how you would like a reply: by email or by phone.',
    'reply-channel-invalid': 'Choose how you would like a reply: by email or by phone.',
    'email-missing': 'Enter your email address, so that we can reply.',
    'email-invalid':
      'This email address is not right. Please check it, for example name@example.be.',
    'phone-missing': 'Enter your phone number, so that we can call you back.',
    'phone-invalid':
      'This phone number is not right. Please check it, for example 0470 12 34 56 or +32 2 123 45 67.',
    'contact-without-reply': 'You do not want a reply: leave this field empty.',
    'contact-other-channel': 'Leave this field empty: you chose another way to get a reply.',
    'consent-missing':
      'Give your consent to the handling of your message. Without it, we cannot process it.',
  },
  categories: {
    question: 'Question',
    concern: 'Concern',
    report: 'Report',
    complaint: 'Complaint',
    'volunteering-offer': 'Offer to volunteer',
    suggestion: 'Suggestion or idea',
  },
  channels: { email: 'By email', phone: 'By phone' },
  opening: {
    openNow: 'Open now',
    closedNow: 'Closed now',
    openUntil: (p: { time: string }) => `Open now, until ${p.time}`,
    opensAt: (p: { when: string }) => `Closed now, opens ${p.when}`,
    today: 'today',
    tomorrow: 'tomorrow',
    closedDay: 'closed',
  },
};
