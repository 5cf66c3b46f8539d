// Child process of bench/analyze-cli.bench.ts: runs `frontline analyze --json --no-control FILE...`
// (or, with --baseline, only reads and splits the same files) in this fresh process and prints one
// JSON line with this process's CPU time at each phase. Uses the compiled CLI (dist/) when it is at
// least as new as every source file, as an installed `frontline` runs; otherwise the sources via tsx.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const atStart = cpuMs()
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const args = process.argv.slice(2)
const baseline = args[0] === '--baseline'
const files = baseline ? args.slice(1) : args

function newestMtimeMs(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtimeMs(path) : statSync(path).mtimeMs)
  }
  return newest
}

const compiled = join(root, 'dist', 'cli', 'main.js')
let useDist = false
try {
  useDist = statSync(compiled).mtimeMs >= newestMtimeMs(join(root, 'src'))
} catch {
  useDist = false
}

let output = 0
let code = 0
let loaded = atStart
if (baseline) {
  const { splitSentences } = (await import(pathToFileURL(join(root, useDist ? 'dist/text/index.js' : 'src/text/index.ts')).href)) as typeof import('../../src/text/index.js')
  loaded = cpuMs()
  for (const f of files) {
    const text = new TextDecoder().decode(readFileSync(f))
    output += splitSentences(text).length + (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0)
  }
} else {
  const { main } = (await import(pathToFileURL(useDist ? compiled : join(root, 'src/cli/main.ts')).href)) as typeof import('../../src/cli/main.js')
  loaded = cpuMs()
  const io = {
    stdout: (t: string) => void (output += t.length),
    stderr: (t: string) => void process.stderr.write(t),
    env: {},
    cwd: process.cwd(),
    isTty: false,
    readStdin: async () => '',
  }
  code = await main(['analyze', '--json', '--no-control', ...files], io)
}
const done = cpuMs()
process.stdout.write(`${JSON.stringify({ compiled: useDist, code, output, bootMs: atStart, loadMs: loaded - atStart, runMs: done - loaded, totalMs: done })}\n`)
