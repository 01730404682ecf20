import type { ContactMessages } from './nl.js';

// The core's contact texts in English travel in the same chunk (see ../texts.ts).
export { contactTextsEn as core } from '@opvang/core/contact';

/** The contact widget's own texts in English, loaded when a page asks for English (see ../texts.ts). */
export const en: ContactMessages = {
  heading: 'Contact point',
  phone: 'Phone',
  email: 'Email',
  address: 'Address',
  hours: 'Opening hours',
  formHeading: 'Send us a message',
  category: 'What is your message about?',
  choose: 'Choose a subject',
  message: 'Your message',
  name: 'Your name (optional)',
  replyWanted: 'I would like an answer',
  replyChannel: 'How would you like to get the answer?',
  replyEmail: 'Your email address',
  replyPhone: 'Your phone number',
  consent: 'I allow the municipality to handle my message.',
  honeypot: 'Leave this field empty',
  send: 'Send',
  sendByMail: 'Open your email with this message',
  mailtoHint:
    'This page cannot send your message itself. The button below opens your email program with your message in it; send it from there.',
  summary: 'Please fix this first:',
  sending: 'Sending your message…',
  sent: 'Thank you. Your message has arrived.',
  queued: 'Your message has not been sent yet: the connection is not working right now.',
  offline:
    'Your message has not been sent yet: the connection is not working right now. It stays in the form, and we send it as soon as the connection is back.',
  queuedKept:
    'It is kept on this device and will be sent automatically as soon as possible, even if you come back to this page later. You do not need to type it again.',
  rejected:
    'Your message was not accepted. Your text is still in the form: fix what is shown below and send it again.',
  conflict: 'Something went wrong while sending. Your text is still in the form: send it again.',
  tooFast: 'That was very fast. Check your message and press Send once more.',
  restored:
    'An earlier message could not be sent. Its text is back in the form: check it and send it again.',
  notArrived: 'Your message has not arrived. We keep trying.',
  notArrivedMail: 'Better send it by email, with the button below.',
  volatile:
    'This browser cannot keep your message: if you close or reload the page before it is sent, it will be lost.',
  held: 'Your previous message was not accepted. It is below, with the reason; what you are typing now stays where it is.',
  takeBack: 'Put it back in the form',
  takeBackHint: 'First send or clear what is in the form now.',
  refusedTooLarge: 'The message is too large. Make it shorter.',
  refusedConflict: 'Something went wrong while sending. Send it again.',
  refusedOther: 'The server did not accept the message. Send it again, or by email.',
  invalid: 'The contact point cannot be shown: the details on this page are incomplete or wrong.',
  subject: 'Message via the website',
};
