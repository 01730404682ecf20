import { localeOfTag, type Locale, type Localized } from '../i18n/index.js';

/** Belgium's three regions. Brussels is a region without provinces; it stands beside them. */
export const regions = ['flanders', 'wallonia', 'brussels'] as const;

/** One of {@link regions}. */
export type Region = (typeof regions)[number];

/** A province, or the Brussels-Capital Region, with its official names. */
export interface Province {
  /** A stable id: the Dutch or French name, lower case, with hyphens and without accents. */
  readonly id: string;
  readonly region: Region;
  /** The official name in each language. */
  readonly name: Localized;
}

/**
 * Belgium's ten provinces and the Brussels-Capital Region, the one list every capability
 * uses: the five Flemish provinces, the five Walloon ones, then Brussels. The order is the
 * buffer's order of geographic spread; the register keeps its source's order of the Flemish
 * ones (`registerProvinces` in `@opvang/core/register`).
 *
 * @example
 * ```ts
 * provinces.filter((p) => p.region === 'flanders').length; // 5
 * provinces.find((p) => p.id === 'liege')?.name.de; // 'Lüttich'
 * ```
 */
export const provinces = [
  {
    id: 'antwerpen',
    region: 'flanders',
    name: { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' },
  },
  {
    id: 'limburg',
    region: 'flanders',
    name: { nl: 'Limburg', fr: 'Limbourg', de: 'Limburg', en: 'Limburg' },
  },
  {
    id: 'oost-vlaanderen',
    region: 'flanders',
    name: {
      nl: 'Oost-Vlaanderen',
      fr: 'Flandre orientale',
      de: 'Ostflandern',
      en: 'East Flanders',
    },
  },
  {
    id: 'vlaams-brabant',
    region: 'flanders',
    name: {
      nl: 'Vlaams-Brabant',
      fr: 'Brabant flamand',
      de: 'Flämisch-Brabant',
      en: 'Flemish Brabant',
    },
  },
  {
    id: 'west-vlaanderen',
    region: 'flanders',
    name: {
      nl: 'West-Vlaanderen',
      fr: 'Flandre occidentale',
      de: 'Westflandern',
      en: 'West Flanders',
    },
  },
  {
    id: 'brabant-wallon',
    region: 'wallonia',
    name: {
      nl: 'Waals-Brabant',
      fr: 'Brabant wallon',
      de: 'Wallonisch-Brabant',
      en: 'Walloon Brabant',
    },
  },
  {
    id: 'hainaut',
    region: 'wallonia',
    name: { nl: 'Henegouwen', fr: 'Hainaut', de: 'Hennegau', en: 'Hainaut' },
  },
  {
    id: 'liege',
    region: 'wallonia',
    name: { nl: 'Luik', fr: 'Liège', de: 'Lüttich', en: 'Liège' },
  },
  {
    id: 'luxembourg',
    region: 'wallonia',
    name: { nl: 'Luxemburg', fr: 'Luxembourg', de: 'Luxemburg', en: 'Luxembourg' },
  },
  { id: 'namur', region: 'wallonia', name: { nl: 'Namen', fr: 'Namur', de: 'Namur', en: 'Namur' } },
  {
    id: 'brussels',
    region: 'brussels',
    name: {
      nl: 'Brussels Hoofdstedelijk Gewest',
      fr: 'Région de Bruxelles-Capitale',
      de: 'Region Brüssel-Hauptstadt',
      en: 'Brussels-Capital Region',
    },
  },
] as const satisfies readonly Province[];

/** The id of one of {@link provinces}: `'antwerpen'`, `'liege'`, `'brussels'`, … */
export type ProvinceId = (typeof provinces)[number]['id'];

/** The id of one of the five Flemish provinces. */
export type FlemishProvinceId = Extract<
  (typeof provinces)[number],
  { readonly region: 'flanders' }
>['id'];

/**
 * The ids of {@link provinces}, in the same order.
 *
 * @example
 * ```ts
 * provinceIds.length; // 11
 * provinceIds.includes('namur'); // true
 * ```
 */
export const provinceIds: readonly ProvinceId[] = provinces.map((province) => province.id);

const byId = new Map<string, Province>(provinces.map((province) => [province.id, province]));

/**
 * The official name of a province (or of the Brussels-Capital Region) in a language. The
 * language is read as `localeOfTag` reads a tag: `fr-BE` is French, an unsupported one Dutch.
 *
 * @example
 * ```ts
 * describeProvince('west-vlaanderen', 'fr'); // 'Flandre occidentale'
 * describeProvince('brussels', 'de'); // 'Region Brüssel-Hauptstadt'
 * ```
 */
export function describeProvince(id: ProvinceId, locale: Locale): string {
  return byId.get(id)?.name[localeOfTag(locale)] ?? id;
}
