import type { CliIo } from './io.js'

/** Prints data as pretty JSON with a trailing newline (the `--json` form of every command). */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`)
}
