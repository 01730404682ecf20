import type { ContactIssueCode } from './message.js';
import type { ContactCategory, ReplyChannel } from './vocabulary.js';

/** A sentence for each problem code, in one language. */
export type IssueTexts = { readonly [C in ContactIssueCode]: string };
/** A label for each message category, in one language. */
export type CategoryTexts = { readonly [C in ContactCategory]: string };
/** A label for each reply channel, in one language. */
export type ChannelTexts = { readonly [C in ReplyChannel]: string };

/** Short texts about the contact point's opening hours, in one language. */
export type OpeningTexts = {
  readonly openNow: string;
  readonly closedNow: string;
  readonly openUntil: (p: { time: string }) => string;
  readonly opensAt: (p: { when: string }) => string;
  readonly today: string;
  readonly tomorrow: string;
  readonly closedDay: string;
};

/**
 * Every text of the contact point that residents read, in one language: what
 * `contactTextsNl`, `contactTextsFr`, `contactTextsDe` and `contactTextsEn` hold, for code
 * that loads one language at a time (the contact widget's CDN file).
 *
 * @example
 * ```ts
 * import { contactTextsFr } from '@opvang/core/contact';
 * contactTextsFr.categories.question; // 'Question'
 * ```
 */
export interface ContactTexts {
  readonly issues: IssueTexts;
  readonly categories: CategoryTexts;
  readonly channels: ChannelTexts;
  readonly opening: OpeningTexts;
}
