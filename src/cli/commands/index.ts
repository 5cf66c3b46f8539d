import type { Command } from 'commander'
import type { CliContext } from '../context.js'
import { registerAnalyze } from './analyze.js'
import { registerIngest } from './ingest.js'
import { registerControl } from './control.js'
import { registerDb } from './db.js'
import { registerDemo } from './demo.js'
import { registerGazetteer } from './gazetteer.js'
import { registerGeoparse } from './geoparse.js'
import { registerServe } from './serve.js'
import { registerVerify } from './verify.js'
import { registerSources } from './sources.js'
import { registerBrief } from './brief.js'

/** A CLI command: adds itself (and its subcommands) to the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void

/** Every command, in the order `--help` lists them. Add one line per command file. */
export const commands: readonly RegisterCommand[] = [registerDb, registerControl, registerGazetteer, registerGeoparse, registerIngest, registerAnalyze, registerVerify, registerSources, registerBrief, registerServe, registerDemo]
