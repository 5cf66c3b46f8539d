import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ingestFile } from './ingest-file.js'
import { readDelimitedRecords } from './read-delimited-records.js'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname

// Event datasets come as tables (ACLED, UCDP GED, the CIR/Bellingcat monitor, VIINA): one report per
// row, its text in a column named as JSON records name it, or in the dataset's own (`notes`, `brief
// description`, `source_headline`), else in its title.
describe('CSV and TSV records', () => {
  it('reads each row as a report; a row with no text and a row with a field missing are named, the rest go through', async () => {
    const { value, issues } = await ingestFile(fixture('events.csv'))
    const docs = value.documents.map((d) => d.document)
    expect(docs.map((d) => d.origin.replace(/.*#/, ''))).toEqual(['row-1', 'row-2', 'row-5'])
    expect(docs.every((d) => d.format === 'csv')).toBe(true)
    // The description repeats the title behind its leading date: read once.
    expect(docs[0]).toMatchObject({ text: 'Damaged apartment block in Test Borodianka', publishedAt: '2022-03-14', publishedAtBasis: 'metadata' })
    // A description saying more than the title: both, title first.
    expect(docs[1]!.text).toBe('02/04/2022 Strike on a fuel depot near Lysychansk\n\nFootage shows two tanks burning, with a second blast a minute later')
    // A quoted field may hold a line break; a title alone is the text.
    expect(docs[2]!.text).toBe('Shelling of Kharkiv,\nthree wounded')
    expect(issues.map((i) => [i.code, i.sourceId?.replace(/.*#/, '')])).toEqual([
      ['no-text', 'row-3'],
      ['bad-record', 'row-4'],
    ])
    expect(issues[1]!.message).toMatch(/events\.csv#row-4: row has 8 field\(s\), the header 10; expected one value per column/)
  })

  it('reads TSV, with the outlet and date columns as JSON records name them', async () => {
    const { value, issues } = await ingestFile(fixture('headlines.tsv'))
    expect(issues).toEqual([])
    expect(value.documents.map((d) => [d.document.text, d.document.outlet, d.document.publishedAt])).toEqual([
      ['Ukrainian forces repelled an assault near Lyman, the brigade said', 'Test Desk', '2025-09-21'],
    ])
  })

  it('takes the outlet given for the whole input where a row names none, and keeps one a record names', async () => {
    const table = await ingestFile(fixture('events.csv'), { outlet: 'CIR' })
    expect(table.value.documents.map((d) => d.document.outlet)).toEqual(['CIR', 'CIR', 'CIR'])
    const tsv = await ingestFile(fixture('headlines.tsv'), { outlet: 'CIR' })
    expect(tsv.value.documents.map((d) => d.document.outlet)).toEqual(['Test Desk'])
  })

  it('says what is wrong with a file that is no table', () => {
    expect(readDelimitedRecords('', 'empty.csv', ',').issues[0]!.message).toMatch(/empty\.csv: CSV file has no header row/)
    expect(readDelimitedRecords('Russian forces advanced near Lyman.\nMore text.\n', 'prose.csv', ',').issues[0]!.message).toMatch(/prose\.csv: the first line has one column .*expected a CSV header naming its columns/)
    const headerOnly = readDelimitedRecords('text,date\n', 'h.csv', ',')
    expect(headerOnly.value).toEqual([])
    expect(headerOnly.issues.map((i) => [i.code, i.severity])).toEqual([['no-records', 'warning']])
  })

  it('gives every row either a report or an issue naming it (property)', () => {
    const cell = fc.oneof(fc.constantFrom('', 'Strike on Kharkiv', 'a, b', 'say "hi"', 'line\nbreak', '2025-01-02'), fc.string({ maxLength: 12 }))
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
        const quote = (v: string): string => `"${v.replace(/"/g, '""')}"`
        const csv = ['text,title,date', ...rows.map((r) => r.map(quote).join(','))].join('\n')
        const { value, issues } = readDelimitedRecords(csv, 'p.csv', ',')
        const named = new Set([...value.map((d) => d.origin), ...issues.map((i) => i.sourceId)])
        rows.forEach((_, i) => expect(named.has(`p.csv#row-${i + 1}`)).toBe(true))
        expect(value.length + issues.filter((i) => i.sourceId !== 'p.csv').length).toBe(rows.length)
      }),
    )
  })
})
