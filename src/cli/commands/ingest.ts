import type { Command } from 'commander'
import { relative, resolve } from 'node:path'
import { InputError, type Issue } from '../../domain/index.js'
import { gazetteerOnce } from '../gazetteer-once.js'
import { ingestFile, ingestUrl, listInputFiles } from '../../ingest/index.js'
import { storeIngested, type StoredDocumentReport } from '../../pipeline/index.js'
import type { CliContext } from '../context.js'
import { bundledFirstSnapshot, loadControl } from '../load-control.js'
import { openPatternReadingsCache } from '../pattern-readings-cache.js'
import { writeJson } from '../output.js'

/** `frontline ingest PATH|URL|FEED...`: store reports (raw kept), analysed, with their claims. */
export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description(
      'Store reports in the database: files, directories (searched recursively), feeds and http(s) URLs. ' +
        'The raw input is kept; each document is cleaned, dated, analysed (claims, places, findings) and stored. ' +
        'Idempotent: the same text is stored once; near-duplicates are linked to the first copy. ' +
        'Bad inputs are reported (file and problem) and skipped while the rest goes through; the exit code is then 2.',
    )
    .argument('<inputs...>', 'files, directories, or http(s) URLs of pages and feeds')
    .option('--json', 'print what was stored as JSON')
    .option('--control <path>', 'control data for place ranking (default: the database if it has snapshots; data/control-sample is the bundled sample)')
    .option('--no-control', 'analyse without control data')
    .option('--gazetteer <path>', 'gazetteer file or directory (default: the shipped one)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 50 MB)')
    .option('--outlet <name>', 'the outlet the reports came through, for those whose input and text name none (a table of the CIR monitor is known by its header and takes the outlet CIR by itself)')
    .action(async (inputs: string[], opts: { json?: boolean; control?: string | boolean; gazetteer?: string; maxBytes?: string; outlet?: string }) => {
      const { io } = ctx
      const maxBytes = opts.maxBytes === undefined ? undefined : Number(opts.maxBytes)
      if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes <= 0)) throw new InputError(`--max-bytes value ${JSON.stringify(opts.maxBytes)} is not a positive whole number of bytes`)
      const urls = inputs.filter((i) => /^https?:\/\//i.test(i))
      const listed = await listInputFiles(inputs.filter((i) => !/^https?:\/\//i.test(i)).map((f) => resolve(io.cwd, f)))
      const problems: Issue[] = listed.issues.map((i) => ({ ...i, message: i.message.replace(i.sourceId ?? '\u0000', displayPath(io.cwd, i.sourceId ?? '')) }))
      const gazetteer = gazetteerOnce(opts.gazetteer ? resolve(io.cwd, opts.gazetteer) : undefined)
      const control = await loadControl(ctx, opts.control)
      // No control history: the held-ground rule still reads the sample's first snapshot for 2022-24 dates.
      const firstSnapshot = control.view ? null : await bundledFirstSnapshot(opts.control)
      const store = await ctx.openStore()
      // The lexicon patterns' readings from an earlier run (see analyze).
      const readings = openPatternReadingsCache(io.env)
      const documents: StoredDocumentReport[] = []
      try {
        const sources = [...listed.value.map((f) => ({ kind: 'file' as const, at: f })), ...urls.map((u) => ({ kind: 'url' as const, at: u }))]
        for (const [n, source] of sources.entries()) {
          if (io.isTty) io.stderr(`\ringesting ${n + 1}/${sources.length}`)
          const options = { outlet: opts.outlet ?? null, ...(maxBytes === undefined ? {} : { maxBytes }) }
          const ingested = source.kind === 'file' ? await ingestFile(source.at, { ...options, label: displayPath(io.cwd, source.at) }) : await ingestUrl(source.at, options)
          const stored = await storeIngested(store, ingested, { gazetteer, control: control.view, firstSnapshot })
          documents.push(...stored.documents)
          problems.push(...stored.issues.filter((i) => i.severity === 'error'))
        }
        if (io.isTty && sources.length > 0) io.stderr('\n')
        readings.save()
      } finally {
        await store.close()
      }
      for (const p of problems) io.stderr(`frontline: ${p.message}\n`)
      if (problems.length > 0) ctx.setExitCode(2)
      const stored = documents.filter((d) => d.status === 'stored')
      if (opts.json) {
        writeJson(io, { database: store.location, documents, problems: problems.map((p) => ({ code: p.code, message: p.message, source: p.sourceId ?? null })) })
        return
      }
      const near = stored.filter((d) => d.duplicateOf).length
      const claims = stored.reduce((n, d) => n + d.claims, 0)
      io.stdout(
        `${store.location}: ${stored.length} document(s) stored (${near} near-duplicate(s) linked), ${documents.length - stored.length} already stored, ` +
          `${claims} claim(s); ${problems.length} input problem(s)\n`,
      )
    })
}

/** A path as the user would write it: relative to the working directory when inside it. */
function displayPath(cwd: string, path: string): string {
  const r = relative(cwd, path)
  return r && !r.startsWith('..') ? r : path
}
