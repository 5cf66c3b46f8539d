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
  EXTRACTING.has(commandName(args))
) {
  const child = spawn(process.execPath, [...process.execArgv, V8_FLAG, fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: { ...process.env, FRONTLINE_NO_REEXEC: '1' },
  })
  // Every stopping signal this process gets is passed on to the child. A Ctrl-C in a terminal reaches
  // both processes (they share a process group), so the child may see SIGINT twice within
  // milliseconds; `serve` treats a repeat within two seconds as the same request to stop.
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGHUP', forward)
  process.on('SIGTERM', forward)
  child.on('error', (error) => {
    process.stderr.write(`frontline: could not start node ${V8_FLAG}: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    if (signal) {
      // die of the same signal, so the caller sees what the child saw
      process.off('SIGINT', forward)
      process.off('SIGHUP', forward)
      process.off('SIGTERM', forward)
      process.kill(process.pid, signal)
    } else {
      process.exit(code ?? 1)
    }
  })
} else {
  // A reader that stops early (`frontline gazetteer lookup X | head`) closes the pipe: that ends the
  // output, as it does for any Unix tool, rather than an unhandled EPIPE and a stack trace.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const { main } = await import(entry.href)
  process.exitCode = await main(args)
}

/** The command word: the first argument that is neither an option nor the value of `--db`. */
function commandName(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') return argv[i + 1]
    if (arg === '--db') {
      i++
      continue
    }
    if (!arg.startsWith('-')) return arg
  }
  return undefined
}
