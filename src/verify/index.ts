// The verify stage: claims against the control-map history and the gazetteer -> verdicts, findings,
// contradictions. Receives the control history (domain ControlView) and gazetteer lookups through
// the small interfaces of verify-context.ts; never imports another stage. Other folders import only this file.
export { ClaimVerifier, type ClaimCheck, type ClaimNote, type ClaimReading } from './verify-claim.js'
export { verifyAnalysis, contradictionFindings, type VerifiedAnalysis, type VerifyAnalysisOptions } from './verify-analysis.js'
export { comparableClaim, findContradictions, contradictionId, linkAcrossDocuments, type BatchDispute, type ComparableClaim, type Stance } from './find-contradictions.js'
export { claimWindow } from './claim-window.js'
export { NO_CONTROL } from './no-control.js'
export { statusExpectation, type StatusExpectation } from './claim-expectation.js'
export { buildPlaceTimeline, intervalOn, type PlaceTimeline, type SideInterval } from './place-timeline.js'
export { figurePrecision, type FigurePrecision } from './figure-precision.js'
export { greatCircleKm } from './judge-distance-claim.js'
export {
  DEFAULT_VERIFY_OPTIONS,
  type ClaimWindow,
  type PlaceDirectory,
  type PlaceRef,
  type RegionArea,
  type RegionDirectory,
  type SimilarPlace,
  type VerifyContext,
  type VerifyOptions,
} from './verify-context.js'
