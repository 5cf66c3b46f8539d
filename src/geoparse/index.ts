// The geoparse stage: the gazetteer (build, load, lookups) and text → places. Other folders import
// only this file.
export { geoparseText, type GeoparseContext } from './geoparse-text.js'
export { findMentions, type RawMention } from './find-mentions.js'
export { resolveMentions, UNLISTED_PREFIX } from './resolve-mentions.js'
export { placeRegionPointers } from './region-pointers.js'
export { Gazetteer, nameSimilarity, type DistrictName, type LookupResult, type RegionName, type SimilarName } from './gazetteer/gazetteer.js'
export { loadGazetteer, defaultGazetteerDir, GAZETTEER_FILE, OVERLAY_FILE } from './gazetteer/load-gazetteer.js'
export { buildGazetteer, type BuiltGazetteer, type GazetteerSources } from './gazetteer/build-gazetteer.js'
export { encodeBuiltGazetteer } from './gazetteer/write-gazetteer.js'
export { readGazetteerSources, type SourceFiles } from './gazetteer/read-gazetteer-sources.js'
export { distanceKm } from './gazetteer/geo-distance.js'
export { nameKey, looseLatinKey } from './gazetteer/name-key.js'
export { REGIONS, type RegionDef } from './gazetteer/regions.js'
