import type { Command } from 'commander'
import type { CliContext } from '../context.js'
import { writeJson } from '../output.js'

/** `frontline db`: the database itself (create, migrate, describe). */
export function registerDb(program: Command, ctx: CliContext): void {
  const db = program.command('db').description('Create, migrate and describe the Frontline database')
  db.command('migrate')
    .description('Create the database if needed and apply pending schema migrations')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const store = await ctx.openStore()
      try {
        const applied = await store.appliedMigrations()
        if (opts.json) writeJson(ctx.io, { database: store.location, migrations: applied })
        else ctx.io.stdout(`${store.location}: ${applied.length} migrations applied (latest: ${applied.at(-1)?.name ?? 'none'})\n`)
      } finally {
        await store.close()
      }
    })
}
