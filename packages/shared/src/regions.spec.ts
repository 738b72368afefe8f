import { haversineKm } from './geo';
import { HEZE_CITY_CODE, HEZE_COUNTIES, SERVED_COUNTY_CODES, countyName, isRegionCode, isServedCounty } from './regions';

/** Heze's published extent: 34°39′-35°52′ N, 114°45′-116°25′ E. */
const HEZE_EXTENT = { minLat: 34.65, maxLat: 35.87, minLng: 114.75, maxLng: 116.42 };

describe('regions', () => {
  describe('HEZE_COUNTIES', () => {
    it('lists the two districts and seven counties of Heze under 371700', () => {
      expect(HEZE_CITY_CODE).toBe('371700');
      expect(HEZE_COUNTIES.map((county) => county.name)).toEqual(['牡丹区', '定陶区', '曹县', '单县', '成武县', '巨野县', '郓城县', '鄄城县', '东明县']);
      for (const county of HEZE_COUNTIES) expect(county.code).toMatch(/^3717\d{2}$/);
      expect(new Set(SERVED_COUNTY_CODES).size).toBe(9);
    });

    it('uses the current code 371703 for 定陶区, not the former county code 371727', () => {
      expect(countyName('371703')).toBe('定陶区');
      expect(isServedCounty('371727')).toBe(false);
    });

    it.each(HEZE_COUNTIES.map((county) => [county.name, county] as const))('places %s inside Heze', (_name, county) => {
      expect(county.seat.lat).toBeGreaterThan(HEZE_EXTENT.minLat);
      expect(county.seat.lat).toBeLessThan(HEZE_EXTENT.maxLat);
      expect(county.seat.lng).toBeGreaterThan(HEZE_EXTENT.minLng);
      expect(county.seat.lng).toBeLessThan(HEZE_EXTENT.maxLng);
    });

    it('keeps every county seat between 15 and 110 km from the city centre', () => {
      const [mudan, ...others] = HEZE_COUNTIES;
      for (const county of others) {
        const km = haversineKm(mudan.seat, county.seat);
        expect(km).toBeGreaterThan(15);
        expect(km).toBeLessThan(110);
      }
    });

    it('puts 东明县 furthest west and 单县 furthest south', () => {
      const byLng = [...HEZE_COUNTIES].sort((a, b) => a.seat.lng - b.seat.lng);
      const byLat = [...HEZE_COUNTIES].sort((a, b) => a.seat.lat - b.seat.lat);
      expect(byLng[0].name).toBe('东明县');
      expect(byLat[0].name).toBe('单县');
    });
  });

  describe(isServedCounty.name, () => {
    it('serves the nine Heze codes and nothing else', () => {
      for (const code of SERVED_COUNTY_CODES) expect(isServedCounty(code)).toBe(true);
      expect(isServedCounty(HEZE_CITY_CODE)).toBe(false);
      expect(isServedCounty('370102')).toBe(false);
      expect(isServedCounty('')).toBe(false);
    });
  });

  describe(countyName.name, () => {
    it('names a served county and nothing else', () => {
      expect(countyName('371721')).toBe('曹县');
      expect(countyName('371728')).toBe('东明县');
      expect(countyName('370102')).toBeUndefined();
    });
  });

  describe(isRegionCode.name, () => {
    it.each(['371702', '370000', '110105', '440524', '810000'])('accepts %s', (code) => {
      expect(isRegionCode(code)).toBe(true);
    });

    it.each(['990105', '100000', '37170', '3717021', '37170a', ' 371702', ''])('refuses %p', (code) => {
      expect(isRegionCode(code)).toBe(false);
    });
  });
});
