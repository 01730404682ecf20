import { describe, expect, it } from 'vitest';
import { answerText, inlineText, isAllowedHref, itemsIn, parseFaq, type FaqItem } from './model.js';
import { jsonLdText, toFaqPageJsonLd } from './json-ld.js';

const item = {
  id: 'who-will-live-there',
  category: 'Het centrum',
  language: 'nl',
  lastReviewed: '2025-03-01',
  question: '  Wie komt er wonen? ',
  answer: [
    {
      type: 'paragraph',
      content: [
        'Maximaal ',
        { type: 'emphasis', text: '80' },
        ' volwassenen. Meer op ',
        { type: 'link', href: 'https://www.fedasil.be', text: 'fedasil.be' },
        '.',
      ],
    },
    {
      type: 'list',
      items: [
        ['Telefoon: ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }],
        ['E-mail'],
      ],
    },
    { type: 'list', ordered: true, items: [['eerst'], ['dan']] },
    { type: 'link', href: 'mailto:opvang@gemeente.be', text: 'Mail ons' },
  ],
};

function issuesOf(input: unknown) {
  const result = parseFaq(input);
  if (result.ok) throw new Error('expected an error');
  return result.error.issues.map(({ path, expected }) => ({ path, expected }));
}

describe('parseFaq', () => {
  it('accepts the restricted rich text, trims questions, keeps spaces between runs', () => {
    const result = parseFaq({ items: [item] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [parsed] = result.value.items;
    expect(parsed?.question).toBe('Wie komt er wonen?');
    expect(parsed?.answer[1]).toEqual(item.answer[1]);
    expect(parsed?.answer[2]).toEqual({ type: 'list', ordered: true, items: [['eerst'], ['dan']] });
  });

  it('reads JSON text, and says when it is not JSON', () => {
    expect(parseFaq(JSON.stringify({ items: [item] })).ok).toBe(true);
    expect(issuesOf('{"items": [')).toEqual([
      { path: '', expected: 'a JSON object { "items": [...] }' },
    ]);
  });

  it('gives the path to a bad link, e.g. items[3].answer[1].href', () => {
    const bad = {
      ...item,
      answer: [item.answer[0], { type: 'link', href: 'javascript:alert(1)', text: 'klik' }],
    };
    const items = [item, { ...item, id: 'b' }, { ...item, id: 'c' }, { ...bad, id: 'd' }];
    expect(issuesOf({ items })).toEqual([
      {
        path: 'items[3].answer[1].href',
        expected: 'an absolute http(s):, mailto: or tel: address',
      },
    ]);
  });

  it.each([
    [{ ...item, id: 'Wie komt?' }, 'items[0].id'],
    [{ ...item, id: '1-first' }, 'items[0].id'],
    [{ ...item, language: 'es' }, 'items[0].language'],
    [{ ...item, lastReviewed: '2025-02-30' }, 'items[0].lastReviewed'],
    [{ ...item, question: '   ' }, 'items[0].question'],
    [{ ...item, answer: [] }, 'items[0].answer'],
    [{ ...item, answer: [{ type: 'html', html: '<b>x</b>' }] }, 'items[0].answer[0].type'],
    [
      { ...item, answer: [{ type: 'paragraph', content: ['  '] }] },
      'items[0].answer[0].content[0]',
    ],
    [
      {
        ...item,
        answer: [{ type: 'paragraph', content: [{ type: 'link', href: '/relative', text: 'x' }] }],
      },
      'items[0].answer[0].content[0].href',
    ],
    [
      { ...item, answer: [{ type: 'paragraph', content: ['x'], onclick: 'alert(1)' }] },
      'items[0].answer[0].onclick',
    ],
    [{ ...item, extra: true }, 'items[0].extra'],
  ])('rejects %j at %s', (bad, path) => {
    expect(issuesOf({ items: [bad] }).map((issue) => issue.path)).toContain(path);
  });

  it('requires ids unique per language', () => {
    expect(issuesOf({ items: [item, { ...item, question: 'Nog eens?' }] })).toEqual([
      { path: 'items[1].id', expected: 'an id no other question in this language has' },
    ]);
    expect(parseFaq({ items: [item, { ...item, language: 'fr' }] }).ok).toBe(true);
  });

  it('rejects what is not a FAQ at all', () => {
    expect(issuesOf(null).map((issue) => issue.path)).toEqual(['']);
    expect(issuesOf({ items: 'x' }).map((issue) => issue.path)).toEqual(['items']);
  });
});

describe('isAllowedHref', () => {
  it.each([
    'https://www.fedasil.be',
    'http://gemeente.be/opvang',
    'mailto:a@b.be',
    'tel:+3250123456',
  ])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    '/relative',
    'ftp://x.be',
    ' https://x.be',
    'https://',
    'tel:',
    `https://x.be/${'a'.repeat(2000)}`,
  ])('refuses %s', (href) => {
    expect(isAllowedHref(href)).toBe(false);
  });
});

describe('plain text and structured data', () => {
  const parsed = parseFaq({
    items: [item, { ...item, id: 'fr-one', language: 'fr', question: 'Qui ?' }],
  });
  if (!parsed.ok) throw new Error('fixture');
  const faq = parsed.value;

  it('writes answers as plain text', () => {
    expect(answerText((faq.items[0] as FaqItem).answer)).toBe(
      'Maximaal 80 volwassenen. Meer op fedasil.be.\n\n• Telefoon: 050 12 34 56\n• E-mail\n\n1. eerst\n2. dan\n\nMail ons: opvang@gemeente.be',
    );
    expect(inlineText([{ type: 'link', href: 'https://x.be', text: 'x' }])).toBe('x');
    expect(answerText([{ type: 'link', href: 'https://x.be', text: 'https://x.be' }])).toBe(
      'https://x.be',
    );
  });

  it('makes a schema.org FAQPage with one Question and accepted Answer per item', () => {
    const jsonLd = toFaqPageJsonLd(faq, { language: 'nl' });
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'nl',
    });
    expect(jsonLd.mainEntity).toHaveLength(1);
    expect(jsonLd.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Wie komt er wonen?',
      acceptedAnswer: {
        '@type': 'Answer',
        text: expect.stringContaining('Maximaal 80 volwassenen.'),
      },
    });
    expect(toFaqPageJsonLd(faq).mainEntity).toHaveLength(2);
    expect(itemsIn(faq, 'fr').map((one) => one.id)).toEqual(['fr-one']);
  });

  it('escapes JSON-LD so it cannot close its script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & \u2028' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & \u2028' });
  });
});
