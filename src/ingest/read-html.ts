import type { DocumentDraft } from './document-draft.js'
import { loadLinkedom, loadReadability } from './load-parsers.js'
import { splitPageTitle } from './read-plain-text.js'

// Elements whose text is never article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'FORM', 'NAV', 'CANVAS', 'OBJECT', 'HEAD'])
// Elements that break lines (blocks) and those that separate paragraphs.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'TIME', 'DETAILS', 'SUMMARY',
])
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'FIGURE'])

/** Readability's result shorter than this (characters) falls back to the whole body. */
const MIN_ARTICLE_CHARS = 140

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }
type DomDocument = {
  title: string
  documentElement: { getAttribute(name: string): string | null } | null
  body: DomNode | null
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>
}

/**
 * An HTML page: metadata from meta tags and JSON-LD (title, byline, site name, canonical URL,
 * publication date, language), main text by Mozilla's Readability (the Firefox reader view), falling
 * back to the whole body when Readability finds no article. Block elements become line breaks.
 */
export function readHtml(html: string, origin: string, url: string | null = null): DocumentDraft {
  const { document } = loadLinkedom().parseHTML(html) as unknown as { document: DomDocument }
  const meta = readMetadata(document)
  let text = ''
  let articleTitle: string | null = null
  let byline: string | null = null
  try {
    // Readability changes the tree it reads, so it gets its own parse of the page.
    const { document: copy } = loadLinkedom().parseHTML(html)
    const article = new (loadReadability().Readability)(copy as unknown as ConstructorParameters<ReturnType<typeof loadReadability>['Readability']>[0], { charThreshold: 200 }).parse()
    if (article?.content) {
      const { document: content } = loadLinkedom().parseHTML(`<!doctype html><html><body>${article.content}</body></html>`) as unknown as { document: DomDocument }
      text = content.body ? htmlToText(content.body) : ''
      articleTitle = article.title?.trim() || null
      byline = article.byline?.trim() || null
    }
  } catch {
    // Readability gives up on some malformed trees; the whole-body text below still serves.
  }
  if (text.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS && document.body) text = htmlToText(document.body)
  const title = meta.title ?? articleTitle
  const split = title ? splitPageTitle(title) : null
  return {
    text,
    title: split?.title ?? null,
    byline: meta.byline ?? byline,
    outlet: meta.siteName ?? split?.outlet ?? null,
    url: meta.url ?? url,
    publishedRaw: meta.published,
    declaredLang: meta.lang,
    origin,
    format: 'html',
    // Readability keeps some furniture (share rows, "Read also" blocks) inside the article.
    mayBeScraped: true,
  }
}

interface HtmlMetadata {
  readonly title: string | null
  readonly byline: string | null
  readonly siteName: string | null
  readonly url: string | null
  readonly published: string | null
  readonly lang: string | null
}

function readMetadata(document: DomDocument): HtmlMetadata {
  const metaContent = (...selectors: string[]): string | null => {
    for (const selector of selectors) {
      const value = document.querySelector(selector)?.getAttribute('content')?.trim()
      if (value) return value
    }
    return null
  }
  const ld = readJsonLd(document)
  const published =
    metaContent(
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="publish-date"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dcterms.created"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
      'meta[property="og:published_time"]',
    ) ??
    ld.published ??
    document.querySelector('time[datetime][pubdate]')?.getAttribute('datetime') ??
    document.querySelector('article time[datetime]')?.getAttribute('datetime') ??
    null
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null
  return {
    title: metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ?? ld.headline ?? (document.title.trim() || h1),
    byline: metaContent('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author,
    siteName: metaContent('meta[property="og:site_name"]', 'meta[name="application-name"]') ?? ld.publisher,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent('meta[property="og:url"]'),
    published,
    lang:
      document.documentElement?.getAttribute('lang') ??
      metaContent('meta[http-equiv="content-language"]', 'meta[property="og:locale"]') ??
      null,
  }
}

/** schema.org NewsArticle fields from `<script type="application/ld+json">` blocks. */
function readJsonLd(document: DomDocument): { headline: string | null; author: string | null; publisher: string | null; published: string | null } {
  const out = { headline: null as string | null, author: null as string | null, publisher: null as string | null, published: null as string | null }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]')
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '')
    } catch {
      continue
    }
    const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [data]
    for (const item of items) {
      if (!isRecord(item)) continue
      const type = String(item['@type'] ?? '')
      if (!/Article|Posting|Report|WebPage/i.test(type)) continue
      out.headline ??= stringOf(item.headline)
      out.published ??= stringOf(item.datePublished)
      out.author ??= nameOf(item.author)
      out.publisher ??= nameOf(item.publisher)
    }
  }
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return stringOf(value)
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null
  return isRecord(value) ? stringOf(value.name) : null
}

/**
 * Text of an element tree: inline text runs joined with single spaces, block elements on their own
 * lines, paragraphs separated by blank lines, list items prefixed with "- ".
 */
export function htmlToText(root: DomNode): string {
  const parts: string[] = []
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' '))
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toUpperCase()
    if (SKIP.has(name)) return
    if (name === 'BR') {
      parts.push('\n')
      return
    }
    const block = BLOCK.has(name)
    if (block) parts.push(PARAGRAPH.has(name) ? '\n\n' : '\n')
    if (name === 'LI') parts.push('- ')
    if (name === 'TD' || name === 'TH') parts.push(' ')
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) walk(children[i]!)
    if (block) parts.push(PARAGRAPH.has(name) ? '\n\n' : '\n')
  }
  walk(root)
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
