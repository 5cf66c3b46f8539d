import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cirCaption, goldTextSkipReason, textHash } from './gold-text-source.js'
import { readGold } from './score-extraction.js'
import { suiteTempDir } from './temp-dir.js'

// A gold file whose texts may not be shipped holds row numbers, text hashes and anchor offsets; the text is
// read from ../shared/data (here a temporary data directory) when the file is loaded.

const header = 'entry,date,event_group,title,brief description,lat,lon\n'
const rows = [
  'AB0001,2022-05-02,Strikes,02/05/2022 Warehouse burning after a strike near Sumy,Warehouse burning after a strike near Sumy,50.9,34.8',
  'AB0002,2022-05-03,Military,03/05/2022 Column of trucks on a highway,"Column of trucks, seen from a bridge",50.1,36.2',
]

describe('gold files with texts by reference', () => {
  const base = suiteTempDir('gold-text-source-')
  let n = 0
  let dir: string
  let previous: string | undefined
  beforeEach(() => {
    dir = join(base, `t${n++}`)
    mkdirSync(dir)
    previous = process.env.FRONTLINE_SHARED_DATA
    process.env.FRONTLINE_SHARED_DATA = join(dir, 'data')
  })
  afterEach(() => {
    if (previous === undefined) delete process.env.FRONTLINE_SHARED_DATA
    else process.env.FRONTLINE_SHARED_DATA = previous
  })

  const source = { file: 'monitor/events.csv', format: 'cir-caption' }
  function writeSource(): void {
    mkdirSync(join(dir, 'data', 'monitor'), { recursive: true })
    writeFileSync(join(dir, 'data', 'monitor', 'events.csv'), header + rows.join('\n') + '\n')
  }
  function writeGold(reports: unknown[]): string {
    const path = join(dir, 'gold-by-ref.json')
    writeFileSync(path, JSON.stringify({ split: 'by-ref', textSource: source, speakers: { M: { name: 'Monitor', side: 'independent' } }, reports }))
    return path
  }
  const second = 'Column of trucks on a highway. Column of trucks, seen from a bridge'
  const claim = { anchorAt: [22, 28], kind: 'strike', actorSide: null, speaker: { ref: 'M' }, places: [], time: ['2022-05-03', '2022-05-03'], modality: 'asserted' }

  it('composes a caption as the geoparse evaluation does: title without its date, then the description it does not begin with', () => {
    expect(cirCaption('02/05/2022 Warehouse burning', 'Warehouse burning')).toBe('Warehouse burning')
    expect(cirCaption('03/05/2022 Column of trucks on a highway', 'Column of trucks, seen from a bridge')).toBe(second)
    expect(cirCaption('Video 1: damage in a yard', '')).toBe('Video 1: damage in a yard')
  })

  it('reads each text from its row and cuts each anchor by its offsets', () => {
    writeSource()
    const path = writeGold([{ id: 'r1', row: 1, entry: 'AB0002', textHash: textHash(second), lang: 'en', publishedAt: '2022-05-03', outlet: 'Monitor', claims: [claim] }])
    expect(goldTextSkipReason(path)).toBeNull()
    const [report] = readGold(path)
    expect(report!.text).toBe(second)
    expect(report!.claims[0]!.anchor).toBe('highwa')
    expect(report!.claims[0]!.speaker.name).toBe('Monitor')
    expect(Object.keys(report!)).not.toContain('row')
  })

  it('refuses a row whose entry or text is not the one annotated, and offsets outside the text', () => {
    writeSource()
    const wrongEntry = writeGold([{ id: 'r1', row: 0, entry: 'AB0002', lang: 'en', publishedAt: '2022-05-03', outlet: null, claims: [] }])
    expect(() => readGold(wrongEntry)).toThrow(/row 0 is entry "AB0001", expected "AB0002"/)
    const wrongText = writeGold([{ id: 'r1', row: 1, textHash: 'deadbeef0000', lang: 'en', publishedAt: '2022-05-03', outlet: null, claims: [] }])
    expect(() => readGold(wrongText)).toThrow(/hashes to .*, expected deadbeef0000/)
    const noRow = writeGold([{ id: 'r1', row: 7, lang: 'en', publishedAt: '2022-05-03', outlet: null, claims: [] }])
    expect(() => readGold(noRow)).toThrow(/row 7 is not a row of the text source \(2 rows\)/)
    const outside = writeGold([{ id: 'r1', row: 1, lang: 'en', publishedAt: '2022-05-03', outlet: null, claims: [{ ...claim, anchorAt: [60, 90] }] }])
    expect(() => readGold(outside)).toThrow(/anchorAt \[60,90\] is not a span of the 67-character text/)
  })

  it('names the missing source as the reason to skip, and loads nothing', () => {
    const path = writeGold([{ id: 'r1', row: 1, lang: 'en', publishedAt: '2022-05-03', outlet: null, claims: [] }])
    expect(goldTextSkipReason(path)).toMatch(/monitor\/events\.csv .*license is unstated.*absent/)
  })
})
