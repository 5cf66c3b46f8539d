// The build on real source rows (fixtures/SOURCE.md): joins, overlay separation, the file round trip.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildGazetteer, russianAdjectiveOf } from './build-gazetteer.js'
import { Gazetteer } from './gazetteer.js'
import { MAIN_FORMAT, OVERLAY_FORMAT, decodeGazetteerFile, entryCodec } from './gazetteer-file.js'
import * as read from './read-sources.js'
import { encodeBuiltGazetteer } from './write-gazetteer.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')
const text = (f: string) => readFileSync(join(dir, f), 'utf8')

const sources = {
  katottg: read.readKatottg(text('katottg-excerpt.csv'), 'katottg-excerpt.csv').rows,
  codabRaions: read.readCodab(text('codab-raions-excerpt.csv'), 'r').rows,
  codabHromadas: read.readCodab(text('codab-hromadas-excerpt.csv'), 'h').rows,
  geonames: read.readGeonames(text('geonames-excerpt.tsv'), 'g').rows,
  geonamesAdmin: read.readGeonamesAdmin(text('geonames-admin-excerpt.tsv'), 'a').rows,
  warreport: read.readWarreport(text('warreport-excerpt.csv'), 'w').rows,
}

describe('buildGazetteer on real rows', () => {
  const built = buildGazetteer(sources)
  const byNameUk = (n: string) => built.entries.filter((e) => e.nameUk === n)

  it('makes one entry per KATOTTG settlement with its oblast and raion', () => {
    const siversk = byNameUk('Сіверськ')
    expect(siversk).toHaveLength(1)
    expect(siversk[0]).toMatchObject({ id: 'ua:UA14020070010064896', name: 'Siversk', admin1: 'Donetsk Oblast', admin2: 'Bakhmutskyi Raion', kind: 'settlement' })
  })

  it('takes GeoNames points and populations by name within the oblast, and keeps the two Yampils apart', () => {
    const [siversk] = byNameUk('Сіверськ')
    expect(siversk).toMatchObject({ lat: 48.86588, lon: 38.09779, coordinateBasis: 'point', population: 11068 })
    expect(siversk!.sources).toContain('geonames')
    const yampils = byNameUk('Ямпіль').filter((e) => e.id.startsWith('ua:'))
    expect(yampils.map((e) => e.admin1).sort()).toEqual(['Donetsk Oblast', 'Vinnytsia Oblast'])
    // The Khmelnytskyi Yampil's GeoNames row has no KATOTTG row in the excerpt: it becomes its own entry.
    expect(byNameUk('Ямпіль').find((e) => e.id === 'gn:688503')).toMatchObject({ admin1: 'Khmelnytskyi Oblast', sources: ['geonames'] })
    expect(yampils.find((e) => e.admin1 === 'Vinnytsia Oblast')).toMatchObject({ lat: 48.24056, coordinateBasis: 'point' })
    // The Donetsk Yampil has no GeoNames row in the excerpt: it stays at its hromada centroid.
    expect(yampils.find((e) => e.admin1 === 'Donetsk Oblast')).toMatchObject({ coordinateBasis: 'hromada-centroid', lat: 49.02971 })
  })

  it('adds former and Russian names, and generated Russian spellings as variants only', () => {
    const [pokrovsk] = byNameUk('Покровськ')
    expect(pokrovsk!.nameRu).toBe('Покровск')
    expect(pokrovsk!.variants).toEqual(expect.arrayContaining(['Красноармійськ', 'Krasnoarmeysk']))
    const [vk] = byNameUk('Верхньокам’янське')
    expect(vk!.nameRu).toBeNull()
    expect(vk!.variants).toEqual(expect.arrayContaining(['Верхнекаменское', 'Verkhnekamenskoye']))
  })

  it('keeps everything from the GPL-2.0 war-report list in the overlay, never in the main entries', () => {
    const [vk] = byNameUk('Верхньокам’янське')
    expect(vk!.sources).not.toContain('warreport-aliases')
    expect(vk!.coordinateBasis).toBe('hromada-centroid')
    const patch = built.overlay.patches.find((p) => p.id === vk!.id)
    expect(patch).toMatchObject({ lat: 48.86066, lon: 38.19157 })
    // Two Pishchane rows in Donetsk oblast: one joins the Pokrovsk-hromada village, the other stays apart.
    const pishchane = byNameUk('Піщане')[0]!
    expect(built.overlay.patches.find((p) => p.id === pishchane.id)).toMatchObject({ lat: 48.23479 })
    expect(built.overlay.entries.map((e) => [e.name, e.lat])).toEqual([['Pishchane', 47.77164]])
  })

  it('makes regions, raions in three languages, and Russian districts at their centre town', () => {
    expect(built.entries.find((e) => e.id === 'region:UA14')).toMatchObject({ kind: 'region', nameUk: 'Донецька область', nameRu: 'Донецкая область' })
    expect(built.entries.find((e) => e.id === 'raion:UA1416')).toMatchObject({ kind: 'district', name: 'Pokrovskyi Raion', nameUk: 'Покровський район', nameRu: 'Покровский район' })
    expect(built.entries.find((e) => e.id === 'raion:RU.41.560992')).toMatchObject({ name: 'Glushkovsky District', lat: 51.33917, admin1: 'Kursk Oblast' })
    expect(built.entries.find((e) => e.id === 'raion:RU.41.486813')).toMatchObject({ name: 'Sudzhansky District', lat: 51.1976 })
  })

  it('round-trips through the files, the overlay applied by number', () => {
    const encoded = encodeBuiltGazetteer(built, { main: ['fixtures'], overlay: ['fixtures'] })
    const main = decodeGazetteerFile(encoded.main, 'main', MAIN_FORMAT)
    const overlay = decodeGazetteerFile(encoded.overlay!, 'overlay', OVERLAY_FORMAT)
    expect(overlay.header.mainEntries).toBe(built.entries.length)
    const g = new Gazetteer({
      entryLines: [...main.entryLines, ...overlay.entryLines],
      codecs: [
        { from: 0, codec: entryCodec([...(main.header.sources ?? [])]) },
        { from: main.entryLines.length, codec: entryCodec([...(overlay.header.sources ?? [])]) },
      ],
      index: [
        { keys: main.indexKeys, refs: main.indexRefs },
        { keys: overlay.indexKeys, refs: overlay.indexRefs },
      ],
      patches: new Map(overlay.patches.map((p) => [p.entry, { ...p, source: 'warreport-aliases' }])),
    })
    expect(g.size).toBe(built.entries.length + built.overlay.entries.length)
    for (const e of built.entries) expect({ ...g.get(e.id)!, variants: [], sources: [], lat: 0, lon: 0, coordinateBasis: 'point' }).toEqual({ ...e, variants: [], sources: [], lat: 0, lon: 0, coordinateBasis: 'point' })
    const vk = g.lookup('Verkhnekamenskoe')[0]!.entry
    expect(vk).toMatchObject({ name: 'Verkhnokamianske', lat: 48.86066, coordinateBasis: 'point' })
    expect(vk.sources).toContain('warreport-aliases')
  })

  it('rejects a truncated or foreign file with a message naming it', () => {
    const encoded = encodeBuiltGazetteer(built, { main: [], overlay: [] })
    const truncated = encoded.main.slice(0, encoded.main.length / 2)
    expect(() => decodeGazetteerFile(truncated, 'g.txt', MAIN_FORMAT)).toThrow(/g\.txt: .* lines after the header, expected .* \(file truncated\?\)/)
    expect(() => decodeGazetteerFile('hello\n', 'x.txt', MAIN_FORMAT)).toThrow(/x\.txt: the first line is not a JSON header/)
    expect(() => decodeGazetteerFile(encoded.overlay!, 'o.txt', MAIN_FORMAT)).toThrow(/o\.txt: format is "frontline-gazetteer-overlay\/2", expected 'frontline-gazetteer\/2'/)
  })
})

