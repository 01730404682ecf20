// The step plan's texts against the review of December 2026 (issue 13): each finding that a
// text can be checked for, so that it does not come back.
import { rejectionCodes } from './test-support/rejection-codes.js';
import { describe, expect, it } from 'vitest';
import { locales, type Locale, type Localized } from '../i18n/index.js';
import { describeCaseError, rejection } from './errors.js';
import { actorRoleNames, actorRoles, stepDefinition, stepPlan, type StepId } from './steps.js';

const others: readonly Locale[] = ['fr', 'de', 'en'];
const textsOf = (id: StepId, locale: Locale) => {
  const step = stepDefinition(id);
  return `${step.title[locale]} ${step.description[locale]}`;
};

const codes = rejectionCodes;
function rejectionTexts(locale: Locale): string[] {
  return codes.map((code) =>
    describeCaseError(
      rejection(code, { step: 'H', missing: ['C.a', 'C.b'], format: 'panel-discussion' }),
      locale,
    ),
  );
}

/** Every text of the module a person reads in a language: steps, actors, rejections. */
function allTexts(locale: Locale): string[] {
  return [
    ...stepPlan.flatMap((step) => [
      step.title[locale],
      step.description[locale],
      step.extension?.[locale] ?? '',
    ]),
    ...actorRoles.map((role) => actorRoleNames[locale][role]),
    ...rejectionTexts(locale),
  ];
}

