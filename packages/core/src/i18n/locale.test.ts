import { describe, expect, it } from 'vitest';
import { defaultLocale, isLocale, localeOfTag, locales, negotiateLocale } from './index.js';

describe('negotiateLocale', () => {
  it('defaults to Dutch when nothing is asked for', () => {
    expect(defaultLocale).toBe('nl');
    expect(negotiateLocale(undefined)).toBe('nl');
    expect(negotiateLocale(null)).toBe('nl');
    expect(negotiateLocale('')).toBe('nl');
    expect(negotiateLocale([])).toBe('nl');
  });

  it.each([
    ['nl-BE', 'nl'],
    ['fr-BE', 'fr'],
    ['de-BE', 'de'],
    ['en-GB', 'en'],
    ['FR', 'fr'],
    ['de_DE', 'de'],
    [' nl ', 'nl'],
  ] as const)('reads the region-specific tag %s as %s', (tag, expected) => {
    expect(negotiateLocale(tag)).toBe(expected);
  });

  it('takes the first supported tag of a list, in the order given', () => {
    expect(negotiateLocale(['tr', 'ar-MA', 'de-BE', 'fr'])).toBe('de');
  });

  it('reads an Accept-Language header by quality', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(negotiateLocale('tr;q=1, fr;q=0.5, nl;q=0.7')).toBe('nl');
    expect(negotiateLocale('fr;q=0, de')).toBe('de');
  });

  it('falls back to Dutch for unsupported and malformed tags', () => {
    expect(negotiateLocale('ar')).toBe('nl');
    expect(negotiateLocale('n')).toBe('nl');
    expect(negotiateLocale('nl--BE!')).toBe('nl');
    expect(negotiateLocale('12-34')).toBe('nl');
  });

  it('always returns one of the supported locales', () => {
    for (const tag of ['xx', 'nl', 'fr-CA', 'de-AT', 'en-US', 'es']) {
      expect(locales).toContain(negotiateLocale(tag));
    }
  });
});

describe('localeOfTag', () => {
  it('reads one tag as negotiateLocale does, without lists', () => {
    for (const tag of [
      'nl-BE',
      'fr-BE',
      'de_DE',
      'EN',
      ' nl ',
      'ar',
      'n',
      'nl--BE!',
      '',
      'fr-CA',
    ]) {
      expect(localeOfTag(tag)).toBe(negotiateLocale(tag));
    }
    expect(localeOfTag(null)).toBe('nl');
    expect(localeOfTag(undefined)).toBe('nl');
    // A list is not a tag: what an element's lang never holds falls back to Dutch.
    expect(localeOfTag('fr, en')).toBe('nl');
  });
});

describe('isLocale', () => {
  it('accepts exactly the four locale codes', () => {
    expect(locales.filter(isLocale)).toEqual(['nl', 'fr', 'de', 'en']);
    expect(isLocale('nl-BE')).toBe(false);
    expect(isLocale(1)).toBe(false);
  });
});
