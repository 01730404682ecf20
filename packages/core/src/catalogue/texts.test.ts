import { describe, expect, it } from 'vitest';
import { locales, type Locale, type Localized } from '../i18n/index.js';
import {
  audienceLabels,
  catalogue,
  catalogueItem,
  catalogueKindLabels,
  phaseLabels,
  questionKindLabels,
  referral,
  referrals,
} from './index.js';

// The review of December 2026 (shared/reviews/texts-2026-12.md) and the glossary
// (shared/GLOSSARY.md): renderings to avoid, per language, in every text of the catalogue.
const avoid: Localized<readonly RegExp[]> = {
  nl: [/\bje\b/iu, /\bjij\b/iu, /weiger/iu],
  fr: [
    /agent de liaison/iu,
    /groupe de base/iu,
    /formation des témoins/iu,
    /Communauté flamande/iu,
    /collaborateurs? politiques?/iu,
    /administration locale/iu,
    /débat en panel/iu,
    /réunion d'information/iu,
    /équivalent flamand du CPAS/iu,
    /tensions sociales/iu,
    /écoles primaires/iu,
    /qui dépolarise/iu,
    /décide des centres/iu,
    /test de niveau/iu,
    /refus/iu,
  ],
  de: [
    /Einbürgerung/u,
    /Verbindungsbeamt/u,
    /Zeugentraining/u,
    /Bildgebung/u,
    /Flämischen Gemeinschaft/iu,
    /Ehrenamt/u,
    /Informationsversammlung/u,
    /Infomarkt/u,
    /Gegenstück zum ÖSHZ/u,
    /PMS-Zentrum/u,
    /Abstimmungsplattform/u,
    /Politikreferent/u,
    /Mitarbeiter an der Basis/u,
    /ablehn/iu,
    /(?<!rund )um die Eröffnung/u,
    /^unsicher, wohin$/u,
    /Einstufung/u,
  ],
  en: [
    /living wage/iu,
    /regular consultation/iu,
    /around opening/iu,
    /language screening/iu,
    /refus/iu,
    /declin/iu,
  ],
};

const textsOf = (locale: Locale): ReadonlyArray<readonly [string, string]> => [
  ...catalogue.flatMap(
    (item) =>
      [
        [`${item.id} label`, item.label[locale]],
        [`${item.id} description`, item.description[locale]],
      ] as const,
  ),
  ...referrals.flatMap(
    (entry) =>
      [
        [`${entry.id} explanation`, entry.explanation[locale]],
        [`${entry.id} when`, entry.when[locale]],
      ] as const,
  ),
  ...[catalogueKindLabels, phaseLabels, audienceLabels, questionKindLabels].flatMap((labels) =>
    Object.entries(labels[locale]).map(([key, text]) => [key, text] as const),
  ),
];

describe('the catalogue speaks the glossary', () => {
  it.each(locales)('uses no rendering the glossary lists under "avoid" (%s)', (locale) => {
    const found = textsOf(locale).flatMap(([where, text]) =>
      avoid[locale]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${where}: ${String(pattern)}`),
    );
    expect(found).toEqual([]);
  });
  it('names AgII with the glossary names', () => {
    expect(catalogueItem('agii-staff')?.description.de).toContain(
      'flämischen Agentur für Integration und Integrationsparcours',
    );
    expect(catalogueItem('agii-staff')?.description.fr).toContain(
      "Agence flamande pour l'intégration et l'intégration civique",
    );
    expect(referral('agii')?.explanation.de).toContain('Integrationsparcours');
  });
  it('calls bystander training by its glossary names', () => {
    const item = catalogueItem('topic-bystander-and-polarisation');
    expect(item?.label.fr).toContain('Formation « témoin actif »');
    expect(item?.label.de).toContain('Zivilcourage-Training');
  });
  it('does not present the CoVaar screening as a language test', () => {
    const item = catalogueItem('nt2-screening-referral');
    expect(item?.description.nl).toContain('CoVaar');
    expect(item?.description.nl).not.toMatch(/taalvaardigheid/u);
    expect(item?.description.fr).toContain("test d'orientation CoVaar");
    expect(item?.description.de).toContain('Orientierungstest CoVaar');
    expect(item?.description.en).toContain('CoVaar screening test');
  });
  it('calls the OCMW the CPAS and ÖSHZ it is, and the leefloon by its name', () => {
    expect(referral('ocmw')?.explanation.fr).toContain('le CPAS (OCMW en néerlandais)');
    expect(referral('ocmw')?.explanation.de).toContain('das ÖSHZ (auf Niederländisch OCMW)');
    expect(referral('ocmw')?.when.en).toContain('leefloon (social integration income)');
  });
  it('keeps the proper name of the CLB method and says that the MO test and NT2 package are paid', () => {
    expect(referral('clb')?.when.nl).toContain("'Eén gezin, één plan' (1G1P)");
    expect(referral('agii')?.when.nl).toMatch(/betalend|te betalen/u);
    expect(referral('agii')?.when.nl).toContain('vooral aan professionals');
  });
  it('names all of AgII’s legal service, not half of it', () => {
    const item = catalogueItem('agii-internal-services-referral');
    expect(item?.description.fr).toContain('droit international de la famille');
    expect(item?.description.en).toContain('international family law');
  });
});

describe('the steering-group item (review #25)', () => {
  it('belongs to the standard offer for new centres and cites the answer on long-open centres as seeAlso', () => {
    const item = catalogueItem('steering-group-participation');
    expect(item?.phase).toBe('around-opening');
    expect(item?.source.lines).toEqual([118, 118]);
    expect(item?.seeAlso?.map((s) => s.lines)).toEqual([
      [124, 125],
      [128, 132],
    ]);
  });
  it('cites 004:171 for "mainly for professionals" and 000:186 for the information market', () => {
    expect(
      catalogueItem('foreigners-law-and-international-family-law')?.seeAlso?.map(
        (s) => `${s.seed}:${s.lines.join('-')}`,
      ),
    ).toEqual(['004:171-171']);
    expect(
      catalogueItem('info-market-organisation')?.seeAlso?.map(
        (s) => `${s.seed}:${s.lines.join('-')}`,
      ),
    ).toEqual(['000:186-187']);
  });
});
