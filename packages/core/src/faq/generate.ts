import { match } from 'ts-pattern';
import { formatOpeningHours, type ContactPoint } from '../contact/index.js';
import { formatDateTime, formatNumber, intlLocales, localeOfTag, type Locale } from '../i18n/index.js';
import { infoMarketExplanation, type InfoMarket } from '../info-market/index.js';
import { QUALIFIER_DAYS } from '../register/index.js';
import { brusselsOffsetMinutes, depthError, err, isRecord, ok, validationError, type Result, type ValidationError } from '../shared/index.js';
import { parseFaqFacts, type FactPeriod, type FaqFacts, type FaqFactsInput, type VolunteeringContact } from './facts.js';
import { faqTexts, type FaqTexts, type MonthPart } from './generated-texts.js';
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
  'operator',
  'schools',
  'safety',
  'information-market',
  'volunteering',
  'questions-and-concerns',
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
 * | `when` | `opening` (and `plannedEnd` for "for how long") |
 * | `where` | `address` |
 * | `operator` | `operator` |
 * | `schools` | `targetGroups` with `unaccompanied-minors` or `families` |
 * | `safety` | `contactPoint` |
 * | `information-market` | `infoMarket` that has not ended at `now` |
 * | `volunteering` | `volunteering` |
 * | `questions-and-concerns` | `contactPoint` |
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
export function generateFaq(facts: FaqFactsInput, options: GenerateFaqOptions): Result<Faq, ValidationError> {
  const parsed = parseFaqFacts(facts);
  if (!parsed.ok) return err(parsed.error);
  // JavaScript callers may pass anything: options that are not an object, or a `now` that is
  // not a valid Date, are errors; a language tag is read as negotiateLocale reads it.
  const optionsProblem = depthError('FAQ options', options) ?? (isRecord(options) ? undefined : validationError('FAQ options', [{ path: '', message: 'not an object', expected: 'an object { lang, now? }', received: options }]));
  if (optionsProblem !== undefined) return err(optionsProblem);
  const { lang, now: given } = options as { lang?: unknown; now?: unknown };
  if (given !== undefined && !(given instanceof Date && !Number.isNaN(given.getTime()))) {
    return err(validationError('FAQ options', [{ path: 'now', message: 'not a valid Date', expected: 'a Date with a valid time, or no value for now', received: given }]));
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
      this.operator(),
      this.schools(),
      this.safety(),
      this.market(),
      this.volunteering(),
      this.questions(),
    ];
    return written.filter((item): item is FaqItem => item !== undefined);
  }

  private item(id: GeneratedQuestionId, category: Category, question: string, first: Block, ...rest: Block[]): FaqItem {
    return { id, category: this.texts.categories[category], language: this.lang, lastReviewed: this.lastReviewed, question, answer: [first, ...rest] };
  }

  private who(): FaqItem | undefined {
    const { capacity, targetGroups } = this.facts;
    if (capacity === undefined && targetGroups.length === 0) return undefined;
    const sentences: string[] = [];
    if (capacity !== undefined) sentences.push(this.texts.who.capacity({ count: formatNumber(capacity, this.lang) }));
    if (targetGroups.length > 0) {
      const list = new Intl.ListFormat(intlLocales[this.lang], { type: 'conjunction' }).format(targetGroups.map((group) => this.texts.groups[group]));
      sentences.push(this.texts.who.groups({ list, withCapacity: capacity !== undefined }));
    }
    const question = this.texts.who.question({ withCount: capacity !== undefined, municipality: this.facts.municipality });
    return this.item('who-will-live-there', 'centre', question, paragraph(sentences.join(' ')));
  }

  private when(): FaqItem | undefined {
    const { opening, plannedEnd } = this.facts;
    if (opening === undefined) return undefined;
    const today = brusselsDate(this.now);
    const sentences = [
      opening.end < today ? this.texts.when.opened({ when: this.periodPhrase(opening) }) : this.texts.when.planned({ when: this.periodPhrase(opening) }),
    ];
    if (opening.provisional) sentences.push(this.texts.when.provisional);
    if (plannedEnd !== undefined) sentences.push(this.texts.when.until({ until: this.untilPhrase(plannedEnd), provisional: plannedEnd.provisional }));
    return this.item('when', 'centre', this.texts.when.question({ withEnd: plannedEnd !== undefined }), paragraph(sentences.join(' ')));
  }

  private where(): FaqItem | undefined {
    const { address, centreName, municipality } = this.facts;
    if (address === undefined) return undefined;
    return this.item('where', 'centre', this.texts.where.question({ municipality }), paragraph(this.texts.where.answer({ name: centreName, address })));
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

  private schools(): FaqItem | undefined {
    const minors = this.facts.targetGroups.some((group) => group === 'unaccompanied-minors' || group === 'families');
    if (!minors) return undefined;
    return this.item('schools', 'neighbourhood', this.texts.schools.question, paragraph(`${this.texts.schools.compulsory} ${this.texts.schools.guidance}`));
  }

  private safety(): FaqItem | undefined {
    const point = this.facts.contactPoint;
    if (point === undefined) return undefined;
    return this.item(
      'safety',
      'neighbourhood',
      this.texts.safety.question,
      paragraph(this.texts.safety.coreGroup),
      paragraph(this.texts.safety.contact),
      this.contactList(point),
      {
        type: 'paragraph',
        content: linkNumbers(this.texts.safety.emergency),
      },
    );
  }

  private market(): FaqItem | undefined {
    const market = this.upcomingMarket();
    if (market === undefined) return undefined;
    const start = new Date(market.start);
    const place = market.address === undefined ? market.place : `${market.place}, ${market.address}`;
    const date = formatDateTime(start, this.lang, 'long-date');
    const sentence =
      market.end === undefined
        ? this.texts.market.withoutEnd({ date, start: formatDateTime(start, this.lang, 'time'), place })
        : this.texts.market.withEnd({
            date,
            start: formatDateTime(start, this.lang, 'time'),
            end: formatDateTime(new Date(market.end), this.lang, 'time'),
            place,
          });
    const explanation = infoMarketExplanation[this.lang];
    return this.item('information-market', 'neighbourhood', this.texts.market.question, paragraph(sentence), paragraph(`${explanation.is} ${explanation.isNot}`));
  }

  private volunteering(): FaqItem | undefined {
    const contact = this.facts.volunteering;
    if (contact === undefined) return undefined;
    const blocks: Block[] = [paragraph(this.texts.volunteering.answer({ name: contact.name })), this.volunteeringList(contact)];
    if (this.upcomingMarket() !== undefined) blocks.push(paragraph(this.texts.volunteering.atMarket));
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item('volunteering', 'helping', this.texts.volunteering.question, first, ...rest);
  }

  private questions(): FaqItem | undefined {
    const point = this.facts.contactPoint;
    if (point === undefined) return undefined;
    const blocks: Block[] = [paragraph(this.texts.questions.answer({ name: point.name })), this.contactList(point)];
    if (point.openingHours.length > 0) {
      blocks.push(paragraph(`${this.texts.labels.openingHours}${this.texts.colon.trimEnd()}`), { type: 'list', items: formatOpeningHours(point.openingHours, this.lang).map((line) => [line]) });
    }
    const [first, ...rest] = blocks as [Block, ...Block[]];
    return this.item('questions-and-concerns', 'contact', this.texts.questions.question, first, ...rest);
  }

  private upcomingMarket(): InfoMarket | undefined {
    const market = this.facts.infoMarket;
    if (market === undefined) return undefined;
    // A market that is over would be stale news: leave the question out.
    const over = new Date(market.end ?? market.start).getTime() < this.now.getTime();
    return over ? undefined : market;
  }

  private contactList(point: ContactPoint): Block {
    const { labels } = this.texts;
    const items: Inline[][] = [];
    if (point.phone !== undefined) items.push([`${labels.phone}${this.texts.colon}`, telLink(point.phone)]);
    if (point.email !== undefined) items.push([`${labels.email}${this.texts.colon}`, mailLink(point.email)]);
    if (point.address !== undefined) items.push([`${labels.address}${this.texts.colon}${point.address}`]);
    return { type: 'list', items };
  }

  private volunteeringList(contact: VolunteeringContact): Block {
    const { labels } = this.texts;
    const items: Inline[][] = [];
    if (contact.phone !== undefined) items.push([`${labels.phone}${this.texts.colon}`, telLink(contact.phone)]);
    if (contact.email !== undefined) items.push([`${labels.email}${this.texts.colon}`, mailLink(contact.email)]);
    if (contact.url !== undefined) items.push([`${labels.website}${this.texts.colon}`, { type: 'link', href: contact.url, text: contact.url.replace(/^https?:\/\//, '') }]);
    return { type: 'list', items };
  }

  private periodPhrase(period: FactPeriod): string {
    const words = this.texts.dates;
    return match(period.precision)
      .with('day', () => (period.start === period.end ? words.onDay(this.day(period.start)) : words.betweenDays(this.day(period.start), this.day(period.end))))
      .with('part-of-month', () => {
        const part = monthPart(period);
        return part === undefined ? words.betweenDays(this.day(period.start), this.day(period.end)) : words.inPart(part, this.month(period.start));
      })
      .with('month', () =>
        period.start.slice(0, 7) === period.end.slice(0, 7) ? words.inMonth(this.month(period.start)) : words.betweenMonths(this.month(period.start), this.month(period.end)),
      )
      .with('year', () => (period.start.slice(0, 4) === period.end.slice(0, 4) ? words.inYear(period.start.slice(0, 4)) : words.betweenYears(period.start.slice(0, 4), period.end.slice(0, 4))))
      .exhaustive();
  }

  private untilPhrase(period: FactPeriod): string {
    const words = this.texts.dates;
    return match(period.precision)
      .with('day', () => words.untilDay(this.day(period.end)))
      .with('part-of-month', () => {
        const part = monthPart(period);
        return part === undefined ? words.untilDay(this.day(period.end)) : words.untilPart(part, this.month(period.end));
      })
      .with('month', () => words.untilMonth(this.month(period.end)))
      .with('year', () => words.untilYear(period.end.slice(0, 4)))
      .exhaustive();
  }

  private day(iso: string): string {
    return new Intl.DateTimeFormat(intlLocales[this.lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }

  private month(iso: string): string {
    return new Intl.DateTimeFormat(intlLocales[this.lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
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
  const lastOfMonth = new Date(Date.UTC(Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7)), 0)).getUTCDate();
  if (first === QUALIFIER_DAYS.begin[0] && last === QUALIFIER_DAYS.begin[1]) return 'early';
  if (first === QUALIFIER_DAYS.midden[0] && last === QUALIFIER_DAYS.midden[1]) return 'mid';
  if (first === QUALIFIER_DAYS.eind[0] && last === lastOfMonth) return 'late';
  return undefined;
}

/** A phone number as a `tel:` link; Belgian national numbers get the +32 prefix. */
function telLink(phone: string): Link {
  const digits = phone.replace(/[^\d+]/g, '');
  const international = digits.startsWith('+') ? digits : digits.startsWith('00') ? `+${digits.slice(2)}` : `+32${digits.slice(1)}`;
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
