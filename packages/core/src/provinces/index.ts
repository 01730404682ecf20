/**
 * Belgium's ten provinces and the Brussels-Capital Region: ids, regions and official names in
 * four languages. The buffer uses all eleven; the register the five Flemish ones.
 *
 * @example
 * ```ts
 * import { describeProvince, provinceIds } from '@opvang/core/provinces';
 * provinceIds.length; // 11
 * describeProvince('liege', 'de'); // 'Lüttich'
 * ```
 *
 * @packageDocumentation
 */
export {
  describeProvince,
  provinceIds,
  provinces,
  regions,
  type FlemishProvinceId,
  type Province,
  type ProvinceId,
  type Region,
} from './provinces.js';
