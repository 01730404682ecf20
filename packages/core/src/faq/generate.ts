import { match } from 'ts-pattern';
import { formatOpeningHours, type ContactPoint } from '../contact/index.js';
import {
  formatDateTime,
  formatNumber,
  intlLocales,
  localeOfTag,
  type Locale,
} from '../i18n/index.js';
import { infoMarketExplanation, type InfoMarket } from '../info-market/index.js';
import { QUALIFIER_DAYS } from '../register/index.js';
import {
  brusselsOffsetMinutes,
  depthError,
  err,
  isRecord,
  ok,
  parseInstant,
  parseIsoDateTime,
  validationError,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import {
  parseFaqFacts,
  type FactPeriod,
  type FaqFacts,
  type FaqFactsInput,
  type VolunteeringContact,
} from './facts.js';
import { faqTexts, type FaqTexts, type MonthPart } from './messages.js';
import type { Block, Faq, FaqItem, Inline, Link } from './model.js';

/** Options of {@link generateFaq}. */
export interface GenerateFaqOptions {
  /** The language to write in. A tag such as `en-GB` is read as `negotiateLocale` reads it; an unsupported one gives Dutch. */
  readonly lang: Locale;
  /**
   * The moment the FAQ is for: it decides whether the opening is written as planned or past,
   * whether an information market is still to come, and the default `lastReviewed`.
   * Default: now.
   */
  readonly now?: Date;
}

/**
 * The ids of the generated questions, in the order they appear. Stable across languages and
 * versions, so links to `#schools` keep working.
 */
export const generatedQuestionIds = [
  'who-will-live-there',
  'when',
  'where',
  'decision',
  'operator',
  'after-closing',
  'entitlements',
  'daily-life',
  'schools',
  'protection-status',
  'safety',
  'funding',
  'information-market',
  'follow-up-meetings',
  'volunteering',
  'donations',
  'centre-contact',
  'questions-and-concerns',
  'languages',
] as const;

/** One of {@link generatedQuestionIds}. */
export type GeneratedQuestionId = (typeof generatedQuestionIds)[number];

/**
 * Writes a factual, neutral FAQ for the neighbours of a reception centre from the centre's
 * facts, in one language.
 *
 * Each question is written only when its facts are there; a question whose facts are missing
 * is left out, never filled with a placeholder:
 *
 * | id | needs |
 * | --- | --- |
 * | `who-will-live-there` | `capacity` or `targetGroups` |
 * | `when` | `opening` or `status` (and `plannedEnd` for "for how long") |
 * | `where` | `address` |
 * | `decision` | `decision` |
 * | `operator` | `operator` |
 * | `after-closing` | `afterClosing` |
 * | `entitlements`, `daily-life`, `protection-status` | any fact about the centre (general, sourced answers) |
 * | `schools` | `targetGroups` with `unaccompanied-minors` or `families` |
 * | `safety` | `contactPoint` or `safety` |
 * | `funding` | `funding` |
 * | `information-market` | `infoMarket` that has not ended at `now` |
 * | `follow-up-meetings` | `followUpMeetings` with a frequency or a next meeting still to come |
 * | `volunteering` | `volunteering` |
 * | `donations` | `donations` |
 * | `centre-contact` | `operatorContact` |
 * | `questions-and-concerns` | `contactPoint` |
 * | `languages` | `translations` with another language than `lang` |
 *
 * Whether the centre has opened is the `status` fact, never the clock: a planned date that
 * has passed without `status: 'open'` is written as "planned, not yet confirmed".
 *
 * The facts are validated first ({@link parseFaqFacts}), so this accepts outside JSON too.
 *
 * @example
 * ```ts
 * const result = generateFaq(
 *   { municipality: 'Bredene', capacity: 80, targetGroups: ['adults'], operator: { kind: 'red-cross' },
 *     opening: 'begin november 2025', contactPoint: { phone: '059 12 34 56', email: 'opvang@bredene.be' } },
 *   { lang: 'nl', now: new Date('2025-10-01') },
 * );
 * // result.value.items[0].question: 'Wie komt er in het opvangcentrum in Bredene wonen, en hoeveel mensen?'
 * // result.value.items[1].answer: [{ type: 'paragraph', content: ['De opening is gepland begin november 2025.'] }]
 * ```
 */
export function generateFaq(
  facts: FaqFactsInput,
  options: GenerateFaqOptions,
): Result<Faq, ValidationError> {
  const parsed = parseFaqFacts(facts);
  if (!parsed.ok) return err(parsed.error);
  // JavaScript callers may pass anything: options that are not an object, or a `now` that is
  // not a valid Date, are errors; a language tag is read as negotiateLocale reads it.
  const optionsProblem =
    depthError('FAQ options', options) ??
    (isRecord(options)
      ? undefined
      : validationError('FAQ options', [
          {
            path: '',
            code: 'invalid',
            message: 'not an object',
            expected: 'an object { lang, now? }',
            received: options,
          },
        ]));
  if (optionsProblem !== undefined) return err(optionsProblem);
  const { lang, now: given } = options as { lang?: unknown; now?: unknown };
  if (given !== undefined && !(given instanceof Date && !Number.isNaN(given.getTime()))) {
    return err(
      validationError('FAQ options', [
        {
          path: 'now',
          code: 'invalid',
          message: 'not a valid Date',
          expected: 'a Date with a valid time, or no value for now',
          received: given,
        },
      ]),
    );
  }
  const now = given ?? new Date();
  const writer = new FaqWriter(parsed.value, localeOfTag(lang), now);
  return ok({ items: writer.items() });
}

type Category = keyof FaqTexts['categories'];

class FaqWriter {
  private readonly texts: FaqTexts;
  private readonly lastReviewed: string;

  constructor(
    private readonly facts: FaqFacts,
    private readonly lang: Locale,
    private readonly now: Date,
  ) {
    this.texts = faqTexts[lang];
    this.lastReviewed = facts.lastReviewed ?? brusselsDate(now);
  }

  items(): FaqItem[] {
    const written: Array<FaqItem | undefined> = [
      this.who(),
      this.when(),
      this.where(),
      this.decision(),
      this.operator(),
      this.afterClosing(),
      this.entitlements(),
      this.dailyLife(),
      this.schools(),
      this.protection(),
      this.safety(),
      this.funding(),
      this.market(),
      this.followUp(),
      this.volunteering(),
      this.donations(),
      this.centreContact(),
      this.questions(),
      this.languages(),
    ];
    return written.filter((item): item is FaqItem => item !== undefined);
  }

  private item(
    id: GeneratedQuestionId,
    category: Category,
    question: string,
    first: Block,
    ...rest: Block[]
  ): FaqItem {
    return {
      id,
      category: this.texts.categories[category],
      language: this.lang,
      lastReviewed: this.lastReviewed,
      question,
      answer: [first, ...rest],
    };
  }

  private who(): FaqItem | undefined {
    const { capacity, targetGroups } = this.facts;
    if (capacity === undefined && targetGroups.length === 0) return undefined;
    const sentences: string[] = [];
    if (capacity !== undefined)
      sentences.push(this.texts.who.capacity({ count: formatNumber(capacity, this.lang) }));
    if (targetGroups.length > 0) {
      const list = new Intl.ListFormat(intlLocales[this.lang], { type: 'conjunction' }).format(
        targetGroups.map((group) => this.texts.groups[group]),
      );
      sentences.push(this.texts.who.groups({ list, withCapacity: capacity !== undefined }));
    }
    const question = this.texts.who.question({
      withCount: capacity !== undefined,
      municipality: this.facts.municipality,
      open: this.facts.status === 'open',
    });
    return this.item('who-will-live-there', 'centre', question, paragraph(sentences.join(' ')));
  }

  private when(): FaqItem | undefined {
    const { opening, plannedEnd, status } = this.facts;
    if (opening === undefined && status === undefined) return undefined;
    const words = this.texts.when;
    const sentences: string[] = [];
    const since =
      status === 'open' && opening !== undefined ? this.sincePhrase(opening) : undefined;
    // Opened and closed are facts the municipality gives; the clock only tells whether a
    // planned date is still ahead, and a planned date that has passed is not an opening.
    if (status === 'closed') sentences.push(words.closed);
    else if (status === 'open') sentences.push(words.openSince({ since }));
    else if (opening !== undefined && opening.end < brusselsDate(this.now))
      sentences.push(words.notConfirmed({ when: this.periodPhrase(opening) }));
    else if (opening !== undefined) {
      sentences.push(words.planned({ when: this.periodPhrase(opening) }));
      if (opening.provisional) sentences.push(words.provisional);
    }
    const withEnd = plannedEnd !== undefined && status !== 'closed';
    if (withEnd)
      sentences.push(
        words.until({ until: this.untilPhrase(plannedEnd), provisional: plannedEnd.provisional }),
      );
    const [first] = sentences;
    if (first === undefined) return undefined;
    return this.item(
      'when',
      'centre',
      words.question({ withEnd, status: status ?? 'planned', dated: since !== undefined }),
      paragraph(sentences.join(' ')),
    );
  }

  private where(): FaqItem | undefined {
    const { address, centreName, municipality } = this.facts;
    if (address === undefined) return undefined;
    return this.item(
      'where',
      'centre',
      this.texts.where.question({ municipality }),
      paragraph(this.texts.where.answer({ name: centreName, address })),
    );
  }

  private operator(): FaqItem | undefined {
    const { operator } = this.facts;
    if (operator === undefined) return undefined;
    const answer = match(operator)
      .with({ kind: 'fedasil' }, () => this.texts.operator.fedasil)
      .with({ kind: 'red-cross' }, () => this.texts.operator.redCross)
      .with({ kind: 'partner' }, ({ name }) => this.texts.operator.partner({ name }))
      .exhaustive();
    return this.item('operator', 'centre', this.texts.operator.question, paragraph(answer));
  }

  private decision(): FaqItem | undefined {
    const { decision } = this.facts;
    if (decision === undefined) return undefined;
    const words = this.texts.decision;
    const sentences = [
      words.by({
        by: decision.by,
        date: decision.date === undefined ? undefined : this.day(decision.date),
      }),
    ];
    if (decision.municipality !== undefined)
      sentences.push(words.municipality[decision.municipality]);
    // The reason is the municipality's own text, shown only in the language it was given in.
    const reason = decision.reason?.[this.lang];
    const blocks: Block[] = [
      paragraph(sentences.join(' ')),
      ...(reason === undefined ? [] : [paragraph(reason)]),
      paragraph(words.process),
    ];
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item(
      'decision',
      'centre',
      words.question({ withReason: reason !== undefined }),
      first,
      ...rest,
    );
  }

  private afterClosing(): FaqItem | undefined {
    const use = this.facts.afterClosing;
    if (use === undefined) return undefined;
    return this.item(
      'after-closing',
      'centre',
      this.texts.afterClosing.question,
      paragraph(this.texts.afterClosing.answers[use]),
    );
  }

  /** General answers (sourced, the same for every centre) belong on a page about an actual centre only. */
  private aboutACentre(): boolean {
    const { capacity, targetGroups, operator, opening, status } = this.facts;
    return (
      capacity !== undefined ||
      targetGroups.length > 0 ||
      operator !== undefined ||
      opening !== undefined ||
      status !== undefined
    );
  }

  private entitlements(): FaqItem | undefined {
    if (!this.aboutACentre()) return undefined;
    const words = this.texts.entitlements;
    return this.item(
      'entitlements',
      'residents',
      words.question,
      paragraph(`${words.materialAid} ${words.noFinancialSupport}`),
    );
  }

  private dailyLife(): FaqItem | undefined {
    if (!this.aboutACentre()) return undefined;
    const words = this.texts.dailyLife;
    const sentences = [
      ...(this.facts.openCentre === true ? [words.openCentre] : []),
      words.dutch,
      words.leisure,
    ];
    return this.item('daily-life', 'residents', words.question, paragraph(sentences.join(' ')));
  }

  private protection(): FaqItem | undefined {
    if (!this.aboutACentre()) return undefined;
    return this.item(
      'protection-status',
      'residents',
      this.texts.protection.question,
      paragraph(this.texts.protection.answer),
    );
  }

  private schools(): FaqItem | undefined {
    const minors = this.facts.targetGroups.some(
      (group) => group === 'unaccompanied-minors' || group === 'families',
    );
    if (!minors) return undefined;
    const words = this.texts.schools;
    const blocks: Block[] = [paragraph(words.compulsory), paragraph(words.guidance)];
    const { schools } = this.facts;
    if (schools !== undefined)
      blocks.push(paragraph(words.named), {
        type: 'list',
        items: schools.map((school) => [school]),
      });
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item('schools', 'neighbourhood', words.question, first, ...rest);
  }

  private safety(): FaqItem | undefined {
    const { contactPoint: point, safety } = this.facts;
    if (point === undefined && safety === undefined) return undefined;
    const words = this.texts.safety;
    const facts = [
      ...(safety?.staffDayAndNight === true ? [words.staff] : []),
      ...(safety?.coreGroup === true ? [words.coreGroup] : []),
    ];
    const blocks: Block[] = facts.length > 0 ? [paragraph(facts.join(' '))] : [];
    const officer = safety?.neighbourhoodOfficer;
    if (officer !== undefined)
      blocks.push(paragraph(words.officer({ name: officer.name })), this.contactList(officer));
    if (point !== undefined) blocks.push(paragraph(words.contact), this.contactList(point));
    blocks.push({ type: 'paragraph', content: linkNumbers(words.emergency) });
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item('safety', 'neighbourhood', words.question, first, ...rest);
  }

  private funding(): FaqItem | undefined {
    const { funding } = this.facts;
    if (funding === undefined) return undefined;
    const words = this.texts.funding;
    return this.item(
      'funding',
      'centre',
      words.question,
      paragraph(`${words.federal} ${words[funding.municipalityCosts]}`),
    );
  }

  private market(): FaqItem | undefined {
    const market = this.upcomingMarket();
    if (market === undefined) return undefined;
    const start = parseIsoDateTime(market.start) ?? new Date(Number.NaN);
    const place =
      market.address === undefined ? market.place : `${market.place}, ${market.address}`;
    const date = formatDateTime(start, this.lang, 'long-date');
    const sentence =
      market.end === undefined
        ? this.texts.market.withoutEnd({
            date,
            start: formatDateTime(start, this.lang, 'time'),
            place,
          })
        : this.texts.market.withEnd({
            date,
            start: formatDateTime(start, this.lang, 'time'),
            end: formatDateTime(
              parseIsoDateTime(market.end) ?? new Date(Number.NaN),
              this.lang,
              'time',
            ),
            place,
          });
    const explanation = infoMarketExplanation[this.lang];
    return this.item(
      'information-market',
      'neighbourhood',
      this.texts.market.question,
      paragraph(sentence),
      paragraph(`${explanation.is} ${explanation.isNot}`),
    );
  }

  private followUp(): FaqItem | undefined {
    const meetings = this.facts.followUpMeetings;
    if (meetings === undefined) return undefined;
    const words = this.texts.followUp;
    const sentences: string[] = [];
    if (meetings.frequency !== undefined)
      sentences.push(words.frequency({ frequency: meetings.frequency }));
    // A next meeting that has passed would be stale news.
    if (meetings.next !== undefined && meetings.next >= brusselsDate(this.now))
      sentences.push(words.next({ day: this.day(meetings.next) }));
    if (sentences.length === 0) return undefined;
    return this.item(
      'follow-up-meetings',
      'neighbourhood',
      words.question,
      paragraph(sentences.join(' ')),
    );
  }

  private volunteering(): FaqItem | undefined {
    const contact = this.facts.volunteering;
    if (contact === undefined) return undefined;
    const blocks: Block[] = [
      paragraph(
        this.texts.volunteering.answer({ name: contact.name, buddy: contact.buddyScheme === true }),
      ),
      this.reachList(contact),
    ];
    if (this.upcomingMarket() !== undefined)
      blocks.push(paragraph(this.texts.volunteering.atMarket));
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item('volunteering', 'helping', this.texts.volunteering.question, first, ...rest);
  }

  private donations(): FaqItem | undefined {
    const donations = this.facts.donations;
    if (donations === undefined) return undefined;
    const words = this.texts.donations;
    if (!donations.accepted)
      return this.item('donations', 'helping', words.question, paragraph(words.refused));
    const { contact } = donations;
    const sentence = `${words.accepted({ onRequestOnly: donations.onRequestOnly === true })} ${words.askFirst({ withContact: contact !== undefined })}`;
    return contact === undefined
      ? this.item('donations', 'helping', words.question, paragraph(sentence))
      : this.item(
          'donations',
          'helping',
          words.question,
          paragraph(sentence),
          this.reachList(contact),
        );
  }

  private centreContact(): FaqItem | undefined {
    const contact = this.facts.operatorContact;
    if (contact === undefined) return undefined;
    const words = this.texts.centreContact;
    return this.item(
      'centre-contact',
      'contact',
      words.question,
      paragraph(words.reach({ name: contact.name })),
      this.reachList(contact),
      paragraph(words.procedure),
    );
  }

  private questions(): FaqItem | undefined {
    const point = this.facts.contactPoint;
    if (point === undefined) return undefined;
    const blocks: Block[] = [
      paragraph(this.texts.questions.answer({ name: point.name })),
      this.contactList(point),
    ];
    if (point.openingHours.length > 0) {
      blocks.push(paragraph(`${this.texts.labels.openingHours}${this.texts.colon.trimEnd()}`), {
        type: 'list',
        items: formatOpeningHours(point.openingHours, this.lang).map((line) => [line]),
      });
    }
    // A question the facts cannot answer is left out; the contact point is where to ask it.
    blocks.push(paragraph(this.texts.questions.notListed));
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item(
      'questions-and-concerns',
      'contact',
      this.texts.questions.question,
      first,
      ...rest,
    );
  }

  private languages(): FaqItem | undefined {
    const translations = this.facts.translations;
    if (translations === undefined) return undefined;
    const words = this.texts.languages;
    const others = (['nl', 'fr', 'de', 'en'] as const satisfies readonly Locale[]).filter(
      (lang) => lang !== this.lang && translations[lang] !== undefined,
    );
    if (others.length === 0) return undefined;
    const items: Inline[][] = others.map((lang) => [
      { type: 'link', href: translations[lang] ?? '', text: words.names[lang] },
    ]);
    return this.item('languages', 'contact', words.question, paragraph(words.answer), {
      type: 'list',
      items,
    });
  }

  private upcomingMarket(): InfoMarket | undefined {
    const market = this.facts.infoMarket;
    if (market === undefined) return undefined;
    // A market that is over would be stale news: leave the question out.
    const over = (parseInstant(market.end ?? market.start) ?? Number.NaN) < this.now.getTime();
    return over ? undefined : market;
  }

  private contactList(point: Pick<ContactPoint, 'phone' | 'email' | 'address'>): Block {
    const { labels } = this.texts;
    const items: Inline[][] = [];
    if (point.phone !== undefined)
      items.push([`${labels.phone}${this.texts.colon}`, telLink(point.phone)]);
    if (point.email !== undefined)
      items.push([`${labels.email}${this.texts.colon}`, mailLink(point.email)]);
    if (point.address !== undefined)
      items.push([`${labels.address}${this.texts.colon}${point.address}`]);
    return { type: 'list', items };
  }

  private reachList(contact: VolunteeringContact): Block {
    const { labels } = this.texts;
    const items: Inline[][] = [];
    if (contact.phone !== undefined)
      items.push([`${labels.phone}${this.texts.colon}`, telLink(contact.phone)]);
    if (contact.email !== undefined)
      items.push([`${labels.email}${this.texts.colon}`, mailLink(contact.email)]);
    if (contact.url !== undefined)
      items.push([
        `${labels.website}${this.texts.colon}`,
        { type: 'link', href: contact.url, text: contact.url.replace(/^https?:\/\//, '') },
      ]);
    return { type: 'list', items };
  }

  private periodPhrase(period: FactPeriod): string {
    const words = this.texts.dates;
    return match(period.precision)
      .with('day', () =>
        period.start === period.end
          ? words.onDay(this.day(period.start))
          : words.betweenDays(this.day(period.start), this.day(period.end)),
      )
      .with('part-of-month', () => {
        const part = monthPart(period);
        return part === undefined
          ? words.betweenDays(this.day(period.start), this.day(period.end))
          : words.inPart(part, this.month(period.start));
      })
      .with('month', () =>
        period.start.slice(0, 7) === period.end.slice(0, 7)
          ? words.inMonth(this.month(period.start))
          : words.betweenMonths(this.month(period.start), this.month(period.end)),
      )
      .with('year', () =>
        period.start.slice(0, 4) === period.end.slice(0, 4)
          ? words.inYear(period.start.slice(0, 4))
          : words.betweenYears(period.start.slice(0, 4), period.end.slice(0, 4)),
      )
      .exhaustive();
  }

  /** `sinds oktober 2023`; a period that spans two months or years has no single start to name. */
  private sincePhrase(period: FactPeriod): string | undefined {
    const words = this.texts.dates;
    return match(period.precision)
      .with('day', () =>
        period.start === period.end ? words.sinceDay(this.day(period.start)) : undefined,
      )
      .with('part-of-month', () => {
        const part = monthPart(period);
        return part === undefined ? undefined : words.sincePart(part, this.month(period.start));
      })
      .with('month', () =>
        period.start.slice(0, 7) === period.end.slice(0, 7)
          ? words.sinceMonth(this.month(period.start))
          : undefined,
      )
      .with('year', () =>
        period.start.slice(0, 4) === period.end.slice(0, 4)
          ? words.sinceYear(period.start.slice(0, 4))
          : undefined,
      )
      .exhaustive();
  }

  private untilPhrase(period: FactPeriod): string {
    const words = this.texts.dates;
    return match(period.precision)
      .with('day', () => words.untilDay(this.day(period.end)))
      .with('part-of-month', () => {
        const part = monthPart(period);
        return part === undefined
          ? words.untilDay(this.day(period.end))
          : words.untilPart(part, this.month(period.end));
      })
      .with('month', () => words.untilMonth(this.month(period.end)))
      .with('year', () => words.untilYear(period.end.slice(0, 4)))
      .exhaustive();
  }

  private day(iso: string): string {
    const day = new Intl.DateTimeFormat(intlLocales[this.lang], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
    // French writes the first of the month as an ordinal: le 1er décembre 2026. (Local until
    // i18n's date formatter does it for every text.)
    return this.lang === 'fr' ? day.replace(/^1 /, '1er ') : day;
  }

  private month(iso: string): string {
    return new Intl.DateTimeFormat(intlLocales[this.lang], {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  }
}

function paragraph(text: string): Block {
  return { type: 'paragraph', content: [text] };
}

/** `begin`/`midden`/`eind` as the register defines them (1–10, 11–20, 21–end); otherwise none. */
function monthPart(period: FactPeriod): MonthPart | undefined {
  if (period.start.slice(0, 7) !== period.end.slice(0, 7)) return undefined;
  const first = Number(period.start.slice(8, 10));
  const last = Number(period.end.slice(8, 10));
  const lastOfMonth = new Date(
    Date.UTC(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)), 0),
  ).getUTCDate();
  if (first === QUALIFIER_DAYS.begin[0] && last === QUALIFIER_DAYS.begin[1]) return 'early';
  if (first === QUALIFIER_DAYS.midden[0] && last === QUALIFIER_DAYS.midden[1]) return 'mid';
  if (first === QUALIFIER_DAYS.eind[0] && last === lastOfMonth) return 'late';
  return undefined;
}

/** A phone number as a `tel:` link; Belgian national numbers get the +32 prefix. */
function telLink(phone: string): Link {
  const digits = phone.replace(/[^\d+]/g, '');
  const international = digits.startsWith('+')
    ? digits
    : digits.startsWith('00')
      ? `+${digits.slice(2)}`
      : `+32${digits.slice(1)}`;
  return { type: 'link', href: `tel:${international}`, text: phone };
}

function mailLink(email: string): Link {
  return { type: 'link', href: `mailto:${email}`, text: email };
}

/** The emergency numbers 112 and 101 as `tel:` links inside their sentence. */
function linkNumbers(sentence: string): Inline[] {
  const content: Inline[] = [];
  let rest = sentence;
  for (let found = /\b(112|101)\b/.exec(rest); found !== null; found = /\b(112|101)\b/.exec(rest)) {
    if (found.index > 0) content.push(rest.slice(0, found.index));
    content.push({ type: 'link', href: `tel:${found[1] ?? ''}`, text: found[1] ?? '' });
    rest = rest.slice(found.index + found[0].length);
  }
  if (rest !== '') content.push(rest);
  return content;
}

function brusselsDate(instant: Date): string {
  const local = new Date(instant.getTime() + brusselsOffsetMinutes(instant.getTime()) * 60_000);
  return local.toISOString().slice(0, 10);
}
