import { describe, expect, it } from 'vitest'
import { ingestFile } from './ingest-file.js'
import { readJsonRecords } from './read-json-records.js'
import { recognizeDatasetTable } from './dataset-tables.js'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname

// Tables of event datasets Frontline knows by their header: the CIR/Bellingcat monitor's and UCDP GED's.
// Their rows are read by the columns the datasets document as text and as the row's own metadata; the coded
// answers (coordinates, town, province) never reach a document.
describe('known dataset tables', () => {
  it('knows a table by its columns, and only when all of its own are there', () => {
    expect(recognizeDatasetTable(['entry', 'date', 'event_group', 'title', 'Brief Description', 'Violence Level', 'arms/munition', 'geolocation'])).toBe('cir-monitor')
    expect(recognizeDatasetTable(['id', 'source_headline', 'source_article', 'source_office', 'where_description', 'date_start', 'date_end', 'where_prec'])).toBe('ucdp-ged')
    // A table with a description and a date, as many have, is no monitor's.
    expect(recognizeDatasetTable(['entry', 'date', 'title', 'brief description', 'link'])).toBeNull()
    expect(recognizeDatasetTable(['source_headline', 'date_start'])).toBeNull()
  })

  it("gives a monitor table's rows the monitor as outlet by itself; --outlet still wins", async () => {
    const plain = await ingestFile(fixture('monitor-table.csv'))
    expect(plain.issues).toEqual([])
    expect(plain.value.documents.map((d) => d.document.outlet)).toEqual(['CIR', 'CIR'])
    const named = await ingestFile(fixture('monitor-table.csv'), { outlet: 'Test Monitor' })
    expect(named.value.documents.map((d) => d.document.outlet)).toEqual(['Test Monitor', 'Test Monitor'])
    // A table that is not the monitor's gets no outlet of its own.
    const other = await ingestFile(fixture('events.csv'))
    expect(other.value.documents.map((d) => d.document.outlet)).toEqual([null, null, null])
  })

  it("dates a monitor row by its event date, which a later date in the caption does not override", async () => {
    const docs = (await ingestFile(fixture('monitor-table.csv'))).value.documents
    expect(docs.map((d) => [d.document.publishedAt, d.document.publishedAtBasis, d.document.eventPeriod])).toEqual([
      ['2022-05-07', 'metadata', { start: '2022-05-07', end: '2022-05-07' }],
      ['2022-05-09', 'metadata', { start: '2022-05-09', end: '2022-05-09' }],
    ])
    expect(docs[1]!.findings.map((f) => f.code)).not.toContain('dateline-mismatch')
  })

  it('reads a UCDP row as one paragraph per headline, the location line last, the first outlet and the event dates', async () => {
    const { value, issues } = await ingestFile(fixture('ged-table.csv'))
    expect(issues).toEqual([])
    const [first, second] = value.documents.map((d) => d.document)
    expect(first!.text).toBe('Two soldiers killed in test shelling\n\nShelling kills two near the front line\n\nPopasna town')
    expect(first!.text.slice(...first!.placeLine!)).toBe('Popasna town')
    expect(first).toMatchObject({ title: 'Two soldiers killed in test shelling', outlet: 'Test Wire', publishedAt: '2021-03-04', publishedAtBasis: 'metadata', eventPeriod: { start: '2021-03-04', end: '2021-03-05' } })
    // No ISO columns: UCDP's own dates, month first, with either clock.
    expect(second).toMatchObject({ text: 'One killed in the past 24 hours', publishedAt: '2021-04-01', eventPeriod: { start: '2021-04-01', end: '2021-04-01' } })
    expect(second!.placeLine).toBeUndefined()
  })

  it("never reads a row's coded answer into its document", async () => {
    for (const file of ['monitor-table.csv', 'ged-table.csv']) {
      for (const { document } of (await ingestFile(fixture(file))).value.documents) {
        const seen = JSON.stringify(document)
        for (const gold of ['Goldtown', 'Goldville', 'Testova', 'Testovyi', '47.1', '35.2', 'Test rebels']) expect(seen).not.toContain(gold)
      }
    }
  })

  it('reads a JSON record with UCDP fields as its table row', () => {
    const record = { id: 1, source_headline: 'Blast reported at a test plant;Plant blast confirmed', source_article: '', source_office: 'Desk A;Desk B', where_description: 'near Sloviansk', date_start: '2019-07-02', date_end: '2019-07-03', where_prec: 2 }
    const { value } = readJsonRecords(JSON.stringify([record]), 'r.json', false)
    expect(value[0]).toMatchObject({ text: 'Blast reported at a test plant\n\nPlant blast confirmed\n\nnear Sloviansk', outlet: 'Desk A', eventPeriod: { start: '2019-07-02', end: '2019-07-03' }, placeLine: 'near Sloviansk' })
  })
})
