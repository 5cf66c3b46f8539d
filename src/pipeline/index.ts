// The pipeline: composes the stages over the store. Other folders import only this file.
export { indexControlSeries, loadControlSeries } from './load-control-series.js'
export { createClaimVerifier, linkContradictionsAcross, linkStoredContradictions, saveVerifiedDocument, verifierFor, verifyDocument, verifyStoredClaims } from './verify-documents.js'
export { placeDirectoryFromGazetteer, regionDirectoryFromLayer } from './verify-ports.js'
export { loadLedgerEntries, loadSourceLedger } from './source-ledger.js'
export { findChangedSettlements, loadDailyBrief } from './daily-brief.js'
export { analyzeDocument, type AnalyzeDeps } from './run-pipeline.js'
export { storeIngested, type StoredDocumentReport } from './store-ingested.js'
export { reportPlace } from './report-place.js'
