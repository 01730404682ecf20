// What a contact message is made of, apart from its checks: its categories, reply channels and
// lengths. Its own module so that what only names these (the texts in messages.ts, the form's
// fields) does not pull in the message's decoders: the contact widget's first load on the CDN
// leaves the checks (message.ts) for when the resident starts to write.

/**
 * What a message to the contact point is about. Seed `001_d1f3ad7c684facb8.txt`, line 22,
 * names questions, worries (*bezorgdheden*), reports (*meldingen*) and offers to volunteer;
 * seed `002`, OD 12.1 (lines 3126-3130), adds complaints. Suggestions are ours: residents
 * also bring ideas, and a separate category keeps them out of the complaints.
 */
export const contactCategories = [
  'question',
  'concern',
  'report',
  'complaint',
  'volunteering-offer',
  'suggestion',
] as const;

/** One of {@link contactCategories}. */
export type ContactCategory = (typeof contactCategories)[number];

/** How a resident wants to be answered, when they want an answer. */
export const replyChannels = ['email', 'phone'] as const;

/** One of {@link replyChannels}. */
export type ReplyChannel = (typeof replyChannels)[number];

/** The fewest characters a message may have, after trimming: enough for a real question. */
export const MESSAGE_MIN_LENGTH = 10;
/** The most characters a message may have, after trimming: about two pages of text. */
export const MESSAGE_MAX_LENGTH = 4000;
/** The most characters a name may have, after trimming. */
export const NAME_MAX_LENGTH = 100;
