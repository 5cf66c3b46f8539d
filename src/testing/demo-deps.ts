// The fixture database for API and browser tests: the bundled control sample imported by `frontline control import` itself
// (in-process), served with the same composition as `frontline serve`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryIo } from '../cli/io.js'
import { main } from '../cli/main.js'
import { buildServeDeps } from '../cli/serve-deps.js'
import { sampleControlDir } from '../cli/commands/demo.js'
import { parseServeConfig, type ServeDeps } from '../serve/index.js'
import { openSqliteStore } from '../store/index.js'
import { saveFixtureAnalyses } from './report-fixtures.js'

/** `withReports`: also the team's fixture documents and claims (with their verdicts), as if ingested. */
export async function demoDeps(options: { withReports?: boolean; writeToken?: string } = {}): Promise<{ deps: ServeDeps; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-e2e-'))
  const db = join(dir, 'demo.db')
  const run = memoryIo()
  const code = await main(['--db', db, 'control', 'import', sampleControlDir()], run.io)
  if (code !== 0) throw new Error(`e2e fixture: control import failed (${code}): ${run.stderr()}`)
  const store = await openSqliteStore({ path: db })
  if (options.withReports) await saveFixtureAnalyses(store)
  const deps = await buildServeDeps(store, parseServeConfig({ port: 0, ...(options.writeToken ? { writeToken: options.writeToken } : {}) }, 'test'), null, (line) => console.error(line))
  return {
    deps,
    dispose: async () => {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
