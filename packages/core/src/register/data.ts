import { parseDutchPeriod } from './parse-period.js';
import type { DeploymentState, ParsedDutchPeriod, PeriodSegment } from './parse-period.js';
import type { Period } from '../shared/index.js';

/** The five Flemish provinces, as stable ids. */
export type ProvinceId = 'antwerpen' | 'vlaams-brabant' | 'west-vlaanderen' | 'limburg' | 'oost-vlaanderen';

/** The provinces in the order of seed `000`. */
export const provinces: readonly ProvinceId[] = ['antwerpen', 'vlaams-brabant', 'west-vlaanderen', 'limburg', 'oost-vlaanderen'];

/**
 * One deployment of the liaison officers (seed `000`, lines 72-107). An entry line may
 * carry several facts (opened and closed, expected, reopening): `parsed.segments` keeps
 * them all, and `opening`/`closing` pick out the first fact and the closing one.
 */
export interface Deployment {
  /** `000:<line>`: where the entry is in the source. */
  readonly id: string;
  readonly province: ProvinceId;
  readonly municipality: string;
  /** The text between brackets, verbatim. */
  readonly raw: string;
  readonly parsed: ParsedDutchPeriod;
  /** The first fact: opened, expected, reserved, reopening or expansion. */
  readonly opening: PeriodSegment;
  /** The closing fact, when the entry has one (possibly without a date). */
  readonly closing?: PeriodSegment;
}

const SOURCE: ReadonlyArray<readonly [number, ProvinceId, string, string]> = [
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

/** The raw source rows (line, province, municipality, text), for tests and docs. */
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
export const deployments: readonly Deployment[] = SOURCE.map(([line, province, municipality, raw]) => {
  const parsed = parseDutchPeriod(raw);
  if (!parsed.ok) throw new Error(`seed 000 line ${line}: ${parsed.error.message}`);
  const [opening] = parsed.value.segments;
  const closing = parsed.value.segments.find((s, i) => i > 0 && s.state === 'closed');
  return { id: `000:${line}`, province, municipality, raw, parsed: parsed.value, opening, ...(closing ? { closing } : {}) };
});

/** A municipality that told AgII it did not need the liaison officers (seed `000`, lines 126-127). */
export interface DeclinedSupport {
  readonly municipality: string;
  /** Whether it appears in {@link deployments}; computed, not written down. */
  readonly inRegister: boolean;
}

/**
 * The municipalities the source names as declining support: Kalmthout, Alveringem,
 * Waasmunster. Alveringem has no deployment in the register, which `inRegister` shows.
 *
 * @example
 * ```ts
 * declinedSupport.filter((d) => !d.inRegister).map((d) => d.municipality); // ['Alveringem']
 * ```
 */
export const declinedSupport: readonly DeclinedSupport[] = ['Kalmthout', 'Alveringem', 'Waasmunster'].map((municipality) => ({
  municipality,
  inRegister: deployments.some((d) => d.municipality === municipality),
}));

/** The states of a deployment's facts, handy for filtering. */
export function statesOf(deployment: Deployment): readonly DeploymentState[] {
  return deployment.parsed.states;
}

/** The opening period of a deployment, when dated. */
export function openingPeriod(deployment: Deployment): Period | undefined {
  return deployment.opening.period;
}
