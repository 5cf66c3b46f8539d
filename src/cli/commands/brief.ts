import type { Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseIsoDate } from '../../control/index.js'
import { InputError } from '../../domain/index.js'
import { renderBriefHtml, renderBriefMarkdown } from '../../ledger/index.js'
import { loadControlSeries, loadDailyBrief } from '../../pipeline/index.js'
import type { CliContext } from '../context.js'
import { writeJson } from '../output.js'
import { gazetteerOption } from './verify.js'

/** `frontline brief`: the day's report. */
export function registerBrief(program: Command, ctx: CliContext): void {
  program
    .command('brief')
    .description(
      "The day's report: occupied area gained and lost since the day before, the settlements that changed hands (named from the " +
        'gazetteer), the claims of the documents published that day with their verdicts, contradictions between speakers, and the ' +
        'reporting errors found. Areas are geodesic on the WGS84 ellipsoid.',
    )
    .option('--date <YYYY-MM-DD>', 'the day (default: the last control snapshot, else today)')
    .option('--format <md|html>', 'output format', 'md')
    .option('--out <file>', 'write the brief to a file instead of standard output')
    .option('--gazetteer <path>', 'gazetteer file or directory for settlement names (default: the shipped one)')
    .option('--json', 'print the brief as data (JSON) instead')
    .action(async (opts: { date?: string; format: string; out?: string; gazetteer?: string; json?: boolean }) => {
      if (opts.format !== 'md' && opts.format !== 'html') throw new InputError(`--format: ${JSON.stringify(opts.format)} is not md or html`)
      const explicitDate = opts.date === undefined ? null : parseIsoDate(opts.date, '--date')
      const gazetteer = gazetteerOption(ctx, opts.gazetteer)
      const store = await ctx.openStore()
      try {
        const series = await loadControlSeries(store)
        const date = explicitDate ?? series.coverage?.end ?? new Date().toISOString().slice(0, 10)
        const brief = await loadDailyBrief(store, series.coverage ? series : null, gazetteer, date)
        const text = opts.json ? `${JSON.stringify(brief, null, 2)}\n` : opts.format === 'html' ? renderBriefHtml(brief) : renderBriefMarkdown(brief)
        if (opts.out) {
          writeFileSync(resolve(ctx.io.cwd, opts.out), text)
          ctx.io.stderr(`frontline: wrote the brief for ${date} to ${opts.out}\n`)
        } else if (opts.json) writeJson(ctx.io, brief)
        else ctx.io.stdout(text)
      } finally {
        await store.close()
      }
    })
}
