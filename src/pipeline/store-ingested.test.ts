import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { ingestBytes } from '../ingest/index.js'
import { openSqliteStore, type Store } from '../store/index.js'
import { storeIngested } from './store-ingested.js'

const story =
  'Russian forces advanced near Siversk on Friday and captured two villages to the west, the Russian Defence Ministry said. ' +
  'Ukraine’s General Staff said its troops repelled 14 assaults in the area and that fighting continued on the outskirts of the town, ' +
  'where both sides have concentrated artillery and drones for weeks. Local officials ordered the evacuation of families with children.'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('storeIngested', () => {
  let gazetteer: Gazetteer
  let store: Store
  beforeAll(() => {
    gazetteer = loadGazetteer()
  })
  beforeEach(async () => {
    store = await openSqliteStore({ path: ':memory:' })
  })
  afterEach(async () => store.close())

  it('stores a document with its raw bytes and analysis once; the same text again changes nothing', async () => {
    const first = await storeIngested(store, ingestBytes(bytes(story), 'a.txt'), { gazetteer })
    expect(first.documents).toMatchObject([{ status: 'stored', duplicateOf: null }])
    expect(first.documents[0]!.claims).toBeGreaterThan(2)
    const again = await storeIngested(store, ingestBytes(bytes(story), 'copy.txt'), { gazetteer })
    expect(again.documents).toMatchObject([{ status: 'unchanged', documentId: first.documents[0]!.documentId }])
    expect(await store.countDocuments()).toBe(1)
    const doc = await store.getDocument(first.documents[0]!.documentId)
    expect(await store.getRawInput(doc!.rawSha256)).toMatchObject({ origin: 'a.txt', format: 'text' })
    const analysis = await store.getAnalysis(doc!.id)
    expect(analysis!.places.some((p) => p.name === 'Siversk')).toBe(true)
  })

  it('links a near-duplicate to the first copy and its repeated claims to the first claims', async () => {
    const first = await storeIngested(store, ingestBytes(bytes(story), 'a.txt'), { gazetteer })
    const edited = story.replace('the Russian Defence Ministry said.', 'the Russian Defence Ministry said in a statement.')
    const second = await storeIngested(store, ingestBytes(bytes(edited), 'b.txt'), { gazetteer })
    expect(second.documents[0]).toMatchObject({ status: 'stored', duplicateOf: first.documents[0]!.documentId })
    const claims = (await store.getAnalysis(second.documents[0]!.documentId))!.claims
    const firstClaims = (await store.getAnalysis(first.documents[0]!.documentId))!.claims
    const advance = claims.find((c) => c.kind === 'advance')!
    expect(advance.duplicateOf).toBe(firstClaims.find((c) => c.kind === 'advance')!.id)
  })

  it('keeps the issues of a bad input', async () => {
    const result = await storeIngested(store, ingestBytes(new Uint8Array(), 'empty.txt'), { gazetteer })
    expect(result.documents).toEqual([])
    expect((await store.listIssues()).map((i) => i.code)).toEqual(['empty'])
  })
})
