import { getJson, type DocumentDetail } from './api.js'
import { append, byId, clear, h } from './dom.js'
import { segmentText, type MarkedSpan } from './text-segments.js'

/**
 * The document overlay: its text with claim and place spans highlighted, and its findings listed.
 * Every piece of the text is a text node (the text comes from hostile sources).
 */
export async function openDocument(id: string, focusClaimId: string | null = null): Promise<void> {
  const overlay = byId('document-view')
  const title = byId('document-title')
  const meta = byId('document-meta')
  const findings = byId('document-findings')
  const body = byId('document-text')
  clear(title)
  clear(meta)
  clear(findings)
  clear(body)
  overlay.hidden = false
  overlay.dataset.state = 'loading'
  const detail = await getJson<DocumentDetail & { ok: true }>(`/api/documents/${encodeURIComponent(id)}`)
  const doc = detail.document
  append(title, doc.title ?? '(untitled document)')
  append(
    meta,
    [doc.outlet, doc.publishedAt ? `published ${doc.publishedAt} (${doc.publishedAtBasis})` : 'no publication date', doc.lang.toUpperCase()]
      .filter(Boolean)
      .join(' · '),
    ' ',
    doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original') : null,
  )
  if (detail.findings.length) {
    append(findings, h('h3', {}, `Findings (${detail.findings.length})`))
    for (const f of detail.findings) {
      append(
        findings,
        h(
          'div',
          { class: `finding ${f.severity}`, 'data-code': f.code },
          h('b', {}, f.code),
          ' ',
          f.message,
          f.span ? h('div', { class: 'muted small' }, `“${doc.text.slice(f.span[0], f.span[1])}”`) : null,
          f.suggestion ? h('div', { class: 'small' }, `Suggestion: ${f.suggestion}`) : null,
        ),
      )
    }
  }
  const spans: MarkedSpan[] = [
    ...detail.claims.map((c, index) => ({ start: c.span[0], end: c.span[1], kind: 'claim' as const, index })),
    ...detail.places.map((p, index) => ({ start: p.span[0], end: p.span[1], kind: 'place' as const, index })),
  ]
  const focusIndex = focusClaimId === null ? -1 : detail.claims.findIndex((c) => c.id === focusClaimId)
  let focusMark: HTMLElement | null = null
  for (const segment of segmentText(doc.text, spans)) {
    if (segment.spans.length === 0) {
      append(body, segment.text)
      continue
    }
    const kinds = [...new Set(segment.spans.map((s) => s.kind))]
    const claimSpan = segment.spans.find((s) => s.kind === 'claim')
    const placeSpan = segment.spans.find((s) => s.kind === 'place')
    const claim = claimSpan ? detail.claims[claimSpan.index] : undefined
    const place = placeSpan ? detail.places[placeSpan.index] : undefined
    const active = claimSpan !== undefined && claimSpan.index === focusIndex
    const mark = h(
      'mark',
      {
        class: [...kinds.map((k) => `span-${k}`), active ? 'span-active' : ''].join(' ').trim(),
        title: [claim ? `${claim.kind} claim${claim.verdict ? `: ${claim.verdict.status}` : ''}` : '', place ? `${place.name} (${place.admin1 ?? place.country})` : '']
          .filter(Boolean)
          .join(' · '),
        'data-claim': claim?.id,
        'data-place': place?.id,
      },
      segment.text,
    )
    if (active && !focusMark) focusMark = mark
    append(body, mark)
  }
  overlay.dataset.state = 'ready'
  focusMark?.scrollIntoView({ block: 'center' })
}

export function closeDocument(): void {
  byId('document-view').hidden = true
  if (window.location.hash.startsWith('#document=')) history.replaceState(null, '', window.location.pathname + window.location.search)
}

/** `#document=ID[&claim=ID]` opens a document: links in popups and panels use it. */
export function documentHref(documentId: string, claimId?: string): string {
  return `#document=${encodeURIComponent(documentId)}${claimId ? `&claim=${encodeURIComponent(claimId)}` : ''}`
}

export function wireDocumentView(onError: (error: unknown) => void): void {
  byId('document-close').addEventListener('click', closeDocument)
  byId('document-view').addEventListener('click', (event) => {
    if (event.target === event.currentTarget) closeDocument()
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeDocument()
  })
  const route = () => {
    const m = /^#document=([^&]+)(?:&claim=(.+))?$/.exec(window.location.hash)
    if (m) openDocument(decodeURIComponent(m[1] as string), m[2] ? decodeURIComponent(m[2]) : null).catch(onError)
  }
  window.addEventListener('hashchange', route)
  route()
}
