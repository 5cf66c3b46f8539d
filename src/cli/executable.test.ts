// The `frontline` executable (bin/frontline.js) re-runs extracting commands in a child node with a V8
// flag; these tests go through the real file, so they need the built CLI (dist/, made by `npm ci`).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it, onTestFinished } from 'vitest'
import { testTempDir } from '../testing/temp-dir.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const executable = join(root, 'bin', 'frontline.js')
const built = existsSync(join(root, 'dist', 'cli', 'main.js'))

/** The PIDs whose parent is `pid` (from /proc, so no `ps` is needed). */
function childrenOf(pid: number): number[] {
  const listed = spawnSync('sh', ['-c', `cat /proc/${pid}/task/*/children 2>/dev/null`], { encoding: 'utf8' }).stdout
  return listed.split(/\s+/).filter(Boolean).map(Number)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function serving(wrapper: ChildProcess): Promise<void> {
  let out = ''
  await new Promise<void>((resolve, reject) => {
    wrapper.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('http://')) resolve()
    })
    wrapper.on('exit', (code) => reject(new Error(`exited with ${code} before serving: ${out}`)))
  })
}

describe.skipIf(!built || process.platform !== 'linux')('bin/frontline.js (needs dist/: run `npm run build`; Linux /proc)', () => {
  it('re-runs serve with the V8 flag when --db comes before the command, and a SIGINT to the wrapper alone stops both', async () => {
    const dir = testTempDir('frontline-exe-')
    const wrapper = spawn(process.execPath, [executable, '--db', join(dir, 'x.db'), 'serve', '--port', '0'], {
      env: { ...process.env, FRONTLINE_NO_REEXEC: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    onTestFinished(() => {
      // a failing run must not leave a server behind
      for (const pid of [...childrenOf(wrapper.pid!), wrapper.pid!]) if (alive(pid)) process.kill(pid, 'SIGKILL')
    })
    await serving(wrapper)
    const [child] = childrenOf(wrapper.pid!)
    expect(child).toBeDefined()
    const childArgs = spawnSync('sh', ['-c', `tr '\\0' ' ' < /proc/${child}/cmdline`], { encoding: 'utf8' }).stdout
    expect(childArgs).toContain('--no-regexp-tier-up')
    const exited = new Promise<number | null>((resolve) => wrapper.on('exit', (code) => resolve(code)))
    wrapper.kill('SIGINT')
    await exited
    for (let i = 0; i < 50 && alive(child!); i++) await new Promise((r) => setTimeout(r, 100))
    expect(alive(child!)).toBe(false)
  }, 30_000)

  it('re-runs only by the command word, not by a later argument that happens to be one', () => {
    // Every node process started (the wrapper and any child) records its own flags through a preload.
    const dir = testTempDir('frontline-exe-')
    const record = join(dir, 'processes.txt')
    const preload = join(dir, 'record.cjs')
    writeFileSync(preload, `require('fs').appendFileSync(${JSON.stringify(record)}, 'node ' + process.execArgv.join(' ') + '\\n')\n`)
    const run = (args: string[]) => {
      writeFileSync(record, '')
      const result = spawnSync(process.execPath, [executable, ...args], {
        env: { ...process.env, FRONTLINE_NO_REEXEC: '', NODE_OPTIONS: `--require ${preload}` },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(result.error).toBeUndefined()
      return readFileSync(record, 'utf8').trim().split('\n')
    }
    // "analyze" here is the name looked up, not the command: one process, no flag
    expect(run(['gazetteer', 'lookup', 'analyze'])).toEqual(['node'])
    // the command after --db's value: the wrapper, then its child with the flag
    const analyzing = run(['--db', join(dir, 'x.db'), 'analyze', '--help'])
    expect(analyzing).toHaveLength(2)
    expect(analyzing[1]).toContain('--no-regexp-tier-up')
  }, 60_000)

  it('stops quietly when the reader closes the pipe early (`| head -1`)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${executable}" gazetteer lookup Pokrovske --limit 50 | head -1`], { encoding: 'utf8' })
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(run.stderr).not.toMatch(/EPIPE|Error/)
  })
})
