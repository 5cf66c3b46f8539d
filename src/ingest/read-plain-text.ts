import { isStamp } from './clean-boilerplate.js'
import type { DocumentDraft } from './document-draft.js'

export interface PlainTextOptions {
  readonly origin: string
  readonly markdown: boolean
}

/**
 * Plain text or Markdown. Markdown syntax is removed (headings, emphasis, links keep their words;
 * images, code fences and rules go); the title is the first heading, else a short first line.
 */
export function readPlainText(text: string, options: PlainTextOptions): DocumentDraft {
  const body = options.markdown ? stripMarkdown(text) : text.replace(/\r\n?/g, '\n')
  const { title, outlet } = titleOf(options.markdown ? text : body, options.markdown)
  return {
    text: body,
    title,
    byline: null,
    outlet,
    url: null,
    publishedRaw: frontMatterDate(text),
    declaredLang: null,
    origin: options.origin,
    format: options.markdown ? 'markdown' : 'text',
    mayBeScraped: true,
  }
}

/** Markdown to plain text, line by line (so that line structure, and with it headings, survive). */
export function stripMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const out: string[] = []
  let inFence = false
  let inFrontMatter = lines[0]?.trim() === '---'
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!
    if (inFrontMatter) {
      if (i > 0 && line.trim() === '---') inFrontMatter = false
      continue
    }
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence
      continue
    }
    if (inFence) continue
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('')
      continue
    }
    line = line
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s+\S+.*$/, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/^\s*[*+]\s+/, '- ')
      .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) => cells.split('|').map((c) => c.trim()).join(' | '))
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue
    out.push(line)
  }
  return out.join('\n')
}

const TITLE_SEPARATOR = /\s+[|–—-]\s+(?!.*\s[|–—-]\s)/u

/**
 * The first Markdown heading, else the first line when it is short and reads like a headline.
 * A trailing " - Outlet" / " | Outlet" (page titles) gives the outlet.
 */
export function titleOf(text: string, markdown: boolean): { title: string | null; outlet: string | null } {
  let first: string | undefined
  if (markdown) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim())
    first = lines.find((l) => /^#{1,2}\s+\S/.test(l))?.replace(/^#+\s+/, '').replace(/\s+#+$/, '')
  }
  if (first) return splitPageTitle(first)
  // Plain text: a first line that reads like a headline (short, no closing full stop, not a
  // dateline) when more text follows. Only the first two lines with text matter.
  const [head, hasMore] = firstTextLines(text)
  first = head
  if (!first || !hasMore || first.length > 200 || /[.!?…:;,]$/.test(first)) return { title: null, outlet: null }
  if (isStamp(first.replace(/^\p{Lu}[\p{L} .'’-]{1,30},\s+/u, ''))) return { title: null, outlet: null }
  return splitPageTitle(first)
}

/**
 * The first trimmed line with text (not a `---` rule) and whether another such line follows, read
 * line by line from the top: titling a long report need not split all of it.
 */
function firstTextLines(text: string): [string | undefined, boolean] {
  let first: string | undefined
  let from = 0
  while (from <= text.length) {
    let end = text.indexOf('\n', from)
    const cr = text.indexOf('\r', from)
    // "\r\n" and a lone "\r" end a line as "\n" does.
    if (cr !== -1 && (end === -1 || cr < end)) end = cr
    const next = end === -1 ? text.length + 1 : text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1
    const line = text.slice(from, end === -1 ? text.length : end).trim()
    from = next
    if (line.length === 0 || line === '---') continue
    if (first !== undefined) return [first, true]
    first = line
  }
  return [first, false]
}

/** "Headline - Outlet" → headline and outlet, when the last part is short enough to be a name. */
export function splitPageTitle(title: string): { title: string; outlet: string | null } {
  const m = TITLE_SEPARATOR.exec(title)
  if (m) {
    const tail = title.slice(m.index + m[0].length).replace(/^#/, '').trim()
    const head = title.slice(0, m.index).trim()
    if (tail && tail.split(/\s+/).length <= 4 && head.length >= 10 && !/\d{4}$/.test(tail)) return { title: head.replace(/\s+\|\s+[^|]{1,40}$/, ''), outlet: tail }
  }
  return { title, outlet: null }
}

/** `date:` / `published:` in YAML front matter. */
function frontMatterDate(text: string): string | null {
  if (!text.startsWith('---')) return null
  const end = text.indexOf('\n---', 3)
  if (end === -1) return null
  const m = /^(?:date|published|published_at|pubDate)\s*:\s*["']?([^"'\n]+)/m.exec(text.slice(3, end))
  return m?.[1]?.trim() ?? null
}
