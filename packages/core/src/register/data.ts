import { parseDutchPeriod } from './parse-period.js';
import type { DeploymentState, ParsedDutchPeriod, PeriodSegment } from './parse-period.js';
import type { FlemishProvinceId } from '../provinces/index.js';
import type { Citation, Period } from '../shared/index.js';
import type { Localized } from '../i18n/index.js';

/**
 * The five Flemish provinces of `provinces` (`@opvang/core/shared`), the only ones the
 * register has, in the order of seed `000`. Their names: `describeProvince`.
 *
 * @example
 * ```ts
 * registerProvinces.map((id) => describeProvince(id, 'en'));
 * // ['Antwerp', 'Flemish Brabant', 'West Flanders', 'Limburg', 'East Flanders']
 * ```
 */
export const registerProvinces: readonly FlemishProvinceId[] = [
  'antwerpen',
  'vlaams-brabant',
  'west-vlaanderen',
  'limburg',
  'oost-vlaanderen',
];

/**
 * Something in the source text itself that a reader should know before using the entry: a
 * date that is probably (or possibly) a typo. The data keeps the text as written; the note says
 * what it probably means and why. {@link describeSourceNote} writes it in nl/fr/de/en.
 */
export interface SourceNote {
  readonly code: 'possible-typo';
  /** The words as the source writes them. */
  readonly found: string;
  /** What they probably mean. */
  readonly probably: string;
  /** `probable`: other sources support the reading; `unverified`: only plausible. */
  readonly likelihood: 'probable' | 'unverified';
  /** Why, in each language. */
  readonly because: Localized;
}

/**
 * One deployment of the liaison officers (seed `000`, lines 72-107). The dates are the
 * deployment's as the source lists them, not necessarily the centre's opening or closing. An
 * entry line may carry several facts (deployed and closed, expected, reopening):
 * `parsed.segments` keeps them all, and `opening`/`closing` pick out the first fact and the
 * closing one.
 *
 * @example
 * ```ts
 * const sijsele = deployments.find((d) => d.id === '000:91');
 * sijsele?.place; // 'Sijsele' (as the source writes it)
 * sijsele?.municipality; // 'Damme'
 * ```
 */
export interface Deployment {
  /** `000:<line>`: where the entry is in the source. */
  readonly id: string;
  readonly province: FlemishProvinceId;
  /** The place as the source writes it: `Sijsele`, `Sint – Laureins`. */
  readonly place: string;
  /**
   * The municipality, in its usual spelling: the same as `place`, except for a
   * sub-municipality (Sijsele is in Damme, Lombardsijde in Middelkerke) and for `Sint – Laureins`
   * (Sint-Laureins). Before 2026-12 this field held the place as written.
   */
  readonly municipality: string;
  /** The text between brackets, verbatim. */
  readonly raw: string;
  readonly parsed: ParsedDutchPeriod;
  /** The first fact: a date of deployment, expected, reserved, reopening or expansion. */
  readonly opening: PeriodSegment;
  /** The closing fact, when the entry has one (possibly without a date). */
  readonly closing?: PeriodSegment;
  /** The entry's line in seed `000`, with the place and text as written there. */
  readonly source: Citation;
  /** What to know about the source's own text (a probable typo); empty for most entries. */
  readonly sourceNotes: readonly SourceNote[];
}

// The municipality of a place the source names otherwise: two sub-municipalities, and one
// spelling with spaces around the hyphen.
const MUNICIPALITY_OF_PLACE: Readonly<Record<string, string>> = {
  Sijsele: 'Damme',
  Lombardsijde: 'Middelkerke',
  'Sint – Laureins': 'Sint-Laureins',
};

