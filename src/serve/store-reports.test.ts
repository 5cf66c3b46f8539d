import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore, type Store } from '../store/index.js'
import { saveFixtureAnalyses } from '../testing/report-fixtures.js'
import { createStoreReports } from './store-reports.js'

let store: Store
beforeAll(async () => {
  store = await openSqliteStore({ path: ':memory:' })
  await saveFixtureAnalyses(store)
})
afterAll(() => store.close())

describe('createStoreReports', () => {
  it('reads documents back in the analyze shape', async () => {
    const reports = createStoreReports(store)
    const analysis = await reports.getDocument('doc-hostile')
    expect(analysis?.document.text).toContain('<script>')
    expect(analysis?.claims.map((c) => c.id)).toEqual(['claim-hostile-siversk'])
    expect(analysis?.findings.map((f) => f.code)).toEqual(['dateline-mismatch'])
    expect(await reports.getDocument('missing')).toBeNull()
    expect(await reports.counts()).toEqual({ documents: 2, claims: 2 })
  })

  it('filters by window, place, kinds, verdicts and speaker, newest first, with the total', async () => {
    const reports = createStoreReports(store)
    const ids = async (q: Parameters<typeof reports.findClaims>[0]) => (await reports.findClaims(q)).items.map((r) => r.claim.id)
    const page = { limit: 10, offset: 0 }
    expect(await ids(page)).toEqual(['claim-mod-pokrovsk', 'claim-hostile-siversk'])
    expect(await ids({ ...page, from: '2025-11-01' })).toEqual(['claim-mod-pokrovsk'])
    expect(await ids({ ...page, placeId: 'siversk' })).toEqual(['claim-hostile-siversk'])
    expect(await ids({ ...page, kinds: ['advance', 'capture'] })).toEqual(['claim-mod-pokrovsk', 'claim-hostile-siversk'])
    expect(await ids({ ...page, verdicts: ['contradicted'] })).toEqual(['claim-hostile-siversk'])
    expect(await ids({ ...page, speaker: 'DEFENCE' })).toEqual(['claim-mod-pokrovsk'])
    const one = await reports.findClaims({ limit: 1, offset: 1 })
    expect([one.total, one.items.map((r) => r.document.title)]).toEqual([2, ['Hostile <img src=x onerror=alert(1)> title']])
  })
})
