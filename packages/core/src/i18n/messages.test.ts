import { describe, expect, it } from 'vitest';
import { infoMarketExplanation } from '../info-market/index.js';
import { defineMessages, findMessageGaps } from './index.js';

describe('defineMessages', () => {
  it('keeps parameterised messages typed in every language', () => {
    const messages = defineMessages({
      nl: { places: (p: { count: number }) => `${p.count} plaatsen` },
      fr: { places: (p: { count: number }) => `${p.count} places` },
      de: { places: (p: { count: number }) => `${p.count} Plätze` },
      en: { places: (p: { count: number }) => `${p.count} places` },
    });
    expect(messages.de.places({ count: 80 })).toBe('80 Plätze');
  });

  it('does not compile when a language lacks a key', () => {
    const build = () =>
      defineMessages({
        nl: { a: 'a', b: 'b' },
        fr: { a: 'a', b: 'b' },
        de: { a: 'a', b: 'b' },
        // @ts-expect-error: English lacks `b`
        en: { a: 'a' },
      });
    expect(findMessageGaps(build())).toEqual([{ locale: 'en', key: 'b', problem: 'missing' }]);
  });
});

describe('findMessageGaps', () => {
  it('reports missing, empty and unexpected keys per language', () => {
    expect(
      findMessageGaps({ nl: { a: 'x' }, fr: { a: 'x', extra: 'y' }, de: { a: '' }, en: {} }),
    ).toEqual([
      { locale: 'nl', key: 'extra', problem: 'missing' },
      { locale: 'fr', key: 'extra', problem: 'unexpected' },
      { locale: 'de', key: 'a', problem: 'empty' },
      { locale: 'de', key: 'extra', problem: 'missing' },
      { locale: 'en', key: 'a', problem: 'missing' },
      { locale: 'en', key: 'extra', problem: 'missing' },
    ]);
  });

  it('finds no gap in the catalogues the core ships', () => {
    expect(findMessageGaps(infoMarketExplanation)).toEqual([]);
  });
});
