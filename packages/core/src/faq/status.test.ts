import { describe, expect, it } from 'vitest';
import { locales, type Locale, type Localized } from '../i18n/index.js';
import { generateFaq } from './generate.js';
import { answerText } from './model.js';
import type { FaqFactsInput } from './facts.js';

// Whether a centre has opened is a fact the municipality gives (`status`), never read off the
// clock: a page left standing after a provisional date must not announce an opening that may
// never have happened (review 2026-12, finding 1).
const december2023 = new Date('2023-12-05T10:00:00Z');

function whenAnswer(facts: FaqFactsInput, lang: Locale, now: Date = december2023): string {
  const result = generateFaq(facts, { lang, now });
  if (!result.ok) throw new Error(result.error.message);
  return answerText(result.value.items.find((item) => item.id === 'when')?.answer ?? []);
}

const opened: Localized<RegExp> = {
  nl: /is geopend|is open sinds/i,
  fr: /a ouvert|est ouvert depuis/i,
  de: /wurde .* eröffnet|ist seit/i,
  en: /opened|has been open/i,
};

describe('the opening status is a fact, never inferred from the clock', () => {
  const provisional: FaqFactsInput = {
    municipality: 'Geraardsbergen',
    opening: 'onder voorbehoud oktober 2023',
  };

  it.each<[Locale, string]>([
    [
      'nl',
      'De opening was gepland in oktober 2023, maar is nog niet bevestigd. We werken deze pagina bij zodra er nieuws is.',
    ],
    [
      'fr',
      'L’ouverture était prévue en octobre 2023, mais n’est pas encore confirmée. Nous mettrons cette page à jour dès qu’il y aura du nouveau.',
    ],
    [
      'de',
      'Die Eröffnung war im Oktober 2023 geplant, ist aber noch nicht bestätigt. Wir aktualisieren diese Seite, sobald es Neuigkeiten gibt.',
    ],
    [
      'en',
      'The centre was due to open in October 2023, but this has not been confirmed yet. We will update this page as soon as there is news.',
    ],
  ])(
    'a provisional date that has passed, without a status, is not yet confirmed (%s)',
    (lang, expected) => {
      const text = whenAnswer(provisional, lang);
      expect(text).toBe(expected);
      expect(text).not.toMatch(opened[lang]);
    },
  );

  it.each(locales)(
    'a confirmed date that has passed, without a status, does not say the centre opened either (%s)',
    (lang) => {
      expect(whenAnswer({ municipality: 'Kasterlee', opening: '2023-09-04' }, lang)).not.toMatch(
        opened[lang],
      );
    },
  );

  it.each<[Locale, string]>([
    ['nl', 'Het centrum is open sinds oktober 2023.'],
    ['fr', 'Le centre est ouvert depuis octobre 2023.'],
    ['de', 'Das Zentrum ist seit Oktober 2023 geöffnet.'],
    ['en', 'The centre has been open since October 2023.'],
  ])('says the centre is open only when the status says so (%s)', (lang, expected) => {
    expect(whenAnswer({ ...provisional, status: 'open' }, lang)).toBe(expected);
  });

  it.each(locales)(
    'says the centre is open when the status says so, even before the planned date (%s)',
    (lang) => {
      expect(
        whenAnswer(
          { municipality: 'Geraardsbergen', opening: 'oktober 2023', status: 'open' },
          lang,
          new Date('2023-09-01T10:00:00Z'),
        ),
      ).toMatch(opened[lang]);
    },
  );

  it.each<[Locale, string]>([
    ['nl', 'Het centrum is gesloten.'],
    ['fr', 'Le centre est fermé.'],
    ['de', 'Das Zentrum ist geschlossen.'],
    ['en', 'The centre has closed.'],
  ])('says the centre has closed only when the status says so (%s)', (lang, expected) => {
    expect(
      whenAnswer({ municipality: 'Bekkevoort', opening: '2020-01-06', status: 'closed' }, lang),
    ).toBe(expected);
  });

  it.each(locales)('a planned status with a future date reads as planned (%s)', (lang) => {
    expect(
      whenAnswer({ municipality: 'Kasterlee', opening: '2024-09-04', status: 'planned' }, lang),
    ).not.toMatch(opened[lang]);
  });
});

describe('an open centre without a day to name', () => {
  it.each<[Locale, string, string]>([
    ['nl', 'Is het centrum al open?', 'Het centrum is open.'],
    ['fr', 'Le centre est-il déjà ouvert\u00a0?', 'Le centre est ouvert.'],
    ['de', 'Ist das Zentrum schon geöffnet?', 'Das Zentrum ist geöffnet.'],
    ['en', 'Is the centre open yet?', 'The centre is open.'],
  ])('asks whether it is open, and says it is (%s)', (lang, question, answer) => {
    for (const opening of [undefined, 'december 2023/februari 2024']) {
      const result = generateFaq(
        { municipality: 'Bredene', status: 'open', ...(opening === undefined ? {} : { opening }) },
        { lang, now: december2023 },
      );
      if (!result.ok) throw new Error(result.error.message);
      const item = result.value.items.find((candidate) => candidate.id === 'when');
      expect(item?.question).toBe(question);
      expect(answerText(item?.answer ?? [])).toBe(answer);
    }
  });

  it('names the day, the part of the month or the year it opened', () => {
    const since = (opening: FaqFactsInput['opening'], lang: Locale) =>
      whenAnswer({ municipality: 'Bredene', status: 'open', opening }, lang);
    expect(since('2023-09-04', 'nl')).toBe('Het centrum is open sinds 4 september 2023.');
    expect(since('2023-09-01', 'fr')).toBe('Le centre est ouvert depuis le 1er septembre 2023.');
    expect(since('begin september 2023', 'de')).toBe(
      'Das Zentrum ist seit Anfang September 2023 geöffnet.',
    );
    expect(since('midden september 2023', 'en')).toBe(
      'The centre has been open since mid-September 2023.',
    );
    expect(since('2023', 'fr')).toBe('Le centre est ouvert depuis 2023.');
    expect(
      since({ start: '2023-09-03', end: '2023-09-09', precision: 'part-of-month' }, 'nl'),
    ).toBe('Het centrum is open.');
  });

  it('a closed centre says nothing about how long it stays open', () => {
    expect(
      whenAnswer({ municipality: 'Bredene', status: 'closed', plannedEnd: '2023-06-30' }, 'nl'),
    ).toBe('Het centrum is gesloten.');
  });

  it('a planned status without a date writes no question about the opening', () => {
    const result = generateFaq(
      { municipality: 'Bredene', status: 'planned' },
      { lang: 'nl', now: december2023 },
    );
    expect(result.ok && result.value.items.map((item) => item.id)).not.toContain('when');
  });
});
