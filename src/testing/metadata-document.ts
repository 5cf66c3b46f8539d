import { createHash } from 'node:crypto'
import type { Document, Lang } from '../domain/index.js'

/**
 * A plain-text report whose date, language and outlet come from a dataset's metadata, as the
 * evaluation scripts feed it to analyzeDocument (gold reports, the VIINA and UCDP rows): no title,
 * byline or URL, and the raw bytes are the text.
 */
export function metadataDocument(meta: { id: string; origin: string; outlet: string | null; publishedAt: string; lang: Lang; text: string }): Document {
  const textSha256 = createHash('sha256').update(meta.text).digest('hex')
  return {
    id: meta.id,
    title: null,
    byline: null,
    outlet: meta.outlet,
    url: null,
    origin: meta.origin,
    format: 'text',
    publishedAt: meta.publishedAt,
    publishedAtBasis: 'metadata',
    lang: meta.lang,
    text: meta.text,
    textSha256,
    rawSha256: textSha256,
    duplicateOf: null,
  }
}
