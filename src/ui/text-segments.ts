// Splits a document's text at every span boundary so each piece can be wrapped in a <mark> that
// lists the spans covering it. Pure (no DOM): the view turns segments into text nodes.

export interface MarkedSpan {
  readonly start: number
  readonly end: number
  readonly kind: 'claim' | 'place'
  /** Index of the claim or place in the document's list. */
  readonly index: number
}

export interface Segment {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly spans: readonly MarkedSpan[]
}

/**
 * Pieces of `text` in order, covering it exactly once; spans outside the text or empty are ignored
 * (a bad span from upstream must not break the view).
 */
export function segmentText(text: string, spans: readonly MarkedSpan[]): Segment[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
  const cuts = new Set<number>([0, text.length])
  for (const s of valid) {
    cuts.add(s.start)
    cuts.add(s.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number
    const end = points[i + 1] as number
    if (start === end) continue
    segments.push({ start, end, text: text.slice(start, end), spans: valid.filter((s) => s.start <= start && s.end >= end) })
  }
  return segments
}
