import type { Document, SourceRecord } from '../domain/index.js'
import { buildSourceLedger, type LedgerEntry } from '../ledger/index.js'
import type { Store } from '../store/index.js'

const PAGE = 5_000

/** Every stored claim with its verdict, as ledger entries (each with its document's outlet). */
export async function loadLedgerEntries(store: Store): Promise<LedgerEntry[]> {
  const outlets = new Map<string, string | null>()
  const entries: LedgerEntry[] = []
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.listClaims({ limit: PAGE, offset })
    for (const { claim } of rows) {
      let outlet = outlets.get(claim.documentId)
      if (outlet === undefined) {
        const doc: Document | null = await store.getDocument(claim.documentId)
        outlet = doc?.outlet ?? null
        outlets.set(claim.documentId, outlet)
      }
      entries.push({ claim, documentOutlet: outlet })
    }
    if (rows.length < PAGE) break
  }
  return entries
}

/** The source ledger over everything stored (`frontline sources`, `/api/sources`). */
export async function loadSourceLedger(store: Store): Promise<SourceRecord[]> {
  return buildSourceLedger(await loadLedgerEntries(store))
}
