import { createHash } from 'node:crypto'
import type { Analysis, Claim, Finding, Place } from '../domain/index.js'
import type { Store } from '../store/index.js'

export interface ClaimSpec extends Partial<Omit<Claim, 'places'>> {
  readonly kind: Claim['kind']
  /** The sentence's text in the document; the claim's span. */
  readonly text: string
  readonly places?: readonly Place[]
}

/**
 * An analysed document as extraction and geoparsing hand it over, from claims the team wrote: the
 * document's text is the claims' sentences joined; each claim's places are placed at their first
 * mention in or after its sentence (a stated region at its first word there). Claims default to an
 * asserted statement of the Russian Defence Ministry about a Russian action, dated by publication.
 */

/** An analysed document as extraction and geoparsing hand it over: the claims' places placed at their mentions. */
export function analysis(id: string, publishedAt: string | null, specs: readonly ClaimSpec[], findings: Finding[] = [], outlet: string | null = null): Analysis {
  const text = specs.map((s) => s.text).join(' ')
  const places: Place[] = []
  let offset = 0
  const claims = specs.map((spec, n): Claim => {
    const start = text.indexOf(spec.text, offset)
    offset = start + spec.text.length
    const indexes = (spec.places ?? []).map((p) => {
      const at = text.indexOf(p.mention, start)
      const stated = p.statedAdmin1 ? (p.statedAdmin1.name.split(' ')[0] as string) : null
      const statedAt = stated ? text.indexOf(stated, at) : -1
      places.push({ ...p, span: [at, at + p.mention.length], ...(p.statedAdmin1 && stated ? { statedAdmin1: { name: p.statedAdmin1.name, span: [statedAt, statedAt + stated.length] as const } } : {}) })
      return places.length - 1
    })
    const { text: sentence, places: _p, ...fields } = spec
    return {
      id: `${id}-c${n}`,
      documentId: id,
      actorSide: 'RU',
      speaker: { name: 'Russian Defence Ministry', side: 'RU', via: null },
      time: { start: null, end: null, basis: 'publication' },
      quantity: null,
      modality: 'asserted',
      span: [start, start + sentence.length],
      sentence,
      ...fields,
      places: indexes,
    }
  })
  return { document: { id, title: null, publishedAt, publishedAtBasis: publishedAt ? 'metadata' : 'none', lang: 'en', text, outlet }, places, claims, findings }
}


/** Stores an analysed document as ingest and extraction would: raw input, document, analysis. */
export async function storeAnalysis(store: Store, doc: Analysis, meta: { readonly outlet?: string | null; readonly title?: string | null } = {}): Promise<void> {
  const bytes = new TextEncoder().encode(doc.document.text)
  const sha = createHash('sha256').update(bytes).digest('hex')
  await store.saveRawInput({ sha256: sha, bytes, origin: `test/${doc.document.id}.txt`, format: 'text', encoding: 'utf-8' })
  await store.saveDocument({
    id: doc.document.id,
    title: meta.title ?? doc.document.title,
    byline: null,
    outlet: meta.outlet ?? (typeof doc.document.outlet === 'string' ? doc.document.outlet : null),
    url: null,
    origin: `test/${doc.document.id}.txt`,
    format: 'text',
    publishedAt: doc.document.publishedAt,
    publishedAtBasis: doc.document.publishedAtBasis,
    lang: doc.document.lang,
    text: doc.document.text,
    textSha256: sha,
    rawSha256: sha,
    duplicateOf: null,
  })
  await store.saveAnalysis(doc.document.id, { places: doc.places, claims: doc.claims, findings: doc.findings })
}
