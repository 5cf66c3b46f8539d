import type { Place } from '../domain/index.js'

/**
 * Real places for verification tests, as the gazetteer (data/gazetteer: KATOTTG ids and GeoNames
 * points, CC BY 4.0) resolves them. Coordinates matter: a town's status date on the map depends on
 * the point (see data/settlements/SOURCE.md for Pokrovsk).
 */
const rows = {
  pokrovsk: ['ua:UA14160210010099403', 'Pokrovsk', 'Donetsk Oblast', 'UA', 48.28198, 37.17585],
  /** Pokrovsk's city centre as Wikipedia gives it (48°17′N 37°11′E): inside the occupied area from 2025-11-25. */
  pokrovskCentre: ['wiki:pokrovsk-centre', 'Pokrovsk', 'Donetsk Oblast', 'UA', 48.28333, 37.18333],
  pokrovskeDnipro: ['ua:UA12140250010057863', 'Pokrovske', 'Dnipropetrovsk Oblast', 'UA', 47.98126, 36.23446],
  kupiansk: ['ua:UA63080090010026457', 'Kupiansk', 'Kharkiv Oblast', 'UA', 49.71003, 37.61581],
  siversk: ['ua:UA14020070010064896', 'Siversk', 'Donetsk Oblast', 'UA', 48.86588, 38.09779],
  sievierodonetsk: ['ua:UA44120110010072887', 'Sievierodonetsk', 'Luhansk Oblast', 'UA', 48.94628, 38.48624],
  sevastopol: ['ua:UA85000000000065278', 'Sevastopol', 'Sevastopol', 'UA', 44.60795, 33.52134],
  sudzha: ['gn:486816', 'Sudzha', 'Kursk Oblast', 'RU', 51.1976, 35.2726],
  myrnohrad: ['ua:UA14160150010065527', 'Myrnohrad', 'Donetsk Oblast', 'UA', 48.3099, 37.26513],
  kostiantynivka: ['ua:UA14120070010085843', 'Kostiantynivka', 'Donetsk Oblast', 'UA', 48.5277, 37.7069],
  kramatorsk: ['ua:UA14120090010038661', 'Kramatorsk', 'Donetsk Oblast', 'UA', 48.73049, 37.58793],
  huliaipole: ['ua:UA23100070010036682', 'Huliaipole', 'Zaporizhzhia Oblast', 'UA', 47.66685, 36.25576],
  bakhmut: ['ua:UA14020010010059145', 'Bakhmut', 'Donetsk Oblast', 'UA', 48.59441, 37.99983],
  rodynske: ['ua:UA14160210020079908', 'Rodynske', 'Donetsk Oblast', 'UA', 48.35199, 37.20602],
  kurakhove: ['ua:UA14160110010020758', 'Kurakhove', 'Donetsk Oblast', 'UA', 47.98437, 37.27909],
  chasivYar: ['ua:UA14020130010015598', 'Chasiv Yar', 'Donetsk Oblast', 'UA', 48.59348, 37.85724],
} as const

export type TestPlaceName = keyof typeof rows

/** A document place for `name`, mentioned at `span` (as the geoparser would emit it). */
export function testPlace(name: TestPlaceName, span: readonly [number, number] = [0, 0], extra: Partial<Place> = {}): Place {
  const [id, placeName, admin1, country, lat, lon] = rows[name]
  return { mention: placeName, span: [span[0], span[1]], id, name: placeName, admin1, country, lat, lon, kind: 'settlement', confidence: 0.9, alternatives: [], ...extra }
}

/** A region place ("Donetsk Oblast"), as the geoparser emits region mentions. */
export function testRegion(admin1: string, span: readonly [number, number] = [0, 0]): Place {
  return { mention: admin1, span: [span[0], span[1]], id: `region:${admin1}`, name: admin1, admin1, country: 'UA', lat: 0, lon: 0, kind: 'region', confidence: 0.9, alternatives: [] }
}

/** Every test place (for a small place directory). */
export function allTestPlaces(): Place[] {
  return (Object.keys(rows) as TestPlaceName[]).filter((n) => n !== 'pokrovskCentre').map((n) => testPlace(n))
}
