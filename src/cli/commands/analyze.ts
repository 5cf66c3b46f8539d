import type { Command } from 'commander'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { InputError, type Analysis, type Issue } from '../../domain/index.js'
import { gazetteerOnce } from '../gazetteer-once.js'
import { ingestFile, listInputFiles } from '../../ingest/index.js'
import { analyzeDocument, linkContradictionsAcross, verifierFor } from '../../pipeline/index.js'
import type { CliContext } from '../context.js'
import { bundledFirstSnapshot, loadControl } from '../load-control.js'
import { openPatternReadingsCache } from '../pattern-readings-cache.js'
import { writeJson } from '../output.js'

/** The team-written sample reports shipped with Frontline (data/demo-reports/SOURCE.md), analysed when no FILE is given. */
export function sampleReportsDir(): string {
  return fileURLToPath(new URL('../../../data/demo-reports/reports', import.meta.url))
}

/** `frontline analyze [FILE...] [--json]`: the analysis contract for reports, without a store. */
export function registerAnalyze(program: Command, ctx: CliContext): void {
  program
    .command('analyze')
    .description(
      'Read reports (text, Markdown, HTML, JSON/JSONL records, CSV/TSV tables of records, RSS/Atom feeds, Telegram exports) and print their claims: ' +
        'who says what happened, where, when, how much and how sure, with the places resolved. ' +
        'With --json, the analyze contract (docs/analyze.md): one object per document, an array when there are several. ' +
        'Bad files are reported on stderr (file and problem) and skipped; the exit code is then 2. ' +
        'Without FILE, analyses the bundled sample reports (data/demo-reports), to show what the output looks like.',
    )
    .argument('[files...]', 'report files or directories (default: the bundled sample reports)')
    .option('--json', 'print the analysis as JSON (docs/analyze.md)')
    .option('--control <path>', 'control data: a database with imported snapshots, or control files/directories (default: the database if it has snapshots; data/control-sample is the bundled sample)')
    .option('--no-control', 'analyse without control data')
    .option('--gazetteer <path>', 'gazetteer file or directory (default: the shipped one)')
    .option('--max-bytes <n>', 'refuse input files larger than this (default 50 MB)')
    .option('--outlet <name>', 'the outlet the reports came through, for those whose input and text name none (a table of the CIR monitor is known by its header and takes the outlet CIR by itself)')
    .action(async (files: string[], opts: { json?: boolean; control?: string | boolean; gazetteer?: string; maxBytes?: string; outlet?: string }) => {
      const { io } = ctx
      const maxBytes = opts.maxBytes === undefined ? undefined : Number(opts.maxBytes)
      if (maxBytes !== undefined && (!Number.isInteger(maxBytes) || maxBytes <= 0)) throw new InputError(`--max-bytes value ${JSON.stringify(opts.maxBytes)} is not a positive whole number of bytes`)
      if (files.length === 0) io.stderr(`frontline: no FILE given; analysing the bundled sample reports in ${sampleReportsDir()}\n`)
      const listed = await listInputFiles(files.length > 0 ? files.map((f) => resolve(io.cwd, f)) : [sampleReportsDir()])
      const problems: Issue[] = listed.issues.map((i) => ({ ...i, message: i.message.replace(i.sourceId ?? '\u0000', displayPath(io.cwd, i.sourceId ?? '')) }))
      const gazetteer = gazetteerOnce(opts.gazetteer ? resolve(io.cwd, opts.gazetteer) : undefined)
      const control = await loadControl(ctx, opts.control)
      // No control history: the held-ground rule still reads the sample's first snapshot for 2022-24 dates.
      const firstSnapshot = control.view ? null : await bundledFirstSnapshot(opts.control)
      for (const issue of control.issues) io.stderr(`frontline: ${issue.message}\n`)
      // The lexicon patterns' readings from an earlier run (a quarter of a short run's time when read again).
      const readings = openPatternReadingsCache(io.env)
      let analyses: Analysis[] = []
      for (const [n, file] of listed.value.entries()) {
        if (io.isTty && listed.value.length > 1) io.stderr(`\ranalysing ${n + 1}/${listed.value.length}`)
        const ingested = await ingestFile(file, { label: displayPath(io.cwd, file), fingerprint: false, outlet: opts.outlet ?? null, ...(maxBytes === undefined ? {} : { maxBytes }) })
        problems.push(...ingested.issues.filter((i) => i.severity === 'error'))
        const docs = ingested.value.documents
        for (const [i, item] of docs.entries()) {
          // A table or feed of thousands of records is one file: count its documents too.
          if (io.isTty && docs.length >= 200 && i % 100 === 0) io.stderr(`\ranalysing ${listed.value.length > 1 ? `${n + 1}/${listed.value.length}, ` : ''}document ${i + 1}/${docs.length}`)
          const analysis = analyzeDocument(item, { gazetteer, control: control.view, firstSnapshot })
          const warnings = ingested.issues.filter((i) => i.severity !== 'error' && i.sourceId !== undefined && (i.sourceId === item.document.origin || item.document.origin.startsWith(`${i.sourceId}#`)))
          analyses.push(warnings.length ? { ...analysis, issues: [...warnings, ...(analysis.issues ?? [])] } : analysis)
        }
      }
      if (io.isTty && (listed.value.length > 1 || analyses.length >= 200)) io.stderr('\n')
      readings.save()
      // Reports analysed together are compared with each other: opposite claims by different speakers are linked.
      analyses = linkContradictionsAcross(analyses, verifierFor(control.view, gazetteer))
      for (const p of problems) io.stderr(`frontline: ${p.message}\n`)
      if (problems.length > 0) ctx.setExitCode(2)
      if (opts.json) {
        if (analyses.length > 0 || problems.length === 0) writeJson(io, analyses.length === 1 ? analyses[0] : analyses)
        return
      }
      for (const a of analyses) io.stdout(renderAnalysis(a))
      if (analyses.length === 0 && problems.length === 0) io.stdout('no documents found\n')
    })
}

