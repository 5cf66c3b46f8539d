import type { Command } from 'commander'
import { resolve } from 'node:path'
import { InputError, NotFoundError } from '../../domain/index.js'
import type { Gazetteer } from '../../geoparse/index.js'
import { gazetteerOnce } from '../gazetteer-once.js'
import { createClaimVerifier, loadControlSeries, verifyStoredClaims } from '../../pipeline/index.js'
import { DEFAULT_VERIFY_OPTIONS } from '../../verify/index.js'
import type { CliContext } from '../context.js'
import { writeJson } from '../output.js'

/** `--horizon DAYS`. */
export function parseHorizon(value: string): number {
  const days = Number(value)
  if (!Number.isInteger(days) || days < 1 || days > 730) throw new InputError(`--horizon: ${JSON.stringify(value)} is not a horizon; expected a whole number of days from 1 to 730 (default ${DEFAULT_VERIFY_OPTIONS.horizonDays})`)
  return days
}

/** The gazetteer for place-confusion checks and settlement names: `--gazetteer PATH`, else the shipped one, else none (said on stderr). */
export function gazetteerOption(ctx: CliContext, path: string | undefined): Gazetteer | null {
  try {
    return gazetteerOnce(path ? resolve(ctx.io.cwd, path) : undefined)
  } catch (error) {
    if (path !== undefined || !(error instanceof NotFoundError)) throw error
    ctx.io.stderr(`frontline: ${error.message}; continuing without it (no place-confusion checks, no settlement names)\n`)
    return null
  }
}

/** `frontline verify`: re-verify every stored claim against the control series in the database. */
export function registerVerify(program: Command, ctx: CliContext): void {
  program
    .command('verify')
    .description(
      'Check every stored claim against the control-map history in the database: a verdict per claim (confirmed, consistent, ' +
        'contradicted, pending, unverifiable, with a reason, the snapshots used and the lag in days), reporting-error findings per ' +
        'document, and contradictions between speakers. Run it after importing new control data: pending verdicts settle as the ' +
        'horizon passes. Rules and tolerances: docs/verify.md.',
    )
    .option('--horizon <days>', 'days a claimed state must hold (or its opposite, to contradict it)', String(DEFAULT_VERIFY_OPTIONS.horizonDays))
    .option('--gazetteer <path>', 'gazetteer file or directory for place-confusion checks (default: the shipped one)')
    .option('--json', 'print the run summary as JSON')
    .action(async (opts: { horizon: string; gazetteer?: string; json?: boolean }) => {
      const horizonDays = parseHorizon(opts.horizon)
      const gazetteer = gazetteerOption(ctx, opts.gazetteer)
      const store = await ctx.openStore()
      try {
        const series = await loadControlSeries(store)
        if (!series.coverage) throw new NotFoundError(`${store.location} has no control snapshots to verify against; import some first: frontline control import PATH (e.g. data/control-sample)`)
        const verifier = createClaimVerifier(series, { gazetteer, options: { horizonDays } })
        const progress = ctx.io.isTty ? (done: number, total: number) => ctx.io.stderr(`\rverify: ${done}/${total} documents`) : undefined
        const run = await verifyStoredClaims(store, verifier, progress ? { onProgress: progress } : {})
        if (progress) ctx.io.stderr('\n')
        if (opts.json) return writeJson(ctx.io, { database: store.location, coverage: series.coverage, ...run })
        const statuses = Object.entries(run.statuses).map(([s, n]) => `${n} ${s}`).join(', ') || 'none'
        ctx.io.stdout(
          `Verified ${run.claims} claim(s) against ${series.snapshots.length} snapshots (${series.coverage.start} .. ${series.coverage.end}; horizon ${run.horizonDays} days) in ${run.seconds} s\n` +
            `  verdicts: ${statuses}\n  findings: ${run.findings}\n  contradictions: ${run.contradictions}\n`,
        )
      } finally {
        await store.close()
      }
    })
}
