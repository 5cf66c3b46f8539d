import type { Claim, Contradiction, Finding, IsoDate } from '../domain/index.js'

/** A settlement whose side of the line changed between the brief's two snapshots. */
export interface ChangedSettlement {
  readonly id: string
  readonly name: string
  readonly admin1: string | null
  readonly from: 'occupied' | 'free'
  readonly to: 'occupied' | 'free'
}

export interface BriefClaim {
  readonly claim: Claim
  readonly document: { readonly id: string; readonly title: string | null; readonly outlet: string | null }
  readonly placeNames: readonly string[]
}

export interface BriefFinding {
  readonly finding: Finding
  readonly document: { readonly id: string; readonly title: string | null; readonly outlet: string | null }
}

/** The day's report (`frontline brief`): what the map and the reporting said on one day. */
export interface DailyBrief {
  readonly date: IsoDate
  /** The snapshots compared: the one in force the day before and the one in force on the day. */
  readonly snapshots: { readonly before: IsoDate | null; readonly on: IsoDate | null }
  /** Territory changed between the two snapshots, km² (geodesic, WGS84); null without a series. */
  readonly area: { readonly gainedKm2: number; readonly lostKm2: number; readonly netKm2: number; readonly occupiedKm2: number } | null
  readonly settlements: readonly ChangedSettlement[]
  /** Claims from documents published that day, with their verdicts. */
  readonly claims: readonly BriefClaim[]
  /** Contradictions whose window includes the day. */
  readonly contradictions: readonly Contradiction[]
  /** Reporting errors found in that day's documents (not contradictions, which are listed above, nor cleaning notes). */
  readonly findings: readonly BriefFinding[]
  /** What the brief could not cover (no series, no gazetteer for settlement names). */
  readonly notes: readonly string[]
}

/** Text on one line (sentences of scraped pages keep their line breaks, which would break a list item). */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()

const km2 = (v: number): string => `${v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km²`
const signed = (v: number): string => `${v > 0.05 ? '+' : v < -0.05 ? '−' : ''}${km2(Math.abs(v))}`

function who(claim: Claim, outlet: string | null): string {
  const name = claim.speaker?.name ?? 'unnamed source'
  const via = claim.speaker?.via ?? outlet
  return via && via !== name ? `${name} (via ${via})` : name
}

