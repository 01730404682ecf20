import type { ContactIssue, ContactMessage } from '@opvang/core/contact';

/** Detail of `opvang-contact-submitted`: the receiver stored the message. */
export interface ContactSubmittedDetail {
  readonly id: string;
  readonly message: ContactMessage;
  /** True when the receiver had it already (an earlier attempt arrived but its answer did not). */
  readonly replayed: boolean;
}

/** Detail of `opvang-contact-queued`: an attempt failed; the message waits in the outbox. */
export interface ContactQueuedDetail {
  readonly id: string;
  /** Attempts made so far. */
  readonly attempts: number;
  /** When the next attempt is due, epoch milliseconds (sooner when the browser comes online). */
  readonly retryAt: number;
  /** The HTTP status of the failed attempt; absent when there was no answer. */
  readonly status?: number;
}

/**
 * Detail of `opvang-contact-failed`: the receiver (or something in front of it) refused the
 * message for good. Its text is back in the form, or, while the resident is typing another
 * message, kept and shown with a button that puts it back.
 */
export interface ContactFailedDetail {
  readonly id: string;
  readonly status: number;
  readonly issues: readonly Pick<ContactIssue, 'path' | 'code'>[];
}

declare global {
  interface HTMLElementEventMap {
    'opvang-contact-submitted': CustomEvent<ContactSubmittedDetail>;
    'opvang-contact-queued': CustomEvent<ContactQueuedDetail>;
    'opvang-contact-failed': CustomEvent<ContactFailedDetail>;
  }
}
