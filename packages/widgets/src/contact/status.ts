import type { ContactPoint } from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { coreTexts, messages } from './texts.js';
import type { Refusal } from './outbox.js';

/** How sending goes: the outbox's news about the message just sent, or about others still waiting. */
export type Delivery = 'sending' | 'sent' | 'queued' | 'notArrived' | 'held';
/** The answer to what the resident just did in the form, which outbox news must not replace. */
export type FormNotice =
  'rejected' | 'conflict' | 'tooFast' | 'mailtoHint' | 'restored' | 'offline';
/**
 * The one status line of the form: nothing (`idle`), news of the outbox, or a notice about the
 * form. Each is named after its sentence in messages.ts.
 */
export type Status = 'idle' | Delivery | FormNotice;

/** Statuses that news about a waiting message may replace; the others answer what the resident just did. */
export const SETTLED: readonly Status[] = ['idle', 'sent', 'queued', 'notArrived'];

/** What waiting messages mean for the status line: some may never have arrived, or they wait. */
export function waitingStatus(notArrived: readonly unknown[]): Status {
  return notArrived.length > 0 ? 'notArrived' : 'queued';
}

/**
 * The status after the outbox says messages wait: after a failed attempt (`id`), the news
 * replaces a settled status or follows the message just sent (`current`); when only the
 * schedule says so (no `id`), it replaces nothing but silence.
 *
 * @example
 * ```ts
 * afterWaiting('sent', undefined, undefined, []); // 'sent': the schedule replaces only silence
 * ```
 */
export function afterWaiting(
  status: Status,
  id: string | undefined,
  current: string | undefined,
  notArrived: readonly unknown[],
): Status {
  const replace = id === undefined ? status === 'idle' : id === current || SETTLED.includes(status);
  return replace ? waitingStatus(notArrived) : status;
}

/**
 * The status after another message than the one just sent arrived: a settled status says what
 * still waits, or that all arrived; the others answer what the resident did and stay.
 *
 * @example
 * ```ts
 * afterDelivered('queued', [], []); // 'sent'
 * ```
 */
export function afterDelivered(
  status: Status,
  waiting: readonly unknown[],
  notArrived: readonly unknown[],
): Status {
  if (!SETTLED.includes(status)) return status;
  return waiting.length === 0 ? 'sent' : waitingStatus(notArrived);
}

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
    return refusal.issues.map((issue) => coreTexts[locale].issues[issue.code]);
  return [
    refusal.status === 413
      ? text.refusedTooLarge
      : refusal.status === 409
        ? text.refusedConflict
        : text.refusedOther,
  ];
}