describe('source readers', () => {
  it('report bad rows with file, line, field and value, and keep the good ones', () => {
    const csv = 'name,aliases,place,wikidata,region,group,usage,lon,lat,cid\nfoo,,village,,donetsk region,,0,37.1,48.2,1\nbar,,village,,donetsk region,,0,east,48.2,2\n'
    const r = read.readWarreport(csv, 'w.csv')
    expect(r.rows.map((x) => x.name)).toEqual(['foo'])
    expect(r.issues[0]!.message).toBe('w.csv:3: lat/lon value "48.2,east" is not a coordinate pair; row skipped')
  })

  it('name a missing column', () => {
    expect(() => read.readKatottg('code,name\nUA1,x\n', 'k.csv')).toThrow(/k\.csv: column 'katottg_code' not found/)
  })
})

describe('russianAdjectiveOf', () => {
  // GeoNames gives Russian districts only romanised ("Volokonovskiy Rayon"); the Cyrillic adjective is
  // made from the centre's name and checked against that romanisation.
  it.each([
    ['Волоконовка', 'Volokonovskiy', 'Волоконовский'],
    ['Суджа', 'Sudzhanskiy', 'Суджанский'],
    ['Навля', 'Navlinskiy', 'Навлинский'],
    ['Валуйки', 'Valuyskiy', 'Валуйский'],
    ['Семилуки', 'Semilukskiy', 'Семилукский'],
    ['Рамонь', 'Ramonskiy', 'Рамонский'],
    ['Эртиль', 'Ertil’skiy', 'Эртильский'],
    ['Таловая', 'Talovskiy', 'Таловский'],
    ['Ремонтное', 'Remontnenskiy', 'Ремонтненский'],
    ['Глушково', 'Glushkovskiy', 'Глушковский'],
    ['Рыльск', 'Rylskiy', 'Рыльский'],
    ['Льгов', 'Lgovskiy', 'Льговский'],
    ['Короча', 'Korochanskiy', 'Корочанский'],
    ['Выгоничи', 'Vygonichskiy', 'Выгоничский'],
    ['Красная Яруга', 'Krasnoyaruzhskiy', 'Краснояружский'],
  ])('%s (%s) → %s', (centre, romanised, adjective) => {
    expect(russianAdjectiveOf(centre, romanised)).toBe(adjective)
  })

  it('gives nothing rather than a wrong adjective when the romanised name is not one', () => {
    expect(russianAdjectiveOf('Щигры', 'Shchigry')).toBeNull()
  })
})
