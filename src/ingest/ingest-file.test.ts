import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ingestFile, listInputFiles } from './ingest-file.js'
import { ingestBytes } from './ingest-bytes.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string) => join(fixtures, name)

describe('ingestFile: formats', () => {
  it('HTML: main text by Readability, metadata from meta tags, furniture dropped and reported', async () => {
    const { value, issues } = await ingestFile(fixture('article.html'))
    expect(issues).toEqual([])
    expect(value.raw?.format).toBe('html')
    const [doc] = value.documents
    expect(doc!.document).toMatchObject({
      title: 'Russian forces claim Siversk as Ukraine pulls back',
      byline: 'Olena Test',
      outlet: 'Frontline Test Wire',
      url: 'https://wire.example.org/2025/12/12/siversk',
      publishedAt: '2025-12-12',
      publishedAtBasis: 'metadata',
      lang: 'en',
      format: 'html',
    })
    const text = doc!.document.text
    expect(text).toContain("Russia's Defense Ministry said on Thursday that its troops had taken full control of Siversk")
    expect(text).toContain('According to DeepState, Russian forces advanced 2.5 kilometers')
    for (const furniture of ['Home', 'Subscribe', '4 months ago', '1,204 views', 'All rights reserved', 'Kupiansk: what we know']) {
      expect(text).not.toContain(furniture)
    }
    expect(doc!.findings.find((f) => f.code === 'boilerplate-removed')?.message).toMatch(/4 months ago/)
  })

  it('RSS and Atom: one document per item, channel title as outlet, HTML content as text', async () => {
    const rss = await ingestFile(fixture('feed.rss'))
    expect(rss.value.documents.map((d) => [d.document.title, d.document.outlet, d.document.publishedAt, d.document.format])).toEqual([
      ['Attacks repelled near Pokrovsk', 'Test Front Bulletin', '2025-10-14', 'rss'],
      ['Evacuation ordered in Kupiansk district', 'Test Front Bulletin', '2025-10-15', 'rss'],
    ])
    expect(rss.value.documents[0]!.document.text).toBe('Ukrainian forces repelled 38 Russian attacks near Pokrovsk over the past day, the General Staff said.')
    const atom = await ingestFile(fixture('feed.atom'))
    expect(atom.value.documents[0]!.document).toMatchObject({ title: 'Drone strike hits Kharkiv', outlet: 'Test Atom Desk', publishedAt: '2025-11-03', format: 'atom' })
    expect(atom.value.documents[0]!.document.text).toMatch(/^A Russian drone strike hit an apartment block in Kharkiv/)
  })

  it('Telegram export: a document per text message, entity arrays joined, bad messages reported', async () => {
    const { value, issues } = await ingestFile(fixture('telegram-result.json'))
    expect(value.raw?.format).toBe('telegram')
    expect(value.documents.map((d) => [d.document.origin.replace(/.*#/, ''), d.document.outlet, d.document.publishedAt, d.document.lang])).toEqual([
      ['message-102', 'Test Front Channel', '2025-10-02', 'uk'],
      ['message-103', 'Test Front Channel', '2025-10-03', 'uk'],
    ])
    expect(value.documents[1]!.document.text).toBe("Оновлення мапи. Ворог окупував #Яблунівку та просунувся поблизу Кам'янського.")
    expect(issues.map((i) => i.code)).toEqual(['bad-record', 'no-text'])
    expect(issues[0]!.message).toMatch(/message-105: "text" is number/)
  })

  it('JSON Lines: good lines go through, a headline alone is a report, a malformed line and a record without text are named', async () => {
    const { value, issues } = await ingestFile(fixture('records.jsonl'))
    expect(value.documents.map((d) => d.document.origin.replace(/.*#/, ''))).toEqual(['line-1', 'line-3', 'line-4'])
    expect(value.documents[1]!.document).toMatchObject({ text: 'No text here', title: 'No text here', publishedAt: '2025-09-22' })
    expect(value.documents[2]!.document).toMatchObject({ lang: 'ru', outlet: 'Test Agency', publishedAt: '2025-09-23' })
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/records\.jsonl: line 2 is not valid JSON/),
      expect.stringMatching(/records\.jsonl#line-5: record has no text \(fields: published, tags, views\)/),
    ])
  })

  it('JSON: a wrapped record list, HTML bodies as text, an unreadable date reported and replaced', async () => {
    const { value, issues } = await ingestFile(fixture('records.json'))
    expect(value.documents.map((d) => [d.document.outlet, d.document.publishedAt])).toEqual([
      ['Test Aggregator', '2025-08-04'],
      ['Test Aggregator', null],
    ])
    expect(value.documents[0]!.document.text).toBe('Russian missiles struck port infrastructure in Odesa on Monday, killing two workers, the regional administration said.')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'bad-date', severity: 'warning' })
  })

  it('Markdown: syntax removed, front-matter date used', async () => {
    const { value } = await ingestFile(fixture('report.md'))
    const doc = value.documents[0]!.document
    expect(doc).toMatchObject({ title: 'Weekly front summary', publishedAt: '2025-11-07', format: 'markdown' })
    expect(doc.text).toContain('Russian forces advanced near Pokrovsk and Myrnohrad this week, according to the Institute for the Study of War.')
    expect(doc.text).not.toMatch(/\*\*|\]\(|!\[/)
  })
})

describe('ingestFile: encodings', () => {
  it('converts windows-1251 and KOI8 text and says so', async () => {
    const uk = await ingestFile(fixture('cp1251.txt'))
    expect(uk.value.raw?.encoding).toBe('windows-1251')
    expect(uk.value.documents[0]!.document.text).toMatch(/^Ворог атакував позиції Сил оборони поблизу Куп'янська/)
    expect(uk.issues[0]).toMatchObject({ code: 'encoding-converted', severity: 'info' })
    const ru = await ingestFile(fixture('koi8r.txt'))
    expect(ru.value.raw?.encoding).toMatch(/^koi8/)
    expect(ru.value.documents[0]!.document.text).toMatch(/освободили населённый пункт Песчаное/)
  })

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = 'Russian forces advanced near Siversk.'
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])
    expect(ingestBytes(bytes, 'u16.txt').value.documents[0]!.document.text).toBe(text)
  })
})

