import { copyFileSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GAZETTEER_FILE, defaultGazetteerDir } from '../geoparse/index.js'
import { placeDirectoryFromGazetteer } from '../pipeline/index.js'
import { testTempDir } from '../testing/temp-dir.js'
import { gazetteerOnce } from './gazetteer-once.js'

describe('gazetteerOnce', () => {
  it('gives the gazetteer loaded before while its files are unchanged, and reads them again once they change', () => {
    const dir = testTempDir('frontline-gazetteer-once-')
    const file = join(dir, GAZETTEER_FILE)
    copyFileSync(join(defaultGazetteerDir(), GAZETTEER_FILE), file)
    const first = gazetteerOnce(dir)
    expect(gazetteerOnce(dir)).toBe(first)
    expect(gazetteerOnce(file)).toBe(first)
    expect(first.size).toBeGreaterThan(30_000)
    // The shipped one (with its overlay) is another gazetteer; after it, the copy is read again.
    const shipped = gazetteerOnce()
    expect(shipped).not.toBe(first)
    expect(gazetteerOnce()).toBe(shipped)
    const again = gazetteerOnce(dir)
    expect(again).not.toBe(first)
    expect(gazetteerOnce(dir)).toBe(again)
    // A rebuilt file (here: only its modification time moved) is read again.
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1))
    const rebuilt = gazetteerOnce(dir)
    expect(rebuilt).not.toBe(again)
    expect(rebuilt.size).toBe(again.size)
  }, 60_000)

  it('leaves a missing gazetteer to loadGazetteer, which says what is missing', () => {
    const dir = testTempDir('frontline-gazetteer-once-')
    expect(() => gazetteerOnce(join(dir, 'none.txt'))).toThrow(/none\.txt not found/)
  })

  it('shares one place directory (look-alike table and answers) among the verifiers of one gazetteer', () => {
    const g = gazetteerOnce()
    const a = placeDirectoryFromGazetteer(g)
    expect(placeDirectoryFromGazetteer(g)).toBe(a)
    const pokrovsk = g.lookup('Pokrovsk', { kind: 'settlement' })[0]!.entry
    const similar = a.similarlyNamed({ id: pokrovsk.id, name: pokrovsk.name, admin1: pokrovsk.admin1, country: pokrovsk.country, lat: pokrovsk.lat, lon: pokrovsk.lon, kind: pokrovsk.kind })
    expect(similar.some((p) => p.name === 'Pokrovske')).toBe(true)
    expect(similar.every((p) => p.id !== pokrovsk.id)).toBe(true)
  }, 60_000)
})
