import { describe, expect, it } from 'vitest';
import { defineTextsOnDemand } from './on-demand.js';

type Texts = { readonly title: string };

describe('defineTextsOnDemand', () => {
  const make = (fail = { count: 0 }) => {
    const calls: string[] = [];
    const texts = defineTextsOnDemand<Texts>(
      { title: 'Infomarkt' },
      {
        fr: () => (calls.push('fr'), Promise.resolve({ title: "Marché d'information" })),
        de: () => {
          calls.push('de');
          if (fail.count > 0) return (fail.count--, Promise.reject(new Error('offline')));
          return Promise.resolve({ title: 'Informationsmarkt' });
        },
        en: () => (calls.push('en'), Promise.resolve({ title: 'Information market' })),
      },
    );
    return { texts, calls };
  };

  it('has Dutch at once and the other languages only once loaded', async () => {
    const { texts, calls } = make();
    expect(texts.has('nl')).toBe(true);
    expect(texts.table.nl.title).toBe('Infomarkt');
    expect(texts.has('fr')).toBe(false);
    // Read before it is loaded, a language gives the Dutch texts (a waiting widget is laid out with them, hidden).
    expect(texts.table.fr.title).toBe('Infomarkt');
    expect(calls).toEqual([]);
    expect((await texts.load('fr')).title).toBe("Marché d'information");
    expect(texts.has('fr')).toBe(true);
    expect(texts.table.fr.title).toBe("Marché d'information");
    expect(texts.has('de')).toBe(false);
  });

  it('loads a language once, however often it is asked for', async () => {
    const { texts, calls } = make();
    await Promise.all([texts.load('en'), texts.load('en')]);
    await texts.load('en');
    await texts.load('nl');
    expect(calls).toEqual(['en']);
  });

  it('tries a failed load again on the next call', async () => {
    const { texts, calls } = make({ count: 1 });
    await expect(texts.load('de')).rejects.toThrow('offline');
    expect(texts.has('de')).toBe(false);
    expect((await texts.load('de')).title).toBe('Informationsmarkt');
    expect(calls).toEqual(['de', 'de']);
  });

  it('selects a part of the texts as a table read as lazily', async () => {
    const { texts } = make();
    const titles = texts.select((t) => t.title.length);
    expect(titles.nl).toBe(9);
    expect(titles.en).toBe(9);
    await texts.load('en');
    expect(titles.en).toBe(18);
    expect(Object.keys(titles)).toEqual(['nl', 'fr', 'de', 'en']);
  });
});
