// Analysed documents written by the team for tests of the claims/document routes and the UI: our own
// sentences (no third-party text). One of them is hostile: markup in its title and text must render
// as text everywhere.
import type { Analysis, Claim, Document, GazetteerEntry, Place } from '../domain/index.js'
import type { Store } from '../store/index.js'

function place(mention: string, start: number, id: string, name: string, admin1: string, lat: number, lon: number): Place {
  return { mention, span: [start, start + mention.length], id, name, admin1, country: 'UA', lat, lon, kind: 'settlement', confidence: 0.95, alternatives: [] }
}

function claim(id: string, documentId: string, text: string, sentence: string, partial: Partial<Claim>): Claim {
  const start = text.indexOf(sentence)
  if (start < 0) throw new Error(`fixture: sentence not in text: ${sentence}`)
  return {
    id,
    documentId,
    kind: 'capture',
    actorSide: 'RU',
    speaker: { name: null, side: 'unknown', via: null },
    places: [0],
    time: { start: null, end: null, basis: 'publication' },
    quantity: null,
    modality: 'asserted',
    span: [start, start + sentence.length],
    sentence,
    ...partial,
  }
}

const mod = 'The Russian Defence Ministry said on Tuesday that its troops had taken Pokrovsk. Ukrainian officials did not comment.'
const hostile =
  'Markup test <script>document.body.dataset.pwned = "script"</script> from a hostile feed. ' +
  'Forces advanced near Siversk <img src=x onerror="document.body.dataset.pwned=\'img\'"> according to a channel.'

export const SAMPLE_ANALYSES: readonly Analysis[] = [
  {
    document: { id: 'doc-mod', title: 'Ministry statement on Pokrovsk', publishedAt: '2025-12-02', publishedAtBasis: 'metadata', lang: 'en', text: mod, outlet: 'Test Wire' },
    places: [place('Pokrovsk', mod.indexOf('Pokrovsk'), 'pokrovsk', 'Pokrovsk', 'Donetsk Oblast', 48.282, 37.176)],
    claims: [
      claim('claim-mod-pokrovsk', 'doc-mod', mod, 'The Russian Defence Ministry said on Tuesday that its troops had taken Pokrovsk.', {
        speaker: { name: 'Russian Defence Ministry', side: 'RU', via: 'Test Wire' },
        time: { start: '2025-12-01', end: '2025-12-01', basis: 'relative' },
        verdict: { status: 'confirmed', reason: 'The map shows Pokrovsk occupied from 2025-11-25, 6 days before the claim.', lagDays: -6, snapshots: ['2025-11-24', '2025-11-25'] },
      }),
    ],
    findings: [],
  },
  {
    document: { id: 'doc-hostile', title: 'Hostile <img src=x onerror=alert(1)> title', publishedAt: '2025-06-10', publishedAtBasis: 'dateline', lang: 'en', text: hostile, outlet: 'Channel <b>X</b>' },
    places: [place('Siversk', hostile.indexOf('Siversk'), 'siversk', 'Siversk', 'Donetsk Oblast', 48.866, 38.099)],
    claims: [
      claim('claim-hostile-siversk', 'doc-hostile', hostile, 'Forces advanced near Siversk <img src=x onerror="document.body.dataset.pwned=\'img\'"> according to a channel.', {
        kind: 'advance',
        speaker: { name: '<script>alert("speaker")</script>', side: 'unknown', via: 'Telegram' },
        time: { start: '2025-06-09', end: '2025-06-09', basis: 'relative' },
        verdict: { status: 'contradicted', reason: 'The line moved away from Siversk <b>between</b> the snapshots.', lagDays: null, snapshots: ['2025-06-01', '2025-06-09'] },
      }),
    ],
    findings: [{ code: 'dateline-mismatch', severity: 'warning', message: 'Dateline <script>x</script> says 2024', span: [0, 11], suggestion: 'Use 2025-06-10' }],
  },
]

/** Gazetteer entries for the places the fixtures name (real coordinates, rounded). */
export const SAMPLE_PLACES: readonly GazetteerEntry[] = [
  { id: 'pokrovsk', kind: 'settlement', name: 'Pokrovsk', nameUk: 'Покровськ', nameRu: 'Покровск', variants: ['Krasnoarmeysk', 'Красноармейск', 'Krasnoarmiisk'], admin1: 'Donetsk Oblast', admin2: 'Pokrovskyi Raion', country: 'UA', lat: 48.282, lon: 37.176, population: 60000, sources: ['fixture'] },
  { id: 'siversk', kind: 'settlement', name: 'Siversk', nameUk: 'Сіверськ', nameRu: 'Северск', variants: ['Seversk'], admin1: 'Donetsk Oblast', admin2: 'Kramatorskyi Raion', country: 'UA', lat: 48.866, lon: 38.099, population: 11000, sources: ['fixture'] },
  { id: 'sievierodonetsk', kind: 'settlement', name: 'Sievierodonetsk', nameUk: 'Сєвєродонецьк', nameRu: 'Северодонецк', variants: ['Severodonetsk'], admin1: 'Luhansk Oblast', admin2: null, country: 'UA', lat: 48.948, lon: 38.486, population: 100000, sources: ['fixture'] },
]

/** Saves analyses into a store as if ingested and analysed: raw input, document, places, claims, findings. */
export async function saveFixtureAnalyses(store: Store, analyses: readonly Analysis[] = SAMPLE_ANALYSES): Promise<void> {
  for (const analysis of analyses) {
    const d = analysis.document
    const document: Document = {
      id: d.id,
      title: d.title,
      byline: null,
      outlet: typeof d.outlet === 'string' ? d.outlet : null,
      url: null,
      origin: `fixture:${d.id}`,
      format: 'text',
      publishedAt: d.publishedAt,
      publishedAtBasis: d.publishedAtBasis,
      lang: d.lang,
      text: d.text,
      textSha256: `sha-${d.id}`,
      rawSha256: `raw-${d.id}`,
      duplicateOf: null,
    }
    await store.saveRawInput({ sha256: document.rawSha256, bytes: new TextEncoder().encode(d.text), origin: document.origin, format: 'text', encoding: 'utf-8' })
    await store.saveDocument(document)
    await store.saveAnalysis(d.id, { places: analysis.places, claims: analysis.claims, findings: analysis.findings })
  }
}