/** The human-readable form: the document, then one line per claim, then findings. */
export function renderAnalysis(a: Analysis): string {
  const d = a.document
  const lines = [
    `${d.origin as string}: ${d.title ?? '(untitled)'} — ${d.publishedAt ?? 'undated'} (${d.publishedAtBasis}), ${d.lang}, ${a.claims.length} claim(s), ${a.places.length} place mention(s)`,
  ]
  for (const c of a.claims) {
    const places = c.places.map((i) => a.places[i]?.name).filter(Boolean).join(', ')
    const time = c.time.start === c.time.end ? (c.time.start ?? 'undated') : `${c.time.start ?? '…'}..${c.time.end ?? '…'}`
    const quantity = c.quantity ? ` ${c.quantity.text} (${c.quantity.value} ${c.quantity.unit})` : ''
    const speaker = `${c.speaker.name ?? 'unattributed'} [${c.speaker.side}]${c.speaker.via ? ` via ${c.speaker.via}` : ''}`
    lines.push(`  ${c.kind}${c.actorSide ? ` by ${c.actorSide}` : ''} · ${c.modality} · ${time} · ${speaker}${places ? ` · ${places}` : ''}${quantity}${c.duplicateOf ? ' · repeats an earlier claim' : ''}${sideBasis(c)}`)
    lines.push(`    “${d.text.slice(c.span[0], c.span[1]).replace(/\s+/g, ' ')}”`)
  }
  for (const f of a.findings) lines.push(`  finding ${f.code} (${f.severity}): ${f.message}`)
  for (const d of a.disputes ?? []) {
    const side = (s: (typeof d.sides)[number]) => `${s.says}: ${s.claims} claim(s) in ${s.documents} document(s) by ${s.speakers.map((p) => p.name).join(', ')}${s.otherSpeakers ? ` and ${s.otherSpeakers} more` : ''}`
    lines.push(`  dispute ${d.placeName ?? 'the front as a whole'} (${d.window.start}..${d.window.end}), ${d.claimIds.length} claim(s) here; ${d.pairs} contradicting pair(s) across the batch, ${d.listedPairs} listed: ${side(d.sides[0])} / ${side(d.sides[1])}`)
  }
  return `${lines.join('\n')}\n`
}

/** Why an inferred side is what it is: from held ground, by the map (its latest snapshot read) or the lists. */
function sideBasis(c: Analysis['claims'][number]): string {
  const basis = c.actorSideBasis
  if (!basis) return ''
  const snapshots = basis.places.map((p) => p.snapshotDate).filter((d): d is string => d !== null).sort()
  const mapped = basis.places.some((p) => p.basis === 'control')
  const first = basis.places.some((p) => p.basis === 'first-snapshot')
  const lists = basis.places.some((p) => p.basis === 'lists')
  const source = [mapped ? `map of ${snapshots.at(-1) ?? '?'}` : '', first ? `first map, ${snapshots[0] ?? '?'}` : '', lists ? 'lists' : ''].filter(Boolean).join(', ')
  return ` · side from held ground (${source})`
}

/** A path as the user would write it: relative to the working directory when inside it. */
function displayPath(cwd: string, path: string): string {
  const r = relative(cwd, path)
  return r && !r.startsWith('..') ? r : path
}
