import type { GeoPoint } from '../model/index.js';

/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance between two WGS-84 points, in kilometres (haversine on a sphere; within
 * 0.5% of the ellipsoidal distance, plenty for sorting incubators by distance).
 *
 * @example
 * haversineKm({ lat: 31.2304, lng: 121.4737 }, { lat: 22.4273, lng: 114.2101 }) // ≈ 1215
 */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
