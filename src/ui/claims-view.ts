import { actorLine } from './actor-line.js'
import type { ClaimView } from './api.js'
import { documentHref } from './document-view.js'
import { h } from './dom.js'
import { VERDICT_COLOURS } from './map-style.js'

export function verdictBadge(claim: ClaimView): HTMLElement {
  const status = claim.verdict?.status ?? 'none'
  return h('span', { class: 'verdict', style: `background:${VERDICT_COLOURS[status] ?? VERDICT_COLOURS.none}` }, claim.verdict ? status : 'not verified')
}

/** One claim: sentence, speaker, verdict with its reason, and a link to the document with the span. */
export function claimCard(claim: ClaimView): HTMLElement {
  const speaker = claim.speaker.name ?? 'unnamed speaker'
  const via = claim.speaker.via ? ` via ${claim.speaker.via}` : ''
  const when = claim.time.start ? (claim.time.end && claim.time.end !== claim.time.start ? `${claim.time.start} – ${claim.time.end}` : claim.time.start) : 'undated'
  return h(
    'div',
    { class: 'claim', 'data-claim-id': claim.id, style: `border-left-color:${VERDICT_COLOURS[claim.verdict?.status ?? 'none']}` },
    h('div', { class: 'small muted' }, `${when} · ${claim.kind} · ${claim.modality} · ${actorLine(claim)}`),
    h('p', { class: 'sentence' }, claim.sentence),
    h('div', { class: 'small' }, h('b', {}, speaker), ` (${claim.speaker.side})${via}`),
    h(
      'div',
      { class: 'small' },
      verdictBadge(claim),
      ' ',
      claim.verdict ? claim.verdict.reason : 'Verification has not run on this claim.',
      claim.verdict?.lagDays !== null && claim.verdict?.lagDays !== undefined ? ` (lag ${claim.verdict.lagDays} days)` : '',
    ),
    h(
      'div',
      { class: 'small' },
      h('a', { href: documentHref(claim.document.id, claim.id), class: 'open-document' }, 'Open the document'),
      claim.document.title ? ` — ${claim.document.title}` : '',
    ),
  )
}
