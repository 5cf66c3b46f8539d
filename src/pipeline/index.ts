// The pipeline: composes the stages over the store. Other folders import only this file.
export { loadControlSeries } from './load-control-series.js'
