import type { Command } from 'commander'
import { InputError, type SourceRecord } from '../../domain/index.js'
import { loadSourceLedger } from '../../pipeline/index.js'
import type { CliContext } from '../context.js'
import { formatTable } from '../format.js'
import { writeJson } from '../output.js'

const STATUSES = ['confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable', 'none'] as const

/** `frontline sources`: the track record of every speaker and outlet. */
export function registerSources(program: Command, ctx: CliContext): void {
  program
    .command('sources')
    .description(
      'Track record of every speaker and outlet from the stored verdicts: claims, confirmed, consistent, contradicted, pending, ' +
        'unverifiable, and the median and 90th-percentile lag of confirmed claims (map date minus claim date, in days; negative ' +
        'when the map showed it first). --json (or --detail) lists the claim ids behind every number. Run `frontline verify` first.',
    )
    .option('--kind <speaker|outlet>', 'only speakers or only outlets')
    .option('--min-claims <n>', 'only sources with at least this many claims', '1')
    .option('--detail', 'list the claim ids behind each number')
    .option('--json', 'print the records as JSON')
    .action(async (opts: { kind?: string; minClaims: string; detail?: boolean; json?: boolean }) => {
      if (opts.kind !== undefined && opts.kind !== 'speaker' && opts.kind !== 'outlet') throw new InputError(`--kind: ${JSON.stringify(opts.kind)} is not speaker or outlet`)
      const minClaims = Number(opts.minClaims)
      if (!Number.isInteger(minClaims) || minClaims < 0) throw new InputError(`--min-claims: ${JSON.stringify(opts.minClaims)} is not a whole number >= 0`)
      const store = await ctx.openStore()
      try {
        const records = (await loadSourceLedger(store)).filter((r) => (opts.kind === undefined || r.kind === opts.kind) && r.claims >= minClaims)
        if (opts.json) return writeJson(ctx.io, { database: store.location, sources: records })
        if (records.length === 0) {
          ctx.io.stdout(`${store.location}: no claims stored${opts.kind || minClaims > 1 ? ' matching the filters' : ''}; ingest reports first (frontline ingest PATH).\n`)
          return
        }
        const lag = (v: number | null) => (v === null ? '-' : String(v))
        ctx.io.stdout(
          `${formatTable(
            ['source', 'kind', 'side', 'claims', 'confirmed', 'consistent', 'contradicted', 'pending', 'unverifiable', 'median lag', 'p90 lag'],
            records.map((r) => [r.name, r.kind, r.side, String(r.claims), String(r.confirmed), String(r.consistent), String(r.contradicted), String(r.pending), String(r.unverifiable), lag(r.medianLagDays), lag(r.p90LagDays)]),
          )}\n`,
        )
        if (opts.detail) for (const r of records) ctx.io.stdout(describeClaims(r))
      } finally {
        await store.close()
      }
    })
}

function describeClaims(r: SourceRecord): string {
  const lines = [`\n${r.name} (${r.kind}):`]
  for (const s of STATUSES) {
    const ids = r.claimIdsByStatus?.[s] ?? []
    if (ids.length) lines.push(`  ${s === 'none' ? 'not verified' : s}: ${ids.join(', ')}`)
  }
  if (r.lagClaimIds?.length) lines.push(`  lag from: ${r.lagClaimIds.join(', ')}`)
  return `${lines.join('\n')}\n`
}
