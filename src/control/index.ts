// The control stage: the history of the territorial-control map. Other folders import only this file.
export { parseControlGeoJson, type ParseControlOptions } from './import/parse-control-geojson.js'
export { listControlFiles, readControlFile } from './import/read-control-files.js'
export { dateFromFileName } from './import/date-from-file-name.js'
export { EdgeAreaCache, geodesicAreaKm2 } from './geometry/geodesic-area.js'
export { packFlatMultiPolygon, packMultiPolygon, unpackMultiPolygon, type PackedGeometry } from './geometry/packed-geometry.js'
export { computeChange, computeChangeBetween, type ChangeGeometry } from './change/compute-change.js'
export { computeChangeNaive } from './change/compute-change-naive.js'
export { diffEdges } from './change/diff-edges.js'
export {
  ControlSeries,
  createControlSeries,
  createLazyControlSeries,
  createPackedControlSeries,
  DEFAULT_EDGE_KM,
  edgeChangeKey,
  type ControlSeriesOptions,
  type LazySnapshot,
  type PackedSnapshot,
  type SeriesSnapshot,
  type TimelineStepSize,
} from './series/control-series.js'
export { parseIsoDate, addDays, addMonths, daysBetween } from './series/iso-dates.js'
export { loadRegionLayer, createRegionLayer, defaultRegionsPath, type Region, type RegionLayer } from './regions/region-layer.js'
export { normalizeRegionName } from './regions/normalize-region-name.js'
export { THEATRE_BOX } from './theatre.js'
export { builtinSettlements, findBuiltinSettlements } from './places/builtin-settlements.js'
export { computeControlReport, type ControlReport, type ChangeFigures } from './report/compute-control-report.js'
export {
  makeDisc,
  occupiedShare,
  findAreaCrossings,
  discSide,
  SPLIT_SHARE,
  type AreaCrossing,
  type Disc,
  type DiscSide,
  type ShareStep,
} from './places/settlement-area.js'
export { settlementRadiusKm, type SettlementRadius } from './places/settlement-radius.js'
