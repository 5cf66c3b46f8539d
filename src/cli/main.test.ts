import { describe, expect, it } from 'vitest'
import { memoryIo } from './io.js'
import { main } from './main.js'

describe('frontline CLI', () => {
  it('prints help naming the program and exits 0', async () => {
    const run = memoryIo()
    expect(await main(['--help'], run.io)).toBe(0)
    expect(run.stdout()).toContain('Usage: frontline')
  })

  it('rejects an unknown command with exit 2 and says so on stderr', async () => {
    const run = memoryIo()
    expect(await main(['no-such-command'], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/unknown command 'no-such-command'/)
  })
})
