import type { Claim, Lang, Place } from '../domain/index.js'
import { extractClaims } from '../extract/extract-claims.js'
import { linkClaimPlaces } from '../extract/link-claim-places.js'

/**
 * Stand-ins for the geoparser's places in linker tests: one place at every occurrence in `text` of
 * each mention, of the kind given beside it (settlements by default), named by the mention itself.
 */
export function stubPlaces(text: string, named: Readonly<Record<string, Place['kind']>>): Place[] {
  const out: Place[] = []
  for (const [m, kind] of Object.entries(named)) {
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m.toLowerCase()}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] })
    }
  }
  return out
}

/** The same, for mentions that are all settlements. */
export function settlements(...mentions: readonly string[]): Record<string, Place['kind']> {
  return Object.fromEntries(mentions.map((m) => [m, 'settlement' as const]))
}

/** Extracts the claims of `text` (outlet "Test Wire") and links them to the stub places of `named`. */
export function claimsWithStubPlaces(text: string, named: Readonly<Record<string, Place['kind']>>, lang: Lang, publishedAt: string): { claims: Claim[]; places: Place[] } {
  const r = extractClaims({ id: 'd', text, lang, publishedAt, outlet: 'Test Wire' })
  const places = stubPlaces(text, named)
  return { claims: linkClaimPlaces(text, r.value.claims, r.value.anchors, places), places }
}

/** The names of each linked claim's places, in claim order. */
export function placeNames({ claims, places }: { claims: readonly Claim[]; places: readonly Place[] }): string[][] {
  return claims.map((c) => c.places.map((i) => places[i]!.name))
}
