// Extract: Document -> Claim[] (attributed, dated, quantified claims with character spans), and the
// linking of geoparsed places to the claims whose clauses name them.
export { extractClaims, type ExtractableDocument, type ExtractedClaims, type ClaimAnchor } from './extract-claims.js'
export { linkClaimPlaces, linkDuplicateClaims } from './link-claim-places.js'
export { findQuantities, type FoundQuantity } from './find-quantities.js'
export { lexiconCoverage, patternReadings, usePatternReadings } from './lexicon/index.js'
export { canonicalVia, wholeEntityName } from './attribution/index.js'
export { inferHeldGroundSides, isRussianHeldGround, strikeSidesFromHeldGround, type HeldGroundInference, type HeldGroundPlace } from './held-ground-strike-side.js'
export type { GroundHolder, HeldGroundMap, PlacePoint } from './held-ground-on-map.js'
