import {
  describeQuestionKind,
  findReferrals,
  questionKinds,
  type ReferralHit,
} from '@opvang/core/catalogue';
import { formatCount, type Locale } from '@opvang/core/i18n';
import { html, type TemplateResult } from 'lit';
import { filterSelect } from '../shared/filter-select.js';
import { citationView } from './item-view.js';
import { queryWithoutRefused } from './refused-query.js';
import { messages } from './messages.js';

/** The referral map's answer to the fragment's question kind and words, with what the core refused. */
export interface ReferralOutcome {
  readonly hits: readonly ReferralHit[];
  readonly refused: readonly { readonly filter: 'question' | 'q'; readonly received: string }[];
}

/** Runs the core's `findReferrals`; a refused value is named and left out, as in the search. */
export function runReferrals(question: string, q: string, locale: Locale): ReferralOutcome {
  const query = (skip: readonly string[]): Record<string, string> => {
    const built: Record<string, string> = { locale };
    if (question !== '' && !skip.includes('questionKind')) built['questionKind'] = question;
    if (q.trim() !== '' && !skip.includes('text')) built['text'] = q;
    return built;
  };
  const { hits, refused } = queryWithoutRefused((skip) => findReferrals(query(skip)));
  return {
    hits,
    refused: refused.map(({ key, received }) => ({
      filter: key === 'questionKind' ? ('question' as const) : ('q' as const),
      received,
    })),
  };
}

/** "3 services found", for the polite status line. */
export function referralsFoundText(count: number, locale: Locale): string {
  const m = messages[locale];
  return formatCount(count, locale, { one: m.referralsOne, other: m.referralsOther });
}

/** The question: a native select of the question kinds and a search field. */
export function referralForm(
  question: string,
  q: string,
  locale: Locale,
  onChange: (event: Event) => void,
): TemplateResult {
  const m = messages[locale];
  return html`<form
    part="filters"
    role="search"
    aria-label=${m.tabReferrals}
    @input=${onChange}
    @change=${onChange}
    @submit=${(event: Event) => {
      event.preventDefault();
    }}
  >
    ${filterSelect(
      'question',
      m.question,
      question,
      questionKinds.map((kind) => [kind, describeQuestionKind(kind, locale)] as const),
      m.any,
    )}
    <div part="filter search">
      <label for="referral-q">${m.referralSearch}</label>
      <input id="referral-q" name="q" type="search" maxlength="200" autocomplete="off" .value=${q} />
    </div>
  </form>`;
}

/** The services that answer: name, what it is, when and how to go there, the questions and the source. */
export function referralList(
  hits: readonly ReferralHit[],
  locale: Locale,
  headingLevel: number,
): TemplateResult {
  const m = messages[locale];
  return html`<ul part="referrals">
    ${hits.map(
      ({ referral }) => html`<li part="referral" data-referral-id=${referral.id}>
        <div role="heading" aria-level=${headingLevel} part="referral-name">${referral.name}</div>
        <dl part="facts">
          <dt>${m.whatItIs}</dt>
          <dd>${referral.explanation[locale]}</dd>
          <dt>${m.whenToGo}</dt>
          <dd>${referral.when[locale]}</dd>
          <dt>${m.questions}</dt>
          <dd>${referral.questionKinds.map((kind) => describeQuestionKind(kind, locale)).join(', ')}</dd>
          <dt>${m.source}</dt>
          <dd>${citationView(referral.source, locale)}</dd>
        </dl>
      </li>`,
    )}
  </ul>`;
}
