import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeControlContract } from './control.contract.js'
import { describeDocumentClaimContract } from './documents-claims.contract.js'
import { describeVerifyContract } from './verify.contract.js'
import { migrations } from './migrations/index.js'
import type { Store } from './store.js'

/** A backend under test: how to open a fresh, empty store, or why it is skipped. */
export interface StoreBackend {
  readonly name: string
  /** A reason to skip this backend (stated in the test output), or null to run it. */
  readonly skipReason: string | null
  open(): Promise<Store>
}

/**
 * The one contract every backend passes (STYLE.md §5: one suite, looped over backends).
 * Each stage adds its own `describe` block here for the part of `Store` it owns.
 */
export function describeStoreContract(backend: StoreBackend): void {
  const suite = backend.skipReason ? describe.skip : describe
  suite(`store contract: ${backend.name}${backend.skipReason ? ` (skipped: ${backend.skipReason})` : ''}`, () => {
    let store: Store
    beforeEach(async () => {
      store = await backend.open()
    })
    afterEach(async () => {
      await store.close()
    })

    it('applies every migration once, in order', async () => {
      const applied = await store.appliedMigrations()
      expect(applied.map((m) => m.id)).toEqual(migrations.map((m) => m.id))
      expect(await store.migrate()).toEqual([])
    })
  })
  describeControlContract(backend)
  describeDocumentClaimContract(backend)
  describeVerifyContract(backend)
}
