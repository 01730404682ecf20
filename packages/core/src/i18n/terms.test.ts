import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './index.js';
import { formRules, terms, type AvoidedRendering } from './terms.js';
import { glossaryMarkdown } from './test-support/glossary-doc.js';
import { shippedSourceFiles, textsInSource, type SourceText } from './test-support/texts.js';

// Every text a person reads in the core and the widgets, read from the source files, so that
// texts built inside functions (templates) are checked as well as plain tables.
const texts: readonly SourceText[] = shippedSourceFiles([
  'packages/core/src',
  'packages/widgets/src',
])
  .filter((path) => !path.endsWith('/i18n/terms.ts'))
  .flatMap(textsInSource);

const where = (text: SourceText) => `${text.module}:${text.line} ${text.key} [${text.locale}]`;
const excerpt = (text: string, pattern: RegExp) => {
  const match = pattern.exec(text);
  const at = match?.index ?? 0;
  return `${at > 30 ? '…' : ''}${text.slice(Math.max(0, at - 30), at + 50)}${at + 50 < text.length ? '…' : ''}`;
};

function uses(
  text: SourceText,
  avoided: Pick<AvoidedRendering, 'locale' | 'pattern' | 'onlyWith' | 'unlessWith'>,
): boolean {
  return (
    text.locale === avoided.locale &&
    avoided.pattern.test(text.text) &&
    (avoided.onlyWith === undefined || avoided.onlyWith.test(text.text)) &&
    (avoided.unlessWith === undefined || !avoided.unlessWith.test(text.text))
  );
}

describe('the texts the glossary test reads', () => {
  // If the reader missed a module, the glossary test would pass for the wrong reason.
  const modules = [
    'packages/core/src/faq/messages.ts',
    'packages/core/src/step-plan/steps.ts',
    'packages/core/src/step-plan/errors.ts',
    'packages/core/src/catalogue/items.ts',
    'packages/core/src/catalogue/messages.ts',
    'packages/core/src/catalogue/referrals.ts',
    'packages/core/src/register/messages.ts',
    'packages/core/src/buffer/messages.ts',
    // One module per language (the widgets load them on demand): the four together.
    'packages/core/src/contact/texts-',
    'packages/core/src/deadlines/messages.ts',
    'packages/core/src/info-market/messages.ts',
    'packages/widgets/src/contact/messages/',
    'packages/widgets/src/faq/messages/',
    'packages/widgets/src/info-market/messages/',
  ];
  it.each(modules)('include %s, in four languages', (module) => {
    const found = new Set(
      texts.filter((text) => text.module.startsWith(module)).map((text) => text.locale),
    );
    expect([...found].sort()).toEqual([...locales].sort());
  });

  it('name each text by module, line, key and language', () => {
    const officer = texts.find(
      (text) =>
        text.module.endsWith('step-plan/steps.ts') &&
        text.locale === 'fr' &&
        text.text === 'Officier de liaison (AgII)',
    );
    expect(officer?.key).toBe('actorRoleNames.liaison-officer');
  });
});

describe('the glossary', () => {
  it('has one entry per concept, each in four languages', () => {
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
    for (const term of terms)
      for (const locale of locales)
        expect(term[locale].trim(), `${term.id} ${locale}`).not.toBe('');
  });

  it('keeps every avoided rendering out of the texts', () => {
    // One report per text and rendering: "Einbürgerung" is avoided for two concepts.
    const problems = new Map<string, string>();
    for (const term of terms) {
      for (const avoided of term.avoid) {
        for (const text of texts.filter((candidate) => uses(candidate, avoided))) {
          const found = avoided.pattern.exec(text.text)?.[0] ?? avoided.text;
          problems.set(
            `${where(text)}|${avoided.text}`,
            `${where(text)}: “${found}” (${term.id}; use “${term[avoided.locale]}”${avoided.why === undefined ? '' : `: ${avoided.why}`}) in “${excerpt(text.text, avoided.pattern)}”`,
          );
        }
      }
    }
    expect([...problems.values()], 'texts that use a rendering the glossary says to avoid').toEqual(
      [],
    );
  });

  it('never mixes two renderings of one concept within one language', () => {
    const problems: string[] = [];
    for (const term of terms) {
      for (const locale of locales) {
        const preferred = term.found?.[locale];
        const avoided = term.avoid.filter((a) => a.locale === locale);
        if (preferred === undefined || avoided.length === 0) continue;
        const withPreferred = texts.filter(
          (text) => text.locale === locale && preferred.test(text.text),
        );
        const withAvoided = texts.filter((text) => avoided.some((a) => uses(text, a)));
        if (withPreferred.length > 0 && withAvoided.length > 0) {
          problems.push(
            `${term.id} [${locale}]: “${term[locale]}” in ${withPreferred.length} texts (first ${where(withPreferred[0] as SourceText)}), ` +
              `but ${avoided.map((a) => `“${a.text}”`).join(' / ')} in ${withAvoided.map(where).join('; ')}`,
          );
        }
      }
    }
    expect(problems, 'concepts written two ways in one language').toEqual([]);
  });

  it('keeps the rules of form (u in Dutch, 101 as urgent police help)', () => {
    const problems = formRules.flatMap((rule) =>
      texts
        .filter(
          (text) =>
            text.locale === rule.locale &&
            rule.pattern.test(text.text) &&
            (rule.unlessWith === undefined || !rule.unlessWith.test(text.text)),
        )
        .map((text) => `${where(text)}: ${rule.rule} in “${excerpt(text.text, rule.pattern)}”`),
    );
    expect(problems, 'texts that break a rule of form').toEqual([]);
  });
});