describe('ingestFile: bad input', () => {
  it.each([
    ['empty.txt', 'empty', /empty\.txt: is empty \(0 bytes\)/],
    ['image.png', 'binary', /image\.png: looks like binary data/],
    ['garbage.txt', 'undecodable', /garbage\.txt: not valid UTF-8 \(invalid byte 0x81 at offset 0\)/],
    ['broken.json', 'malformed-json', /broken\.json: not valid JSON: .*\(line 2, column 1\)/],
    ['broken.xml', 'malformed-xml', /broken\.xml: malformed XML at line 2, column \d+/],
    ['no-such-file.txt', 'not-found', /no-such-file\.txt: no such file or directory/],
  ])('%s: %s', async (name, code, message) => {
    const { value, issues } = await ingestFile(fixture(name))
    expect(value.documents).toEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code, severity: 'error' })
    expect(issues[0]!.message).toMatch(message)
  })

  it('refuses files over the size limit without reading them', async () => {
    const { issues } = await ingestFile(fixture('article.html'), { maxBytes: 100 })
    expect(issues[0]).toMatchObject({ code: 'too-large' })
    expect(issues[0]!.message).toMatch(/article\.html: is 101 bytes, over the 100 bytes limit/)
  })

  it('whitespace-only input is empty', () => {
    expect(ingestBytes(new TextEncoder().encode(' \n\t\n'), 'blank.txt').issues[0]!.code).toBe('empty')
  })
})

describe('dating', () => {
  it('a dateline contradicted by the content: dateline-mismatch, content date used', async () => {
    const { value } = await ingestFile(fixture('dateline-mismatch.txt'))
    const { document, findings } = value.documents[0]!
    expect(document).toMatchObject({ publishedAt: '2025-12-01', publishedAtBasis: 'content' })
    const finding = findings.find((f) => f.code === 'dateline-mismatch')!
    expect(finding.severity).toBe('warning')
    expect(finding.message).toMatch(/dateline says 2024-01-15.*as late as 2025-12-01/)
    expect(document.text.slice(finding.span![0], finding.span![1])).toBe('15 January 2024')
  })

  it('is idempotent: the same bytes give the same document id', () => {
    const bytes = new TextEncoder().encode('Russian forces advanced near Siversk on Friday, the ministry said.')
    expect(ingestBytes(bytes, 'a.txt').value.documents[0]!.document.id).toBe(ingestBytes(bytes, 'b.txt').value.documents[0]!.document.id)
  })
})

describe('listInputFiles', () => {
  it('walks directories for known extensions and reports missing paths', async () => {
    const { value, issues } = await listInputFiles([fixtures, fixture('missing.html')])
    expect(value.map((f) => f.replace(/.*\//, ''))).toContain('article.html')
    expect(value.some((f) => f.endsWith('image.png'))).toBe(false)
    expect(issues[0]!.message).toMatch(/missing\.html: no such file/)
  })
})

describe('ingestBytes: fingerprint option', () => {
  it('leaves out only the near-duplicate fingerprint when asked (analyze stores nothing)', async () => {
    const bytes = new TextEncoder().encode(
      'KYIV, Dec 12 (Reuters) - Russian forces captured the village of Novopavlivka, the Russian Defense Ministry said on Thursday, a claim that could not be independently verified. Ukraine said its troops repelled 14 attacks near Pokrovsk.',
    )
    const withPrint = ingestBytes(bytes, 'a.txt').value.documents[0]!
    const without = ingestBytes(bytes, 'a.txt', { fingerprint: false }).value.documents[0]!
    expect(withPrint.document.fingerprint).toMatch(/^[0-9a-f]{512}$/)
    expect(without.document.fingerprint).toBeUndefined()
    const { fingerprint: _, ...rest } = withPrint.document
    expect(without).toEqual({ ...withPrint, document: rest })
  })
})
