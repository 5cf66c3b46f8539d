import { type RegionLayer, geodesicAreaKm2, packMultiPolygon } from '../control/index.js'
import type { RegionArea, RegionDirectory } from '../verify/index.js'

// Ukrainian and Russian genitive endings of oblast adjectives ("Донецької області", "Донецкой
// области") back to the nominative the region layer knows ("Донецька", "Донецкая").
const GENITIVE_ENDINGS: readonly [RegExp, string][] = [
  [/ької(?=\s|$)/u, 'ька'],
  [/ської(?=\s|$)/u, 'ська'],
  [/цької(?=\s|$)/u, 'цька'],
  [/ої(?=\s|$)/u, 'а'],
  [/ской(?=\s|$)/u, 'ская'],
  [/цкой(?=\s|$)/u, 'цкая'],
  [/ой(?=\s|$)/u, 'ая'],
]

/**
 * The control stage's oblast layer as verification's RegionDirectory: names in three languages
 * (genitive forms too), each region's geodesic area from the shipped (simplified) boundaries, and
 * Ukraine as the sum of its oblasts, Crimea, Kyiv and Sevastopol.
 */
export function regionDirectoryFromLayer(layer: RegionLayer | null): RegionDirectory | null {
  if (!layer) return null
  const areas = new Map<string, number>()
  const areaOf = (id: string, coordinates: Parameters<typeof packMultiPolygon>[0]): number => {
    let a = areas.get(id)
    if (a === undefined) {
      a = geodesicAreaKm2(packMultiPolygon(coordinates))
      areas.set(id, a)
    }
    return a
  }
  const ukrainian = layer.regions.filter((r) => r.country === 'UA')
  let country: RegionArea | null = null
  return {
    resolveRegion(name: string): RegionArea | null {
      let region = layer.find(name)
      if (!region) {
        let nominative = name.toLowerCase()
        for (const [ending, replacement] of GENITIVE_ENDINGS) nominative = nominative.replace(ending, replacement)
        region = layer.find(nominative)
      }
      return region ? { name: region.name, areaKm2: areaOf(region.id, region.coordinates) } : null
    },
    get country(): RegionArea | null {
      if (!country && ukrainian.length > 0) country = { name: 'Ukraine', areaKm2: ukrainian.reduce((s, r) => s + areaOf(r.id, r.coordinates), 0) }
      return country
    },
  }
}
