import geographiclib from 'geographiclib-geodesic'

const { Geodesic } = geographiclib
const WGS84 = Geodesic.WGS84
const FORWARD_MASK = Geodesic.AZIMUTH | Geodesic.REDUCEDLENGTH | Geodesic.GEODESICSCALE
const REVERSE_MASK = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.REDUCEDLENGTH | Geodesic.GEODESICSCALE

/**
 * The ellipsoidal gnomonic projection of C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87
 * (2013) §8, built from GeographicLib's geodesic solutions: x = ρ sin α, y = ρ cos α with
 * ρ = m12 / M12. Geodesics through the centre project to straight lines exactly and others very
 * nearly, which is what makes it the tool for intersecting two geodesics (geodesic-intersection.ts).
 */
export function gnomonicForward(lng0: number, lat0: number, lng: number, lat: number): [x: number, y: number] {
  const r = WGS84.Inverse(lat0, lng0, lat, lng, FORWARD_MASK)
  const rho = (r.m12 as number) / (r.M12 as number)
  const azi = ((r.azi1 as number) * Math.PI) / 180
  return [rho * Math.sin(azi), rho * Math.cos(azi)]
}

export function gnomonicReverse(lng0: number, lat0: number, x: number, y: number): [lng: number, lat: number] {
  const rho = Math.hypot(x, y)
  if (rho === 0) return [lng0, lat0]
  const azi = (Math.atan2(x, y) * 180) / Math.PI
  const a = WGS84.a
  // Newton on s for m12(s)/M12(s) = ρ, using d(m12/M12)/ds = 1/M12² (Karney 2013, eq. 32)
  let s = a * Math.atan(rho / a)
  let lng = lng0
  let lat = lat0
  for (let i = 0; i < 10; i++) {
    const r = WGS84.Direct(lat0, lng0, azi, s, REVERSE_MASK)
    const m12 = r.m12 as number
    const M12 = r.M12 as number
    lat = r.lat2 as number
    lng = r.lon2 as number
    const ds = (rho - m12 / M12) * M12 * M12
    s += ds
    if (Math.abs(ds) < 1e-9) break
  }
  const r = WGS84.Direct(lat0, lng0, azi, s, REVERSE_MASK)
  lat = r.lat2 as number
  lng = r.lon2 as number
  return [lng, lat]
}
