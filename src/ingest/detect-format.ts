/** What reader an input needs (`feed` covers RSS and Atom; Telegram exports are JSON recognised by shape; `csv` and `tsv` are tables of records with a header row). */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed' | 'csv' | 'tsv'

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', mdown: 'markdown', html: 'html', htm: 'html',
  xhtml: 'html', json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', xml: 'feed', rss: 'feed', atom: 'feed', csv: 'csv', tsv: 'tsv', tab: 'tsv',
}

/** File extensions a directory walk picks up. */
export const KNOWN_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION))

/**
 * The format, from the declared media type, else the extension, else the content's first characters.
 * Content wins over a generic extension (.txt holding HTML) but not over a specific one.
 */
export function detectFormat(origin: string, text: string, mediaType: string | null = null): InputFormat {
  const mt = mediaType?.toLowerCase() ?? ''
  if (/html/.test(mt)) return 'html'
  if (/(rss|atom)\+xml|\/xml/.test(mt)) return 'feed'
  if (/ndjson|jsonl/.test(mt)) return 'jsonl'
  if (/text\/csv/.test(mt)) return 'csv'
  if (/tab-separated-values/.test(mt)) return 'tsv'
  if (/json/.test(mt)) return 'json'
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(origin.replace(/#.*$/, ''))?.[1]?.toLowerCase()
  const byExt = ext ? BY_EXTENSION[ext] : undefined
  if (byExt && byExt !== 'text') return byExt
  const head = text.slice(0, 1000).replace(/^\uFEFF/, '').trimStart()
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(head) || /^<(?:rss|feed)\b/i.test(head)) return 'feed'
  if (/^<(?:!doctype\s+html|html|head|body|article|div|p)\b/i.test(head)) return 'html'
  if (head.startsWith('{') || head.startsWith('[')) {
    const lines = text.trim().split('\n', 3)
    const jsonl = lines.length > 1 && lines.every((l) => l.trim().startsWith('{') && l.trim().endsWith('}'))
    // A file that says it is text (.txt) and only opens with a bracket ("[Updated 14:05] …",
    // "[2025-12-01] Russian forces …") stays text unless it really parses as JSON.
    if (byExt === 'text' && !parsesAsJson(text, jsonl)) return 'text'
    return jsonl ? 'jsonl' : 'json'
  }
  return byExt ?? 'text'
}

function parsesAsJson(text: string, jsonl: boolean): boolean {
  try {
    if (jsonl) {
      for (const line of text.split('\n')) if (line.trim()) JSON.parse(line)
    } else {
      JSON.parse(text.replace(/^\uFEFF/, ''))
    }
    return true
  } catch {
    return false
  }
}
