export interface LatLng {
  lat: number;
  lng: number;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/** IUGG mean Earth radius. */
const EARTH_RADIUS_KM = 6371.0088;

const CHINA_EXTENT: BoundingBox = { minLat: 3.8, maxLat: 53.6, minLng: 73.5, maxLng: 135.1 };

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

/** Great-circle distance. GCJ-02 shifts points by at most a few hundred metres, so it is fine here too. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The smallest latitude/longitude box holding every point within `radiusKm` of `center`, for a
 * coarse index query before an exact distance check. The longitude half-width is asin(sin r / cos lat)
 * (it is wider than r / cos lat away from the equator); when the circle reaches a pole the box spans
 * every longitude. A box that would cross the antimeridian also spans every longitude.
 */
export function boundingBox(center: LatLng, radiusKm: number): BoundingBox {
  if (!Number.isFinite(radiusKm) || radiusKm < 0) throw new RangeError(`Not a usable radius: ${radiusKm}`);
  if (!(Math.abs(center.lat) <= 90) || !(Math.abs(center.lng) <= 180)) {
    throw new RangeError(`Not a point on Earth: ${center.lat},${center.lng}`);
  }
  const angularRadius = radiusKm / EARTH_RADIUS_KM;
  const lat = toRadians(center.lat);
  const southEdge = lat - angularRadius;
  const northEdge = lat + angularRadius;
  const minLat = toDegrees(Math.max(southEdge, -Math.PI / 2));
  const maxLat = toDegrees(Math.min(northEdge, Math.PI / 2));
  const everyLongitude: BoundingBox = { minLat, maxLat, minLng: -180, maxLng: 180 };
  if (southEdge <= -Math.PI / 2 || northEdge >= Math.PI / 2) return everyLongitude;

  // Here |lat| + r < 90°, so cos(lat) > sin(r) > 0: no division by zero, and asin stays in its domain.
  const lngHalfWidth = toDegrees(Math.asin(Math.sin(angularRadius) / Math.cos(lat)));
  const minLng = center.lng - lngHalfWidth;
  const maxLng = center.lng + lngHalfWidth;
  if (minLng < -180 || maxLng > 180) return everyLongitude;
  return { minLat, maxLat, minLng, maxLng };
}

/** Inside the rectangle around China; catches swapped or zeroed coordinates, not a border check. */
export function isPlausibleChinaPoint(p: LatLng): boolean {
  return (
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lng) &&
    p.lat >= CHINA_EXTENT.minLat &&
    p.lat <= CHINA_EXTENT.maxLat &&
    p.lng >= CHINA_EXTENT.minLng &&
    p.lng <= CHINA_EXTENT.maxLng
  );
}

/** To 0.1 km, as shown to users ("1.3 公里"). */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
