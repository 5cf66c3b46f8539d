import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memoryIo } from '../io.js'
import { main } from '../main.js'
import { suiteTempDir } from '../../testing/temp-dir.js'

const dir = suiteTempDir('frontline-geoparse-')
const file = join(dir, 'report.txt')
writeFileSync(file, 'The Ukrainians withdrew from Sievierodonetsk in the Donetsk region. Бої під Покровськом.\n')

describe('frontline geoparse', () => {
  it('prints each place with its span, resolution and the region the text stated', async () => {
    const run = memoryIo()
    expect(await main(['geoparse', file], run.io)).toBe(0)
    expect(run.stdout()).toMatch(/29-44\tSievierodonetsk\t→ Sievierodonetsk, Luhansk Oblast .*\[text says Donetsk Oblast\]/)
    expect(run.stdout()).toMatch(/Покровськом\t→ Pokrovsk, Donetsk Oblast/)
  })

  it('--json prints Place objects', async () => {
    const run = memoryIo()
    expect(await main(['geoparse', file, '--json'], run.io)).toBe(0)
    const out = JSON.parse(run.stdout()) as { places: Array<{ mention: string; span: [number, number]; id: string; statedAdmin1: unknown }> }
    expect(out.places.map((p) => p.mention)).toEqual(['Sievierodonetsk', 'Donetsk region', 'Покровськом'])
    expect(out.places[0]!.id).toMatch(/^ua:UA44/)
  })

  it('reads standard input with -', async () => {
    const run = memoryIo({ stdin: 'Shelling of Kupyansk.' })
    expect(await main(['geoparse', '-'], run.io)).toBe(0)
    expect(run.stdout()).toMatch(/Kupyansk\t→ Kupiansk, Kharkiv Oblast/)
  })

  it('says so when there are no places', async () => {
    const run = memoryIo({ stdin: 'nothing here' })
    expect(await main(['geoparse', '-'], run.io)).toBe(0)
    expect(run.stdout()).toBe('no places found\n')
  })

  it('exits 2 naming the file when it cannot be read, and on a bad --date', async () => {
    const missing = memoryIo()
    expect(await main(['geoparse', join(dir, 'nope.txt')], missing.io)).toBe(2)
    expect(missing.stderr()).toMatch(/nope\.txt: cannot read \(ENOENT\)/)
    const badDate = memoryIo()
    expect(await main(['geoparse', file, '--date', '2024-13'], badDate.io)).toBe(2)
    expect(badDate.stderr()).toMatch(/--date value "2024-13" is not a date of the form YYYY-MM-DD/)
  })

  it('exits 2 on binary input with the reason on stderr', async () => {
    const bin = join(dir, 'blob.bin')
    writeFileSync(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)))
    const run = memoryIo()
    expect(await main(['geoparse', bin], run.io)).toBe(2)
    expect(run.stderr()).toMatch(/blob\.bin: .* expected UTF-8 text/)
  })
})

describe('frontline gazetteer lookup', () => {
  it('finds a place by a Russian case form and by an old name', async () => {
    const run = memoryIo()
    expect(await main(['gazetteer', 'lookup', 'Северском', '--limit', '1'], run.io)).toBe(0)
    expect(run.stdout()).toMatch(/^Siversk\tsettlement\tDonetsk Oblast\t/)
    const json = memoryIo()
    expect(await main(['gazetteer', 'lookup', 'Artemovsk', '--json'], json.io)).toBe(0)
    expect((JSON.parse(json.stdout()) as Array<{ name: string }>)[0]!.name).toBe('Bakhmut')
  })

  it('filters by region and rejects an unknown one', async () => {
    const run = memoryIo()
    expect(await main(['gazetteer', 'lookup', 'Yampil', '--region', 'UA14'], run.io)).toBe(0)
    expect(run.stdout().trim().split('\n').every((l) => l.includes('Donetsk Oblast'))).toBe(true)
    const bad = memoryIo()
    expect(await main(['gazetteer', 'lookup', 'Yampil', '--region', 'Atlantis'], bad.io)).toBe(2)
    expect(bad.stderr()).toMatch(/--region value "Atlantis" is not a region/)
  })
})
