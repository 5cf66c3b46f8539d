// A railway depot or station named by its town's adjective ("Мелитопольского локомотивного депо",
// "Харківського вокзалу") is at that town (convention 77), as a plant or an airfield so named already
// was. Sentences are the team's own; run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g).value.map((p) => p.name)

describe('depots and stations named by a town adjective', () => {
  it.each([
    ['Удар пришёлся по Мелитопольскому тепловозному депо.', 'Melitopol'],
    ['Уламки впали біля Харківського вокзалу.', 'Kharkiv'],
    ['Пожежа в Запорізькому локомотивному депо.', 'Zaporizhzhia'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name)
  })

  it('a depot or station opening a sentence is no village', () => {
    expect(names('Депо відновили за тиждень.')).toEqual([])
    expect(names('Вокзал закрили після тривоги.')).toEqual([])
  })
})
