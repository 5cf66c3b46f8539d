// A hromada adjective of a -ха town drops the х before -ськ (Комишуваха → Комишуваська громада), in
// sentences the team wrote (round 16). Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'
import { townNamesOf } from './find-mentions.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

describe('-ха towns behind their hromada adjectives', () => {
  it('derives the -ха noun from the adjective stem', () => {
    expect(townNamesOf('комишува', 'ськ', true)).toContain('комишуваха')
  })

  it.each([
    ['Із Комишуваської громади за тиждень виїхали 35 людей.', 'Комишуваської'],
    ['У Комишуваській громаді дрон пошкодив склад.', 'Комишуваській'],
    ['Ворог ударив по Комишуваській та Оріхівській громадах.', 'Комишуваській'],
  ])('%s', (text, mention) => {
    expect(geoparseText(text, g).value.find((p) => p.mention === mention)?.name).toBe('Komyshuvakha')
  })
})
