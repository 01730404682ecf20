import { describe, expect, it } from 'vitest';
import { parseFaq } from './model.js';
import { foldQuery } from '../shared/index.js';
import { faqSearchIndex, highlightNeedle, highlightRanges, itemMatches } from './search-index.js';

const parsed = parseFaq({
  items: [
    {
      id: 'school',
      category: 'Onderwijs',
      language: 'fr',
      lastReviewed: '2025-01-01',
      question: 'Quelle école ?',
      answer: [
        {
          type: 'paragraph',
          content: ['Les enfants vont à l’', { type: 'emphasis', text: 'École' }, ' du village.'],
        },
      ],
    },
    {
      id: 'safety',
      category: 'Veiligheid',
      language: 'fr',
      lastReviewed: '2025-01-01',
      question: 'Sécurité',
      answer: [{ type: 'list', items: [['Police locale']] }],
    },
  ],
});
if (!parsed.ok) throw new Error(parsed.error.message);
const faq = parsed.value;
const [school, safety] = faq.items;

describe('the FAQ search index', () => {
  const index = faqSearchIndex(faq);

  it('matches an item by its question or its answer, without case or accents', () => {
    expect(itemMatches(index, school!, foldQuery('ECOLE'))).toBe(true);
    expect(itemMatches(index, school!, foldQuery('village'))).toBe(true);
    expect(itemMatches(index, safety!, foldQuery('ecole'))).toBe(false);
    expect(itemMatches(index, safety!, foldQuery('police'))).toBe(true);
  });

  it('matches every item with an empty needle, and folds an item it does not hold', () => {
    expect(itemMatches(index, safety!, '')).toBe(true);
    expect(itemMatches(faqSearchIndex({ items: [] }), school!, foldQuery('école'))).toBe(true);
  });

  it('gives the ranges to highlight in the original text of a run', () => {
    expect(highlightRanges(index, 'Quelle école ?', foldQuery('ecole'))).toEqual([
      { start: 7, end: 12 },
    ]);
    expect(highlightRanges(index, 'not in the FAQ: École', foldQuery('ecole'))).toEqual([
      { start: 16, end: 21 },
    ]);
  });

  it('finds the FAQ answer for "strasse" that the catalogue finds, and highlights the original', () => {
    const german = parseFaq({
      items: [
        {
          id: 'weg',
          category: 'Wonen',
          language: 'de',
          lastReviewed: '2025-01-01',
          question: 'Welche Straße?',
          answer: [{ type: 'paragraph', content: ['Die Hauptstraße.'] }],
        },
      ],
    });
    if (!german.ok) throw new Error(german.error.message);
    const [item] = german.value.items;
    const germanIndex = faqSearchIndex(german.value);
    expect(itemMatches(germanIndex, item!, foldQuery('strasse'))).toBe(true);
    expect(highlightRanges(germanIndex, 'Die Hauptstraße.', foldQuery('STRASSE'))).toEqual([
      { start: 9, end: 15 },
    ]);
  });

  it('highlights from two folded characters on', () => {
    expect(highlightNeedle(foldQuery(' e '))).toBe('');
    expect(highlightNeedle(foldQuery('Éc'))).toBe('ec');
    expect(highlightNeedle(foldQuery('ß'))).toBe('ss');
  });
});