// Notes on the source's own text, by source line.
const SOURCE_NOTES: Readonly<Record<number, readonly SourceNote[]>> = {
  // The Red Cross and AgII announced the Bekkevoort centre in January 2020 as a winter centre
  // open from 6 January to 13 February 2020 (AgII, "Verbindingsofficieren voor nieuwe
  // opvangcentra voor asielzoekers", 23 January 2020); compare Bredene (line 88) and Mesen (89).
  79: [
    {
      code: 'possible-typo',
      found: '13.02.2021',
      probably: '13.02.2020',
      likelihood: 'probable',
      because: {
        nl: 'het centrum werd in januari 2020 aangekondigd als winteropvang van 6 januari tot 13 februari 2020',
        fr: 'le centre a été annoncé en janvier 2020 comme accueil hivernal du 6 janvier au 13 février 2020',
        de: 'das Zentrum wurde im Januar 2020 als Winteraufnahme vom 6. Januar bis 13. Februar 2020 angekündigt',
        en: 'the centre was announced in January 2020 as winter reception from 6 January to 13 February 2020',
      },
    },
  ],
  // The answer was written around October 2023; a reopening announced for "november 2024" may
  // be meant as November 2023. Plausible, not checked against another source.
  97: [
    {
      code: 'possible-typo',
      found: 'november 2024',
      probably: 'november 2023',
      likelihood: 'unverified',
      because: {
        nl: 'het antwoord dateert van rond oktober 2023; niet nagegaan in een andere bron',
        fr: 'la réponse date d’environ octobre 2023 ; non vérifié dans une autre source',
        de: 'die Antwort stammt von etwa Oktober 2023; nicht in einer anderen Quelle überprüft',
        en: 'the answer dates from around October 2023; not checked against another source',
      },
    },
  ],
};

const SOURCE: ReadonlyArray<readonly [number, FlemishProvinceId, string, string]> = [
  [73, 'antwerpen', 'Kalmthout', 'februari 2020 – gesloten 07.05.2021'],
  [74, 'antwerpen', 'Geel', 'begin november 2021 – gesloten 26.04.2022'],
  [75, 'antwerpen', 'Berlaar', 'juli 2022'],
  [76, 'antwerpen', 'Kasterlee', 'sep 2023'],
  [78, 'vlaams-brabant', 'Zoutleeuw', '02.12.2019'],
  [79, 'vlaams-brabant', 'Bekkevoort', '19.12.2019 - gesloten 13.02.2021'],
  [80, 'vlaams-brabant', 'Overijse', 'april 2020'],
  [81, 'vlaams-brabant', 'Dilbeek', 'december 2021/februari 2022'],
  [82, 'vlaams-brabant', 'Machelen', 'eind mei 2022'],
  [83, 'vlaams-brabant', 'Sint-Pieters-Leeuw', '15.02.2023-23.02.2023 '],
  [84, 'vlaams-brabant', 'Kampenhout', '09.03.2023'],
  [85, 'vlaams-brabant', 'Grimbergen', 'verwacht november 2023'],
  [86, 'vlaams-brabant', 'Beersel', 'Destelheide en Hanenbos september 2023'],
  [88, 'west-vlaanderen', 'Bredene', '03.12.2019 - gesloten op 10.02.2020'],
  [89, 'west-vlaanderen', 'Mesen', '17.12.2019 - gesloten begin februari 2020'],
  [90, 'west-vlaanderen', 'Koksijde', '05.02.2020 - gesloten 31.07.2020'],
  [91, 'west-vlaanderen', 'Sijsele', 'april 2020'],
  [92, 'west-vlaanderen', 'Lombardsijde', 'sept 2021 - gesloten 31.05.2022'],
  [93, 'west-vlaanderen', 'Koksijde', '27.09.2021'],
  [94, 'west-vlaanderen', 'Bredene', '01.11.2022 - geslotenem 4.03.2023'],
  [95, 'west-vlaanderen', 'Jabbeke', '1.12.2022'],
  [96, 'west-vlaanderen', 'Ieper', 'verwacht november 2023'],
  [97, 'west-vlaanderen', 'Bredene', 'heropening november 2024'],
  [99, 'limburg', 'Lommel', 'uitbreiding januari 2020 - gesloten'],
  [100, 'limburg', 'Bilzen', 'begin december 2019 – gesloten 2020'],
  [101, 'limburg', 'Lommel', 'november 2021'],
  [103, 'oost-vlaanderen', 'Beveren', 'februari 2020'],
  [104, 'oost-vlaanderen', 'Sint – Laureins', '26.09.2022'],
  [105, 'oost-vlaanderen', 'Ronse', 'oktober 2023'],
  [106, 'oost-vlaanderen', 'Waasmunster', '6.10.2023'],
  [107, 'oost-vlaanderen', 'Geraardsbergen', 'onder voorbehoud oktober 2023'],
];

