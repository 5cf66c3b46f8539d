import type { Issue, Outcome } from '../domain/index.js'
import type { DocumentDraft } from './document-draft.js'

/** Whether a parsed JSON value is a Telegram Desktop export (`result.json`: a chat with `messages`). */
export function isTelegramExport(value: unknown): value is { messages: unknown[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const v = value as Record<string, unknown>
  if (!Array.isArray(v.messages)) return false
  const first = v.messages.find((m) => typeof m === 'object' && m !== null) as Record<string, unknown> | undefined
  return first === undefined || ('text' in first && ('date' in first || 'date_unixtime' in first))
}

/**
 * A Telegram Desktop channel export: one document per message with text. A message's `text` is a
 * string or an array mixing strings and entity objects ({type, text}); both become plain text.
 * Service messages and messages without text (photos alone, polls) are counted, not turned into
 * documents. The channel name is the outlet; a forwarded message's original channel is its outlet.
 */
export function readTelegramExport(value: { messages: unknown[] } & Record<string, unknown>, origin: string): Outcome<DocumentDraft[]> {
  const issues: Issue[] = []
  const drafts: DocumentDraft[] = []
  const channel = typeof value.name === 'string' ? value.name : null
  let skipped = 0
  value.messages.forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) {
      issues.push({ code: 'bad-record', severity: 'error', message: `${origin}: messages[${i}] is ${raw === null ? 'null' : typeof raw}, expected a message object`, sourceId: origin })
      return
    }
    const m = raw as Record<string, unknown>
    const id = typeof m.id === 'number' || typeof m.id === 'string' ? String(m.id) : String(i + 1)
    const where = `${origin}#message-${id}`
    if (m.type !== undefined && m.type !== 'message') return
    const text = messageText(m.text)
    if (text === null) {
      issues.push({ code: 'bad-record', severity: 'error', message: `${where}: "text" is ${typeof m.text}, expected a string or an array of strings and {type, text} entities`, sourceId: where, input: m.text })
      return
    }
    if (!text.trim()) {
      skipped++
      return
    }
    const forwarded = typeof m.forwarded_from === 'string' ? m.forwarded_from : null
    drafts.push({
      text,
      title: null,
      byline: typeof m.from === 'string' && m.from !== channel ? m.from : null,
      outlet: forwarded ?? channel ?? (typeof m.from === 'string' ? m.from : null),
      url: null,
      // `date` is the exporter's local time as written; its calendar day is the post's day.
      publishedRaw: typeof m.date === 'string' ? m.date : typeof m.date_unixtime === 'string' || typeof m.date_unixtime === 'number' ? String(m.date_unixtime) : null,
      declaredLang: null,
      origin: where,
      format: 'telegram',
      mayBeScraped: false,
    })
  })
  if (skipped > 0) issues.push({ code: 'no-text', severity: 'info', message: `${origin}: ${skipped} message(s) without text (media only) skipped`, sourceId: origin })
  return { value: drafts, issues }
}

function messageText(text: unknown): string | null {
  if (typeof text === 'string') return text
  if (!Array.isArray(text)) return text === undefined ? '' : null
  let out = ''
  for (const part of text) {
    if (typeof part === 'string') out += part
    else if (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string') out += (part as { text: string }).text
  }
  return out
}
