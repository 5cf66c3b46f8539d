import { describeStoreContract, type StoreBackend } from './store.contract.js'
import { openSqliteStore } from './sqlite/sqlite-store.js'

const backends: StoreBackend[] = [
  { name: 'sqlite (in memory)', skipReason: null, open: () => openSqliteStore({ path: ':memory:' }) },
]

for (const backend of backends) describeStoreContract(backend)