/** The raw source rows (line, province, place as written, text), for tests and docs. */
export const deploymentSource = SOURCE;

/**
 * The 31 deployments of seed `000` (lines 72-107), each produced by {@link parseDutchPeriod}
 * at module load. A row the parser cannot read makes the module fail to load, so the data can
 * never silently differ from the source.
 *
 * @example
 * ```ts
 * deployments.length; // 31
 * deployments.find((d) => d.municipality === 'Machelen')?.parsed.precision; // 'part-of-month'
 * ```
 */
export const deployments: readonly Deployment[] = SOURCE.map(([line, province, place, raw]) => {
  const parsed = parseDutchPeriod(raw);
  if (!parsed.ok) throw new Error(`seed 000 line ${line}: ${parsed.error.message}`);
  const [opening] = parsed.value.segments;
  const closing = parsed.value.segments.find((s, i) => i > 0 && s.state === 'closed');
  return {
    id: `000:${line}`,
    province,
    place,
    municipality: MUNICIPALITY_OF_PLACE[place] ?? place,
    raw,
    parsed: parsed.value,
    opening,
    ...(closing ? { closing } : {}),
    source: { seed: '000', lines: [line, line], quote: `${place} (${raw})` },
    sourceNotes: SOURCE_NOTES[line] ?? [],
  };
});

/**
 * A municipality that indicated it had no need of the liaison officers' support (seed `000`,
 * lines 125-127: "lokale besturen die aangeven dat ze geen nood hebben aan ondersteuning").
 * Not a refusal: the source says they needed none.
 */
export interface NoSupportNeeded {
  readonly municipality: string;
  /** Whether it appears in {@link deployments}; computed, not written down. */
  readonly inRegister: boolean;
  /** Where the source names it. */
  readonly source: Citation;
}

/** @deprecated Use {@link NoSupportNeeded}: the source says these municipalities needed no support, not that they declined it. */
export type DeclinedSupport = NoSupportNeeded;

/**
 * The municipalities the source names as having said they did not need support: Kalmthout,
 * Alveringem, Waasmunster. Alveringem has no deployment in the register, which `inRegister`
 * shows.
 *
 * @example
 * ```ts
 * noSupportNeeded.filter((d) => !d.inRegister).map((d) => d.municipality); // ['Alveringem']
 * ```
 */
export const noSupportNeeded: readonly NoSupportNeeded[] = [
  'Kalmthout',
  'Alveringem',
  'Waasmunster',
].map((municipality) => ({
  municipality,
  inRegister: deployments.some((d) => d.municipality === municipality),
  source: {
    seed: '000',
    lines: [125, 127],
    quote:
      'aangeven dat ze geen nood hebben aan ondersteuning van de verbindingsofficieren, bijvoorbeeld Kalmthout, Alveringem en Waasmunster',
  },
}));

/** @deprecated Use {@link noSupportNeeded} (the same list): the source says these municipalities needed no support. */
export const declinedSupport: readonly NoSupportNeeded[] = noSupportNeeded;

/** The states of a deployment's facts, handy for filtering. */
export function statesOf(deployment: Deployment): readonly DeploymentState[] {
  return deployment.parsed.states;
}

/** The opening period of a deployment, when dated. */
export function openingPeriod(deployment: Deployment): Period | undefined {
  return deployment.opening.period;
}