describe('the step plan’s texts', () => {
  it('do not call the CoVaar test a language test (D.a)', () => {
    for (const locale of locales) {
      const text = textsOf('D.a', locale);
      expect(text, locale).not.toMatch(
        /taaltest|tests? de langue|Sprachtest|language (screening|test)/i,
      );
      expect(text, locale).toContain('CoVaar');
    }
  });

  it('have the training-offer coordinator receive the numbers, not pass them on (D.c)', () => {
    expect(textsOf('D.c', 'fr')).not.toMatch(/transmet/);
    expect(textsOf('D.c', 'de')).not.toMatch(/weiter/);
    expect(textsOf('D.c', 'en')).not.toMatch(/passes/);
    expect(textsOf('D.c', 'fr')).toMatch(/reçoit les chiffres/);
    expect(textsOf('D.c', 'de')).toMatch(/erhält die Zahlen/);
    expect(textsOf('D.c', 'en')).toMatch(/receives the numbers/);
    expect(textsOf('D.c', 'nl')).toMatch(/krijgt .*aantallen/);
  });

  it('say in plain words that the first contact takes place within 48 hours (C.a)', () => {
    expect(stepDefinition('C.a').description.nl).not.toContain(
      'Dit contact is de termijn van 48 uur',
    );
    expect(stepDefinition('C.a').description.de).not.toContain('ist die 48-Stunden-Frist');
    expect(stepDefinition('C.a').description.nl).toContain('binnen 48 uur plaatsvinden');
    expect(stepDefinition('C.a').description.de).toContain('innerhalb von 48 Stunden stattfinden');
    expect(stepDefinition('C.a').description.en).toContain('must take place within 48 hours');
  });

  it('keep the target group as the source gives it, and our extension to families apart (B.d)', () => {
    const step = stepDefinition('B.d');
    expect(step.description.nl).toBe('Niet-begeleide minderjarige vluchtelingen of volwassenen.');
    for (const locale of locales)
      expect(step.description[locale], locale).not.toMatch(/gezin|famil/i);
    for (const locale of locales) expect(step.extension?.[locale], locale).toMatch(/gezin|famil/i);
    expect(
      stepPlan.filter((other) => other.extension !== undefined).map((other) => other.id),
    ).toEqual(['B.d']);
  });

  it('present the topics of D.e as examples in every language, as the Dutch “zoals” does', () => {
    expect(stepDefinition('D.e').description.nl).toContain('zoals');
    expect(stepDefinition('D.e').description.fr).toContain('notamment');
    expect(stepDefinition('D.e').description.de).toContain('unter anderem');
    expect(stepDefinition('D.e').description.en).toContain('such as');
    for (const locale of others)
      expect(
        stepDefinition('D.e').description[locale],
        `${locale}: a colon announces a full list`,
      ).not.toContain(':');
  });

  it('use the glossary’s terms: kerngroep, beeldvorming, omstaanderstraining', () => {
    expect(stepDefinition('E').title).toEqual({
      nl: 'Kerngroep',
      fr: 'Cellule de coordination',
      de: 'Koordinierungsgruppe',
      en: 'Core group',
    });
    expect(stepDefinition('E').description.fr).toContain('cellule de coordination');
    expect(stepDefinition('D.e').description.fr).toContain('formation « témoin actif »');
    expect(stepDefinition('D.e').description.de).toContain('Zivilcourage-Training');
    expect(stepDefinition('D.e').description.de).toContain('öffentliche');
    expect(stepDefinition('D.e').description.en).toContain('bystander training');
    expect(stepDefinition('H').title.de).toBe('Informationsmarkt');
    expect(locales.map((locale) => actorRoleNames[locale].municipality)).toEqual([
      'Lokaal bestuur',
      'Commune',
      'Gemeinde',
      'Municipality',
    ]);
  });

  // The glossary's "avoid" column (shared/GLOSSARY.md), and the review's other wording fixes.
  const avoid: Localized<readonly RegExp[]> = {
    nl: [/\bje\b/i, /weiger/i, /afgewezen/i, /met standen/i, /verstreken tijd/i],
    fr: [
      /groupe de base/i,
      /formation des témoins/i,
      /agent de liaison/i,
      /réunion d’information/i,
      /débat en panel/i,
      /administration locale/i,
      /refus/i,
      /tests? de langue/i,
      /a déjà été passée/i,
      /avec des stands/i,
      /une forme\b/i,
      /par son ouverture/i,
    ],
    de: [
      /Bildgebung/,
      /Zeugentraining/,
      /Einbürgerung/,
      /Verbindungsbeamte/,
      /\bInfomarkt/,
      /Informationsversammlung/,
      /Ehrenamt/,
      /abgelehnt/,
      /Ministerkabinett/,
      /Kerngruppe/,
      /Lokale Verwaltung/,
      /Sprachtest/,
      /auf Verbindung setzen/,
      /mit Ständen/,
      /Eine Form\b/,
    ],
    en: [
      /minister/i,
      /refus/i,
      /language (test|screening)/i,
      /working on connection/i,
      /volunteering work/i,
      /with stands/i,
      /Say what form/,
    ],
  };
  it.each(locales)('in %s avoid the renderings the glossary and the review reject', (locale) => {
    for (const text of allTexts(locale))
      for (const pattern of avoid[locale]) expect(text, `${pattern}`).not.toMatch(pattern);
  });

  it('say that a municipality indicated it needed no support, not that it refused', () => {
    const declined = (locale: Locale) => describeCaseError(rejection('already-declined'), locale);
    expect(declined('nl')).toContain('geen ondersteuning nodig');
    expect(declined('fr')).toContain('ne pas avoir besoin de soutien');
    expect(declined('de')).toContain('keine Unterstützung zu benötigen');
    expect(declined('en')).toContain('did not need support');
  });

  it('name the missing steps with their titles', () => {
    const error = rejection('dependencies-not-done', { step: 'D.d', missing: ['C.a', 'C.b'] });
    expect(describeCaseError(error, 'nl')).toBe(
      'Stap D.d kan pas worden gestart of afgerond als deze stappen klaar zijn: C.a (Aanbod ondersteuning verbindingsofficier), C.b (Eerste afspraak).',
    );
    expect(describeCaseError(error, 'fr')).toContain('C.b (Premier rendez-vous)');
  });
});
