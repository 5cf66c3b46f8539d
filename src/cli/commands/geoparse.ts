import type { Command } from 'commander'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { InputError, type Lang } from '../../domain/index.js'
import { geoparseText, loadGazetteer } from '../../geoparse/index.js'
import type { CliContext } from '../context.js'
import { writeJson } from '../output.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** `frontline geoparse FILE|-`: every place a text names, resolved, with its alternatives. */
export function registerGeoparse(program: Command, ctx: CliContext): void {
  program
    .command('geoparse')
    .description('Find and resolve the place names in a text (English, Ukrainian, Russian)')
    .argument('<file>', "a UTF-8 text file, or '-' for standard input")
    .option('--gazetteer <path>', 'gazetteer file or directory (default: the shipped one)')
    .option('--date <YYYY-MM-DD>', 'the text’s publication date (used with control data for front-line distance)')
    .option('--lang <en|uk|ru>', 'the text’s language, when known')
    .option('--json', 'print the places as JSON (Place objects with span, id, confidence, alternatives)')
    .action(async (file: string, opts: { gazetteer?: string; date?: string; lang?: string; json?: boolean }) => {
      if (opts.date !== undefined && !DATE.test(opts.date)) throw new InputError(`--date value ${JSON.stringify(opts.date)} is not a date of the form YYYY-MM-DD`)
      if (opts.lang !== undefined && !['en', 'uk', 'ru'].includes(opts.lang)) throw new InputError(`--lang value ${JSON.stringify(opts.lang)} is not one of en, uk, ru`)
      let text: string
      if (file === '-') text = await ctx.io.readStdin()
      else {
        const path = resolve(ctx.io.cwd, file)
        try {
          text = readFileSync(path, 'utf8')
        } catch (error) {
          throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
        }
      }
      const g = loadGazetteer(opts.gazetteer ? resolve(ctx.io.cwd, opts.gazetteer) : undefined)
      const result = geoparseText(text, g, {
        sourceId: file === '-' ? 'stdin' : file,
        ...(opts.date !== undefined ? { publishedAt: opts.date } : {}),
        ...(opts.lang !== undefined ? { lang: opts.lang as Lang } : {}),
      })
      for (const issue of result.issues) ctx.io.stderr(`frontline: ${issue.message}\n`)
      if (result.issues.some((i) => i.severity === 'error')) ctx.setExitCode(2)
      if (opts.json) return writeJson(ctx.io, { places: result.value, issues: result.issues })
      for (const p of result.value) {
        const alts = p.alternatives.slice(0, 3).map((a) => `${a.name} (${a.admin1 ?? '-'}) ${a.score}`)
        const stated = p.statedAdmin1 ? `  [text says ${p.statedAdmin1.name}]` : ''
        ctx.io.stdout(
          `${p.span[0]}-${p.span[1]}\t${p.mention}\t→ ${p.name}, ${p.admin1 ?? p.country} (${p.kind}, ${p.lat}, ${p.lon})\tconfidence ${p.confidence}${stated}` +
            `${alts.length ? `\talso: ${alts.join('; ')}${p.alternatives.length > 3 ? ` +${p.alternatives.length - 3}` : ''}` : ''}\n`,
        )
      }
      if (result.value.length === 0 && !result.issues.some((i) => i.severity === 'error')) ctx.io.stdout('no places found\n')
    })
}
