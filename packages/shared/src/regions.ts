import type { LatLng } from './geo';
import { isProvinceCode } from './identity';

export const HEZE_CITY_CODE = '371700';

export interface County {
  /** GB/T 2260 code. */
  code: string;
  name: string;
  /** GCJ-02 position of the county (district) government. */
  seat: LatLng;
}

export const HEZE_COUNTIES: readonly County[] = [
  { code: '371702', name: '牡丹区', seat: { lat: 35.2526, lng: 115.4418 } },
  { code: '371703', name: '定陶区', seat: { lat: 35.0712, lng: 115.573 } },
  { code: '371721', name: '曹县', seat: { lat: 34.8253, lng: 115.5422 } },
  { code: '371722', name: '单县', seat: { lat: 34.7787, lng: 116.0871 } },
  { code: '371723', name: '成武县', seat: { lat: 34.9523, lng: 115.8897 } },
  { code: '371724', name: '巨野县', seat: { lat: 35.3965, lng: 116.0947 } },
  { code: '371725', name: '郓城县', seat: { lat: 35.5995, lng: 115.9437 } },
  { code: '371726', name: '鄄城县', seat: { lat: 35.5634, lng: 115.5103 } },
  { code: '371728', name: '东明县', seat: { lat: 35.2897, lng: 115.0982 } },
];

export const SERVED_COUNTY_CODES: readonly string[] = HEZE_COUNTIES.map((county) => county.code);

const COUNTIES_BY_CODE: ReadonlyMap<string, County> = new Map(HEZE_COUNTIES.map((county) => [county.code, county]));

export function isServedCounty(code: string): boolean {
  return COUNTIES_BY_CODE.has(code);
}

export function countyName(code: string): string | undefined {
  return COUNTIES_BY_CODE.get(code)?.name;
}

/** Six digits under a known province prefix; it does not check that the county exists. */
export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && isProvinceCode(code.slice(0, 2));
}
