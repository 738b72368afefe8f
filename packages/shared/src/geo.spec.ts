import { LatLng, boundingBox, haversineKm, isPlausibleChinaPoint, roundKm } from './geo';

const MUDAN: LatLng = { lat: 35.2526, lng: 115.4418 };
const DINGTAO: LatLng = { lat: 35.0712, lng: 115.573 };

/** The point `distanceKm` from `start` on the initial bearing, by the spherical direct formula. */
function destination(start: LatLng, bearingDeg: number, distanceKm: number): LatLng {
  const rad = Math.PI / 180;
  const delta = distanceKm / 6371.0088;
  const theta = bearingDeg * rad;
  const phi1 = start.lat * rad;
  const phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
  const lambda = start.lng * rad + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
  return { lat: phi2 / rad, lng: lambda / rad };
}

describe('geo', () => {
  describe(haversineKm.name, () => {
    it('is zero for the same point', () => {
      expect(haversineKm(MUDAN, MUDAN)).toBe(0);
    });

    it('measures one degree of latitude as about 111.2 km', () => {
      expect(haversineKm({ lat: 35, lng: 115 }, { lat: 36, lng: 115 })).toBeCloseTo(111.195, 2);
    });

    it('shrinks a degree of longitude by about cos(latitude), cutting the corner of the parallel', () => {
      const km = haversineKm({ lat: 35.25, lng: 115 }, { lat: 35.25, lng: 116 });
      const alongParallel = 111.195 * Math.cos((35.25 * Math.PI) / 180);
      expect(km).toBeLessThan(alongParallel);
      expect(km).toBeGreaterThan(alongParallel - 0.01);
    });

    it('measures 牡丹区 to 定陶区 at about 23 km, the same both ways', () => {
      const km = haversineKm(MUDAN, DINGTAO);
      expect(km).toBeGreaterThan(22);
      expect(km).toBeLessThan(24);
      expect(haversineKm(DINGTAO, MUDAN)).toBeCloseTo(km, 10);
    });

    it('measures Beijing to Shanghai at about 1,068 km', () => {
      expect(haversineKm({ lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 })).toBeCloseTo(1068, -1);
    });

    it('stays finite for antipodes', () => {
      expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6371.0088, 6);
    });
  });

  describe(boundingBox.name, () => {
    it.each([
      ['a market radius at Heze', MUDAN, 10],
      ['a county-wide radius at Heze', MUDAN, 150],
      ['a large radius far north', { lat: 60, lng: 100 }, 2000],
    ])('holds every point on the circle, and no more width than needed, for %s', (_label, center, radiusKm) => {
      const box = boundingBox(center, radiusKm);
      let widest = 0;
      for (let bearing = 0; bearing < 360; bearing += 0.25) {
        const p = destination(center, bearing, radiusKm);
        expect(p.lat).toBeGreaterThanOrEqual(box.minLat - 1e-9);
        expect(p.lat).toBeLessThanOrEqual(box.maxLat + 1e-9);
        expect(p.lng).toBeGreaterThanOrEqual(box.minLng - 1e-9);
        expect(p.lng).toBeLessThanOrEqual(box.maxLng + 1e-9);
        widest = Math.max(widest, Math.abs(p.lng - center.lng));
      }
      expect(box.maxLng - center.lng).toBeCloseTo(widest, 3);
      expect(box.maxLat - center.lat).toBeCloseTo(radiusKm / 111.195, 3);
    });

    it('is wider in longitude than in latitude at Heze', () => {
      const box = boundingBox(MUDAN, 5);
      const ratio = (box.maxLng - box.minLng) / (box.maxLat - box.minLat);
      expect(ratio).toBeCloseTo(1 / Math.cos((MUDAN.lat * Math.PI) / 180), 3);
    });

    it('is the point itself for a zero radius', () => {
      expect(boundingBox(MUDAN, 0)).toEqual({
        minLat: MUDAN.lat,
        maxLat: MUDAN.lat,
        minLng: MUDAN.lng,
        maxLng: MUDAN.lng,
      });
    });

    it.each([89.99, 90, -90])('spans every longitude, in finite numbers, when the circle reaches a pole from %p', (lat) => {
      const box = boundingBox({ lat, lng: 10 }, 5);
      expect(box.minLng).toBe(-180);
      expect(box.maxLng).toBe(180);
      expect(Object.values(box).every(Number.isFinite)).toBe(true);
      expect(box.maxLat).toBeLessThanOrEqual(90);
      expect(box.minLat).toBeGreaterThanOrEqual(-90);
    });

    it('spans every longitude rather than wrap across the antimeridian', () => {
      const box = boundingBox({ lat: 0, lng: 179.99 }, 5);
      expect([box.minLng, box.maxLng]).toEqual([-180, 180]);
    });

    it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses a radius of %p', (radiusKm) => {
      expect(() => boundingBox(MUDAN, radiusKm)).toThrow(RangeError);
    });

    it('refuses a centre off the globe', () => {
      expect(() => boundingBox({ lat: 115.4, lng: 35.2 }, 5)).toThrow(RangeError);
      expect(() => boundingBox({ lat: Number.NaN, lng: 115 }, 5)).toThrow(RangeError);
    });
  });

  describe(isPlausibleChinaPoint.name, () => {
    it.each([
      ['牡丹区', MUDAN],
      ['Mohe in the far north', { lat: 53.3, lng: 122.5 }],
      ['Kashgar in the far west', { lat: 39.47, lng: 75.99 }],
      ['the southern edge', { lat: 3.8, lng: 112 }],
    ])('accepts %s', (_label, p) => {
      expect(isPlausibleChinaPoint(p)).toBe(true);
    });

    it.each([
      ['swapped coordinates', { lat: 115.4418, lng: 35.2526 }],
      ['zeroes', { lat: 0, lng: 0 }],
      ['too far north', { lat: 53.7, lng: 122.5 }],
      ['too far east', { lat: 35, lng: 135.2 }],
      ['too far west', { lat: 35, lng: 73.4 }],
      ['NaN', { lat: Number.NaN, lng: 115 }],
    ])('refuses %s', (_label, p) => {
      expect(isPlausibleChinaPoint(p)).toBe(false);
    });
  });

  describe(roundKm.name, () => {
    it('rounds to 0.1 km', () => {
      expect(roundKm(1.26)).toBe(1.3);
      expect(roundKm(1.24)).toBe(1.2);
      expect(roundKm(0.04)).toBe(0);
      expect(roundKm(23.0)).toBe(23);
    });
  });
});
