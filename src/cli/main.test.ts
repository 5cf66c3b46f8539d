import { describe, expect, it } from 'vitest'
import { memoryIo } from './io.js'
import { buildProgram, main } from './main.js'

describe('frontline CLI', () => {
  it('prints help naming the program and exits 0', async () => {
    const run = memoryIo()
    expect(await main(['--help'], run.io)).toBe(0)
    expect(run.stdout()).toContain('Usage: frontline')
  })

  it('loads only the command the arguments name, and every command for help or an unknown word', async () => {
    const io = memoryIo().io
    const names = (p: { program: { commands: readonly { name(): string }[] } }) => p.program.commands.map((c) => c.name())
    expect(names(await buildProgram(io, ['--db', 'x.db', 'control', 'status']))).toEqual(['control'])
    expect(names(await buildProgram(io, ['--db=x.db', 'control']))).toEqual(['control'])
    const all = names(await buildProgram(io))
    expect(all).toContain('control')
    expect(all.length).toBeGreaterThan(5)
    expect(names(await buildProgram(io, ['--help']))).toEqual(all)
    expect(names(await buildProgram(io, ['contrl']))).toEqual(all)
  })

  it('rejects an unknown command with exit 2 and says so on stderr', async () => {
    const run = memoryIo()
    expect(await main(['no-such-command'], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/unknown command 'no-such-command'/)
  })
})
