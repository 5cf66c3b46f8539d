import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { type DailyBrief, renderBriefHtml, renderBriefMarkdown } from './daily-brief.js'

const claim: Claim = {
  id: 'c1', documentId: 'd1', kind: 'capture', actorSide: 'RU', speaker: { name: 'Russian Defence Ministry', side: 'RU', via: 'TASS' }, places: [0],
  time: { start: '2025-11-20', end: '2025-11-20', basis: 'explicit' }, quantity: null, modality: 'asserted', span: [0, 40],
  sentence: 'Russian troops took\n<b>Kupiansk</b>,\n  the ministry said.',
  verdict: { status: 'contradicted', reason: 'The map shows Kupiansk free through 2026-01-19.', lagDays: null, snapshots: ['2025-11-20'] },
}
const brief: DailyBrief = {
  date: '2025-11-20',
  snapshots: { before: '2025-11-19', on: '2025-11-20' },
  area: { gainedKm2: 12.34, lostKm2: 0.5, netKm2: 11.84, occupiedKm2: 116_000 },
  settlements: [{ id: 'p', name: 'Pokrovsk', admin1: 'Donetsk Oblast', from: 'free', to: 'occupied' }],
  claims: [{ claim, document: { id: 'd1', title: 'A "title"', outlet: 'TASS' }, placeNames: ['Kupiansk'] }],
  contradictions: [],
  findings: [{ finding: { code: 'place-confusion', severity: 'warning', message: 'Siversk?', span: null, suggestion: 'Siversk (Donetsk Oblast)' }, document: { id: 'd1', title: null, outlet: null } }],
  notes: [],
}

describe('the daily brief rendered', () => {
  it('as Markdown: one line per item, figures, verdicts with reasons', () => {
    const md = renderBriefMarkdown(brief)
    expect(md).toContain('- Net: +11.8 km²; occupied in total: 116,000.0 km²')
    expect(md).toContain('- Pokrovsk (Donetsk Oblast): free → occupied')
    expect(md).toContain('- **contradicted** — Russian Defence Ministry (via TASS): “Russian troops took <b>Kupiansk</b>, the ministry said.”  \n  The map shows')
    expect(md).toContain('Suggestion: Siversk (Donetsk Oblast).')
  })

  it('as HTML with every text escaped', () => {
    const html = renderBriefHtml(brief)
    expect(html).toContain('took &lt;b&gt;Kupiansk&lt;/b&gt;, the ministry said.')
    expect(html).not.toContain('<b>Kupiansk</b>')
  })
})
