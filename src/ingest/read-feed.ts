import type { XMLParser } from 'fast-xml-parser'
import type { Issue, Outcome } from '../domain/index.js'
import type { DocumentDraft } from './document-draft.js'
import { loadXmlParser } from './load-parsers.js'
import { htmlFragmentText } from './read-json-records.js'

let feedParser: XMLParser | null = null

/** The feed parser, made on the first feed read (the XML package loads then). */
function parser(): XMLParser {
  return (feedParser ??= new (loadXmlParser().XMLParser)({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    cdataPropName: '#cdata',
    trimValues: true,
    parseTagValue: false,
    processEntities: true,
    htmlEntities: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
  }))
}

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry, its HTML content turned
 * into text, the channel title as outlet. Malformed XML is one error naming the line and column.
 */
export function readFeed(xml: string, origin: string): Outcome<DocumentDraft[]> {
  const valid = loadXmlParser().XMLValidator.validate(xml)
  if (valid !== true) {
    const { msg, line, col } = valid.err
    return { value: [], issues: [{ code: 'malformed-xml', severity: 'error', message: `${origin}: malformed XML at line ${line}, column ${col}: ${msg}`, sourceId: origin }] }
  }
  const doc = parser().parse(xml) as Record<string, unknown>
  const issues: Issue[] = []
  const rss = record(doc.rss)
  const rdf = record(doc['rdf:RDF'])
  const atom = record(doc.feed)
  if (rss || rdf) {
    const channel = record(rss?.channel) ?? record(rdf?.channel) ?? {}
    const items = (array(channel.item).length ? array(channel.item) : array(rdf?.item)).map(record).filter(isDefined)
    const outlet = text(channel.title)
    const format = 'rss' as const
    return {
      value: items.flatMap((item, i) => {
        const body = text(item['content:encoded']) ?? text(item.description) ?? ''
        return itemDraft(body, {
          origin: `${origin}#item-${i + 1}`,
          title: text(item.title),
          byline: text(item['dc:creator']) ?? text(item.author),
          outlet,
          url: linkOf(item.link) ?? text(item.guid),
          publishedRaw: text(item.pubDate) ?? text(item['dc:date']),
          declaredLang: text(channel.language) ?? text(channel['dc:language']),
          format,
        }, issues)
      }),
      issues,
    }
  }
  if (atom) {
    const outlet = text(atom.title)
    const entries = array(atom.entry).map(record).filter(isDefined)
    return {
      value: entries.flatMap((entry, i) =>
        itemDraft(text(entry.content) ?? text(entry.summary) ?? '', {
          origin: `${origin}#entry-${i + 1}`,
          title: text(entry.title),
          byline: text(record(entry.author)?.name) ?? text(record(array(entry.author)[0])?.name),
          outlet,
          url: linkOf(entry.link),
          publishedRaw: text(entry.published) ?? text(entry.updated),
          declaredLang: text(atom['@_xml:lang']) ?? text(entry['@_xml:lang']),
          format: 'atom',
        }, issues),
      ),
      issues,
    }
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?')) ?? '(none)'
  return { value: [], issues: [{ code: 'unknown-xml', severity: 'error', message: `${origin}: XML root element <${root}> is not a feed; expected <rss>, <rdf:RDF> or <feed> (Atom)`, sourceId: origin }] }
}

function itemDraft(
  body: string,
  meta: Omit<DocumentDraft, 'text' | 'mayBeScraped'>,
  issues: Issue[],
): DocumentDraft[] {
  const plain = /<[a-z][^>]*>/i.test(body) ? htmlFragmentText(body) : body
  const full = plain.trim() || meta.title || ''
  if (!full.trim()) {
    issues.push({ code: 'no-text', severity: 'warning', message: `${meta.origin}: feed item has neither content, description nor title; skipped`, sourceId: meta.origin })
    return []
  }
  return [{ ...meta, text: full, mayBeScraped: false }]
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  const r = record(value)
  if (!r) return null
  const inner = r['#cdata'] ?? r['#text']
  return typeof inner === 'string' ? inner.trim() || null : null
}

function linkOf(value: unknown): string | null {
  const links = array(value)
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim()
    const r = record(link)
    if (r && (r['@_rel'] === undefined || r['@_rel'] === 'alternate') && typeof r['@_href'] === 'string') return r['@_href']
    const t = text(link)
    if (t) return t
  }
  return null
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function array(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  return value === undefined || value === null ? [] : [value]
}

function isDefined<T>(value: T | null): value is T {
  return value !== null
}