/** The brief as Markdown. */
export function renderBriefMarkdown(brief: DailyBrief): string {
  const out: string[] = [`# Frontline daily brief — ${brief.date}`, '']
  out.push(
    brief.snapshots.on
      ? `Control map: snapshot ${brief.snapshots.on}${brief.snapshots.before && brief.snapshots.before !== brief.snapshots.on ? ` compared with ${brief.snapshots.before}` : ' (no newer snapshot than the day before)'}; areas are geodesic on the WGS84 ellipsoid.`
      : 'Control map: no snapshot in force on this day.',
    '',
  )
  out.push('## Territory', '')
  if (brief.area) {
    out.push(`- Occupied area gained: ${km2(brief.area.gainedKm2)}`, `- Occupied area lost (regained by Ukraine): ${km2(brief.area.lostKm2)}`, `- Net: ${signed(brief.area.netKm2)}; occupied in total: ${km2(brief.area.occupiedKm2)}`, '')
  } else out.push('- No control data for this day.', '')
  out.push(`## Settlements that changed hands (${brief.settlements.length})`, '')
  if (brief.settlements.length === 0) out.push('- None.')
  for (const s of brief.settlements) out.push(`- ${s.name}${s.admin1 ? ` (${s.admin1})` : ''}: ${s.from} → ${s.to}`)
  out.push('', `## New claims (${brief.claims.length})`, '')
  if (brief.claims.length === 0) out.push('- None.')
  for (const c of brief.claims) {
    const v = c.claim.verdict
    out.push(`- **${v?.status ?? 'not verified'}**${typeof v?.lagDays === 'number' ? ` (lag ${v.lagDays} d)` : ''} — ${who(c.claim, c.document.outlet)}: “${oneLine(c.claim.sentence)}”${v ? `  \n  ${oneLine(v.reason)}` : ''}`)
  }
  out.push('', `## Contradictions (${brief.contradictions.length})`, '')
  if (brief.contradictions.length === 0) out.push('- None.')
  for (const c of brief.contradictions) out.push(`- ${c.placeName ?? 'The front as a whole'} (${c.window.start === c.window.end ? c.window.start : `${c.window.start}..${c.window.end}`}): ${c.reason}`)
  out.push('', `## Findings (${brief.findings.length})`, '')
  if (brief.findings.length === 0) out.push('- None.')
  for (const f of brief.findings) {
    out.push(`- ${f.finding.code} (${f.finding.severity}) in “${f.document.title ?? f.document.id}”: ${f.finding.message}${f.finding.suggestion ? ` Suggestion: ${f.finding.suggestion}.` : ''}`)
  }
  if (brief.notes.length) out.push('', '## Notes', '', ...brief.notes.map((n) => `- ${n}`))
  return `${out.join('\n')}\n`
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** The brief as a self-contained HTML page (every text escaped). */
export function renderBriefHtml(brief: DailyBrief): string {
  const e = escapeHtml
  const list = (items: readonly string[]): string => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>None.</p>')
  const parts = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>Frontline daily brief — ${e(brief.date)}</title>`,
    '<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}.status{font-weight:600}.reason{color:#555;font-size:90%}</style></head><body>',
    `<h1>Frontline daily brief — ${e(brief.date)}</h1>`,
    `<p>${brief.snapshots.on ? `Control map: snapshot ${e(brief.snapshots.on)}${brief.snapshots.before && brief.snapshots.before !== brief.snapshots.on ? ` compared with ${e(brief.snapshots.before)}` : ''}; areas are geodesic on the WGS84 ellipsoid.` : 'Control map: no snapshot in force on this day.'}</p>`,
    '<h2>Territory</h2>',
    brief.area
      ? list([`Occupied area gained: ${e(km2(brief.area.gainedKm2))}`, `Occupied area lost: ${e(km2(brief.area.lostKm2))}`, `Net: ${e(signed(brief.area.netKm2))}; occupied in total: ${e(km2(brief.area.occupiedKm2))}`])
      : '<p>No control data for this day.</p>',
    `<h2>Settlements that changed hands (${brief.settlements.length})</h2>`,
    list(brief.settlements.map((s) => `${e(s.name)}${s.admin1 ? ` (${e(s.admin1)})` : ''}: ${e(s.from)} → ${e(s.to)}`)),
    `<h2>New claims (${brief.claims.length})</h2>`,
    list(
      brief.claims.map((c) => {
        const v = c.claim.verdict
        return `<span class="status">${e(v?.status ?? 'not verified')}</span>${typeof v?.lagDays === 'number' ? ` (lag ${v.lagDays} d)` : ''} — ${e(who(c.claim, c.document.outlet))}: “${e(oneLine(c.claim.sentence))}”${v ? `<br><span class="reason">${e(v.reason)}</span>` : ''}`
      }),
    ),
    `<h2>Contradictions (${brief.contradictions.length})</h2>`,
    list(brief.contradictions.map((c) => `${e(c.placeName ?? 'The front as a whole')}: ${e(c.reason)}`)),
    `<h2>Findings (${brief.findings.length})</h2>`,
    list(brief.findings.map((f) => `<b>${e(f.finding.code)}</b> in “${e(f.document.title ?? f.document.id)}”: ${e(f.finding.message)}${f.finding.suggestion ? ` Suggestion: ${e(f.finding.suggestion)}.` : ''}`)),
    brief.notes.length ? `<h2>Notes</h2>${list(brief.notes.map(e))}` : '',
    '</body></html>',
  ]
  return `${parts.filter((p) => p !== '').join('\n')}\n`
}
