import { describeContactIssue, type ContactPoint } from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { messages } from './messages.js';
import type { Refusal } from './outbox.js';

/** How sending goes: the outbox's news about the message just sent, or about others still waiting. */
export type Delivery = 'sending' | 'sent' | 'queued' | 'notArrived' | 'held';
/** The answer to what the resident just did in the form, which outbox news must not replace. */
export type FormNotice = 'rejected' | 'conflict' | 'tooFast' | 'mailtoHint' | 'restored';
/**
 * The one status line of the form: nothing (`idle`), news of the outbox, or a notice about the
 * form. Each is named after its sentence in messages.ts.
 */
export type Status = 'idle' | Delivery | FormNotice;

/** Statuses that news about a waiting message may replace; the others answer what the resident just did. */
export const SETTLED: readonly Status[] = ['idle', 'sent', 'queued', 'notArrived'];

/**
 * The status line's text. Where nothing can be kept on this device (`volatile`), no sentence
 * may promise that it is, and the resident is told that a reload would lose it.
 *
 * @example
 * ```ts
 * statusLine('queued', point, false, 'nl'); // 'Uw bericht wacht … Het blijft op dit toestel bewaard …'
 * ```
 */
export function statusLine(
  status: Status,
  point: ContactPoint,
  volatile: boolean,
  locale: Locale,
): string {
  const sentence = statusSentence(status, point, volatile, locale);
  if (!volatile) return sentence;
  return sentence === '' ? messages[locale].volatile : `${sentence} ${messages[locale].volatile}`;
}

function statusSentence(
  status: Status,
  point: ContactPoint,
  volatile: boolean,
  locale: Locale,
): string {
  const text = messages[locale];
  if (status === 'idle') return '';
  // Kept on this device and sent on a later visit, unless this browser cannot keep it.
  if (status === 'queued') return volatile ? text.queued : `${text.queued} ${text.queuedKept}`;
  if (status === 'notArrived')
    return point.email ? `${text.notArrived} ${text.notArrivedMail}` : text.notArrived;
  return text[status];
}

/**
 * Why a message was refused, for the resident: a sentence per issue the receiver named, or one
 * for the HTTP status when it named none.
 *
 * @example
 * ```ts
 * refusalReasons({ status: 413, issues: [] }, 'nl'); // ['Uw bericht is te groot …']
 * ```
 */
export function refusalReasons(refusal: Refusal, locale: Locale): string[] {
  const text = messages[locale];
  if (refusal.issues.length > 0)
    return refusal.issues.map((issue) => describeContactIssue({ code: issue.code }, locale));
  return [
    refusal.status === 413
      ? text.refusedTooLarge
      : refusal.status === 409
        ? text.refusedConflict
        : text.refusedOther,
  ];
}
