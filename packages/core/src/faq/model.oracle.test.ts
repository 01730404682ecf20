import { describe, it } from 'vitest';
import * as z from 'zod/mini';
import { locales } from '../i18n/index.js';
import { isIsoDate } from '../shared/index.js';
import { expectAgreement, type Json, type Verdict } from '../shared/test-support/mutate.js';
import { FAQ_LIMITS, isAllowedHref, parseFaq } from './model.js';

// The zod/mini schema parseFaq used before it moved to the core's small decoders (to fit
// the widget's 12 KB budget). It stays here as the reference: for every input both must
// accept or reject alike, and read the same FAQ.
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const run = z.string().check(z.maxLength(FAQ_LIMITS.textLength), z.refine((value) => value.trim() !== ''));
const linkSchema = z.strictObject({ type: z.literal('link'), href: z.string().check(z.refine(isAllowedHref)), text: run });
const emphasisSchema = z.strictObject({ type: z.literal('emphasis'), text: run });
const inlinesSchema = z.array(z.union([run, emphasisSchema, linkSchema])).check(z.minLength(1), z.maxLength(FAQ_LIMITS.inlinesPerBlock));
const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), content: inlinesSchema }),
  z.strictObject({
    type: z.literal('list'),
    ordered: z.optional(z.boolean()),
    items: z.array(inlinesSchema).check(z.minLength(1), z.maxLength(FAQ_LIMITS.listItems)),
  }),
  linkSchema,
]);
const itemSchema = z.strictObject({
  id: z.string().check(z.maxLength(FAQ_LIMITS.idLength), z.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)),
  category: text(FAQ_LIMITS.categoryLength),
  language: z.enum(locales),
  lastReviewed: z.string().check(z.refine(isIsoDate)),
  question: text(FAQ_LIMITS.questionLength),
  answer: z.array(blockSchema).check(z.minLength(1), z.maxLength(FAQ_LIMITS.blocksPerAnswer)),
});
const faqSchema = z.strictObject({ items: z.array(itemSchema).check(z.maxLength(FAQ_LIMITS.items)) });

function oracle(input: unknown): Verdict {
  const parsed = faqSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  const keys = parsed.data.items.map((item) => `${item.language} ${item.id}`);
  return new Set(keys).size === keys.length ? { ok: true, value: parsed.data } : { ok: false };
}

const item = (id: string, language: string): Json => ({
  id,
  category: ' Het centrum ',
  language,
  lastReviewed: '2025-03-01',
  question: '  Wie komt er wonen? ',
  answer: [
    { type: 'paragraph', content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' volwassenen. ', { type: 'link', href: 'https://www.fedasil.be', text: 'fedasil.be' }] },
    { type: 'list', items: [['Telefoon: ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }], ['E-mail']] },
    { type: 'list', ordered: true, items: [['eerst'], ['dan']] },
    { type: 'link', href: 'mailto:opvang@gemeente.be', text: 'Mail ons' },
  ],
});

const samples: Json[] = [
  { items: [item('who-will-live-there', 'nl')] },
  { items: [item('a', 'nl'), item('b', 'nl'), item('a', 'fr')] },
  { items: [] },
];

const oddForFaq = ['javascript:alert(1)', '/relative', 'https://x.be', 'mailto:a@b.be', 'tel:', 'Who?', '1-first', 'a--b', 'list', 'html', 'paragraph', 'emphasis'];

describe('parseFaq against the zod schema it replaced', () => {
  it('accepts and rejects the same near-valid inputs, and reads the same FAQ', () => {
    expectAgreement(samples, oddForFaq, parseFaq, oracle, 1000);
  });
});
