import type { Command } from 'commander'
import type { CliContext } from '../context.js'

/** A CLI command: adds itself (and its subcommands) to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void

/**
 * A top-level command by name, with its module loaded only when wanted: `frontline control status`
 * loads the control commands alone, not the analysis stages, the HTTP server and the HTML parser
 * every other command brings (~1 s of module loading on this machine); `frontline --help` loads all.
 */
export interface CommandEntry {
  /** The name the command registers (`program.command(name)`). */
  readonly name: string
  readonly load: () => Promise<RegisterCommand>
}

/** Every command, in the order `--help` lists them. Add one line per command file. */
export const commands: readonly CommandEntry[] = [
  { name: 'db', load: async () => (await import('./db.js')).registerDb },
  { name: 'control', load: async () => (await import('./control.js')).registerControl },
  { name: 'gazetteer', load: async () => (await import('./gazetteer.js')).registerGazetteer },
  { name: 'geoparse', load: async () => (await import('./geoparse.js')).registerGeoparse },
  { name: 'ingest', load: async () => (await import('./ingest.js')).registerIngest },
  { name: 'analyze', load: async () => (await import('./analyze.js')).registerAnalyze },
  { name: 'verify', load: async () => (await import('./verify.js')).registerVerify },
  { name: 'sources', load: async () => (await import('./sources.js')).registerSources },
  { name: 'brief', load: async () => (await import('./brief.js')).registerBrief },
  { name: 'serve', load: async () => (await import('./serve.js')).registerServe },
  { name: 'demo', load: async () => (await import('./demo.js')).registerDemo },
]
