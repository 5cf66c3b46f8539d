import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ClaimKind, Modality, QuantityUnit } from '../domain/index.js'
import { goldTextSkipReason } from './gold-text-source.js'
import { readGold } from './score-extraction.js'
import { repoPath } from './shared-data.js'

// Every gold file in eval/extract loads with the scorer's own reader and is well formed: an anchor
// that is not in its report, an unknown speaker ref or an interval that ends before it starts would
// make the scorer throw or silently score against nothing. Only the files' shape is checked here, never
// the extractor's output (the blind sets are scored once, by the lead).

const kinds: readonly ClaimKind[] = ['advance', 'capture', 'withdrawal', 'encirclement', 'assault', 'repelled', 'control', 'area-change', 'strike', 'evacuation', 'casualties', 'other']
const modalities: readonly Modality[] = ['asserted', 'reported', 'denied', 'premature', 'unverified', 'expected']
const units: readonly QuantityUnit[] = ['km2', 'km', 'percent', 'people', 'soldiers', 'other']
const isoDay = /^\d{4}-\d{2}-\d{2}$/

const files = readdirSync(repoPath('eval', 'extract')).filter((f) => /^gold-.*\.json$/.test(f)).sort()
// A file whose texts are read from ../shared/data (gold-text-source.ts) is checked where that data is.
const skipReasons = new Map(files.map((f) => [f, goldTextSkipReason(repoPath('eval', 'extract', f))]))
const readable = files.filter((f) => skipReasons.get(f) === null)
const unreadable = files.flatMap((f) => {
  const reason = skipReasons.get(f)
  return reason ? [[f, reason] as const] : []
})

describe('gold files', () => {
  it('finds the gold files', () => {
    expect(files).toContain('gold-dev.json')
  })

  for (const [file, reason] of unreadable) it.skip(`${file}: skipped: ${reason}`, () => {})

  it.each(readable)('%s: loads, and every claim is well formed', (file) => {
    const gold = readGold(repoPath('eval', 'extract', file))
    const problems: string[] = []
    const ids = new Set<string>()
    for (const r of gold) {
      if (ids.has(r.id)) problems.push(`${r.id}: duplicate report id`)
      ids.add(r.id)
      if (!['en', 'uk', 'ru'].includes(r.lang)) problems.push(`${r.id}: lang ${r.lang}`)
      if (!isoDay.test(r.publishedAt)) problems.push(`${r.id}: publishedAt ${r.publishedAt}`)
      r.claims.forEach((c, i) => {
        const at = `${r.id} claim ${i}`
        if (!c.anchor || !r.text.includes(c.anchor)) problems.push(`${at}: anchor not in the text`)
        if (!kinds.includes(c.kind)) problems.push(`${at}: kind ${c.kind}`)
        if (!modalities.includes(c.modality)) problems.push(`${at}: modality ${c.modality}`)
        if (c.actorSide !== null && c.actorSide !== 'RU' && c.actorSide !== 'UA') problems.push(`${at}: actorSide ${String(c.actorSide)}`)
        if (!c.speaker.name || !['RU', 'UA', 'independent', 'unknown'].includes(c.speaker.side)) problems.push(`${at}: speaker ${JSON.stringify(c.speaker)}`)
        if (!Array.isArray(c.places) || c.places.some((p) => typeof p !== 'string' || p.trim() === '')) problems.push(`${at}: places`)
        const [start, end] = c.time
        if (start !== null && !isoDay.test(start)) problems.push(`${at}: time start ${start}`)
        if (end !== null && !isoDay.test(end)) problems.push(`${at}: time end ${end}`)
        if (start && end && start > end) problems.push(`${at}: time ends before it starts`)
        if (c.quantity && (!units.includes(c.quantity.unit) || !Number.isFinite(c.quantity.value))) problems.push(`${at}: quantity ${JSON.stringify(c.quantity)}`)
      })
    }
    expect(problems).toEqual([])
  })

  // The reader above takes the fields it knows and ignores the rest, so a field written in the wrong
  // place (a claim's `via` beside its speaker instead of inside it) would load and score as if it were
  // absent: blind14's first draft put its 25 vias there and scored via 0.000. Check the raw JSON.
  const claimFields = new Set(['anchor', 'anchorAt', 'kind', 'actorSide', 'speaker', 'places', 'time', 'modality', 'quantity'])
  const speakerFields = new Set(['ref', 'name', 'side', 'aliases', 'person', 'via', 'basedOn'])
  it.each(files)('%s: claims and speakers carry only the fields the scorer reads', (file) => {
    const raw = JSON.parse(readFileSync(repoPath('eval', 'extract', file), 'utf8')) as { reports: { id: string; claims: Record<string, unknown>[] }[] }
    const problems: string[] = []
    for (const r of raw.reports) {
      r.claims.forEach((c, i) => {
        for (const k of Object.keys(c)) if (!claimFields.has(k)) problems.push(`${r.id} claim ${i}: field ${k} is not a claim field (via and basedOn belong inside speaker)`)
        const speaker = c.speaker
        if (speaker && typeof speaker === 'object') {
          for (const k of Object.keys(speaker)) if (!speakerFields.has(k)) problems.push(`${r.id} claim ${i}: speaker field ${k}`)
        }
      })
    }
    expect(problems).toEqual([])
  })
})
