// Ingest: raw input (files, feeds, pages, Telegram exports) -> cleaned, dated Documents, raw bytes kept.
export { ingestBytes, DEFAULT_MAX_BYTES, type IngestOptions, type IngestResult } from './ingest-bytes.js'
export { ingestFile, listInputFiles } from './ingest-file.js'
export { ingestUrl } from './ingest-url.js'
export type { IngestedDocument } from './build-document.js'
export { fingerprintBands, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY } from './fingerprint.js'
