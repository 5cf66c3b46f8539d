import { Command, CommanderError } from 'commander'
import { InputError, NotFoundError, UpstreamError } from '../domain/index.js'
import { commands } from './commands/index.js'
import { type CliContext, createContext } from './context.js'
import { type CliIo, processIo } from './io.js'

/** Exit codes by error class (STYLE.md §4): 2 bad input, 3 not found, 4 upstream, 1 a bug. */
export const EXIT = { ok: 0, bug: 1, input: 2, notFound: 3, upstream: 4 } as const

/**
 * The program with its commands. Given the arguments, it registers only the command they name
 * (module loading is most of a short command's time); without them, or when they name no known
 * command (help, a typo), every command.
 */
export async function buildProgram(io: CliIo, argv?: readonly string[]): Promise<{ program: Command; ctx: CliContext }> {
  const program = new Command('frontline')
  program
    .description('Claims-and-control monitor for the Russia–Ukraine war: control-map history, claims, verdicts.')
    .option('--db <path>', 'SQLite database file (default: $FRONTLINE_DB or ./frontline.db)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  const ctx = createContext(io, () => program.opts<{ db?: string }>().db)
  const named = argv === undefined ? undefined : commands.find((c) => c.name === commandName(argv))
  for (const entry of named ? [named] : commands) (await entry.load())(program, ctx)
  program.commands.forEach(function override(cmd: Command): void {
    cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    cmd.commands.forEach(override)
  })
  return { program, ctx }
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    const { program, ctx } = await buildProgram(io, argv)
    await program.parseAsync([...argv], { from: 'user' })
    return ctx.exitCode()
  } catch (error) {
    return reportError(error, io)
  }
}

/** The first argument that is not a global option (`--db PATH`, `--db=PATH`, `-h`): the command's name. */
function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--db') i++
    else if (!arg.startsWith('-')) return arg
  }
  return undefined
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // help and version exit with code 0; usage errors have already been printed by commander.
    return error.exitCode === 0 ? EXIT.ok : EXIT.input
  }
  if (error instanceof InputError) {
    io.stderr(`frontline: ${error.message}\n`)
    for (const e of error.errors) if (e !== error.message) io.stderr(`  - ${e}\n`)
    return EXIT.input
  }
  if (error instanceof NotFoundError) {
    io.stderr(`frontline: ${error.message}\n`)
    return EXIT.notFound
  }
  if (error instanceof UpstreamError) {
    io.stderr(`frontline: ${error.message}\n`)
    return EXIT.upstream
  }
  io.stderr(`frontline: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  return EXIT.bug
}
