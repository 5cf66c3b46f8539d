#!/usr/bin/env node
// The `frontline` executable: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const entry = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('frontline: the CLI is not built (dist/ is missing); run `npm run build` in the repository first.\n')
  process.exit(1)
}

// The commands that run claim extraction are much cheaper with V8's regexp tier-up turned off (the
// extractor's ~1,300 large Unicode regexes are otherwise compiled twice, to bytecode and then to
// native code; docs/analyze.md, "Quality and speed"). The flag can only be given on node's command
// line (not in NODE_OPTIONS; v8.setFlagsFromString after start-up is unsafe), so such a command
// re-runs this file once in a child node with the flag, stdio shared, its exit code passed on.
// FRONTLINE_NO_REEXEC=1 turns this off (and marks the child, so it never loops).
const V8_FLAG = '--no-regexp-tier-up'
const EXTRACTING = new Set(['analyze', 'ingest', 'sources', 'serve', 'demo', 'geoparse'])
const args = process.argv.slice(2)
if (
  !process.execArgv.includes(V8_FLAG) &&
  process.env.FRONTLINE_NO_REEXEC !== '1' &&
  args.some((arg) => EXTRACTING.has(arg))
) {
  const child = spawn(process.execPath, [...process.execArgv, V8_FLAG, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, FRONTLINE_NO_REEXEC: '1' },
  })
  // Ctrl-C (and a terminal hang-up) reach the child directly, since it shares this process group:
  // this process only ignores them, so the child sees each signal once (a second SIGINT would cut
  // `serve`'s orderly stop short). A SIGTERM sent to this process alone is passed on.
  const ignore = () => {}
  const forward = (signal) => child.kill(signal)
  process.on('SIGINT', ignore)
  process.on('SIGHUP', ignore)
  process.on('SIGTERM', forward)
  child.on('error', (error) => {
    process.stderr.write(`frontline: could not start node ${V8_FLAG}: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    if (signal) {
      // die of the same signal, so the caller sees what the child saw
      process.off('SIGINT', ignore)
      process.off('SIGHUP', ignore)
      process.off('SIGTERM', forward)
      process.kill(process.pid, signal)
    } else {
      process.exit(code ?? 1)
    }
  })
} else {
  const { main } = await import(entry.href)
  process.exitCode = await main(args)
}