describe('the glossary check itself', () => {
  const sample = (locale: Locale, text: string): SourceText => ({
    module: 'm.ts',
    line: 1,
    key: 'k',
    locale,
    text,
  });
  const rendering = (id: string, locale: Locale) =>
    terms.find((term) => term.id === id)?.avoid.find((a) => a.locale === locale);

  it('finds an avoided rendering in its language only, inflected too', () => {
    const beamte = rendering('liaison-officer', 'de');
    expect(beamte && uses(sample('de', 'Ihr Verbindungsbeamter hilft.'), beamte)).toBe(true);
    expect(beamte && uses(sample('nl', 'Verbindungsbeamter'), beamte)).toBe(false);
  });

  it('lets a recognised refugee and the CGRS be named in English', () => {
    const refugee = rendering('applicant', 'en');
    expect(refugee && uses(sample('en', '60 refugees will live here'), refugee)).toBe(true);
    expect(refugee && uses(sample('en', 'a recognised refugee'), refugee)).toBe(false);
    expect(refugee && uses(sample('en', 'is recognised as a refugee'), refugee)).toBe(false);
    expect(refugee && uses(sample('en', 'does not qualify as a refugee'), refugee)).toBe(false);
    expect(refugee && uses(sample('en', 'most refugees live here'), refugee)).toBe(true);
    expect(
      refugee &&
        uses(sample('en', 'Commissioner General for Refugees and Stateless Persons'), refugee),
    ).toBe(false);
  });

  it('flags “refused” only where a text is about support, and jour ouvrable only without its days', () => {
    const refused = rendering('no-need-of-support', 'en');
    expect(refused && uses(sample('en', 'The municipality refused support.'), refused)).toBe(true);
    expect(refused && uses(sample('en', 'The value was refused.'), refused)).toBe(false);
    const ouvrable = rendering('working-day', 'fr');
    expect(ouvrable && uses(sample('fr', 'dans les 2 jours ouvrables'), ouvrable)).toBe(true);
    expect(
      ouvrable && uses(sample('fr', 'dans les 2 jours ouvrables (du lundi au vendredi)'), ouvrable),
    ).toBe(false);
  });

  it('lets 101 be named only as urgent police help', () => {
    const rule = formRules.find((candidate) => candidate.id === 'en-101-urgent');
    const breaks = (text: string) =>
      rule !== undefined && rule.pattern.test(text) && !(rule.unlessWith?.test(text) ?? false);
    expect(breaks('In an emergency, call 112. For the police, call 101.')).toBe(true);
    expect(breaks('In an emergency call 112 (ambulance, fire) or 101 (urgent police help).')).toBe(
      false,
    );
  });
});

describe('docs/glossary.md', () => {
  const docUrl = new URL('../../../../docs/glossary.md', import.meta.url);
  const begin =
    '<!-- generated from packages/core/src/i18n/terms.ts: run UPDATE_GLOSSARY=1 vitest run src/i18n/terms.test.ts -->\n';
  const end = '<!-- end of generated part -->';

  it('shows the term data as it is', () => {
    const generated = glossaryMarkdown(terms, formRules);
    let doc = readFileSync(docUrl, 'utf8');
    const from = doc.indexOf(begin);
    const to = doc.indexOf(end);
    expect(from, 'the markers of the generated part').toBeGreaterThanOrEqual(0);
    if (process.env['UPDATE_GLOSSARY'] === '1') {
      doc = `${doc.slice(0, from + begin.length)}${generated}${doc.slice(to)}`;
      writeFileSync(docUrl, doc);
    }
    expect(doc.slice(from + begin.length, doc.indexOf(end))).toBe(generated);
  });
});
