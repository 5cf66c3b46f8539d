// Namesakes settled by what the report says about them, in sentences the team wrote (round 17):
//  - a settlement the place is said to be near ("Калинівка біля Броварів", "под Симферополем",
//    "near Lyman", "just west of", "в районе Купянска") picks the namesake near that settlement;
//  - a raion or region right after the place is read as its best candidate, not the index's first;
//  - one sense per report: a name a qualifier settled keeps that place at its bare mentions.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, distanceKm, geoparseText, loadGazetteer } from './index.js'
import type { Place } from '../domain/index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

function places(text: string): Place[] {
  return geoparseText(text, g).value
}

function placeOf(text: string, mention: string, nth = 0): Place {
  const found = places(text).filter((p) => p.mention === mention)
  expect(found.length, `«${mention}» found in «${text}»`).toBeGreaterThan(nth)
  return found[nth]!
}

describe('a place said to be near a settlement is the namesake near it', () => {
  it.each([
    ['Обстріляли Калинівку біля Броварів.', 'Калинівку', 'Броварів'],
    ['Пожар на нефтебазе в Калиновке под Киевом.', 'Калиновке', 'Киевом'],
    ['Взрывы прогремели в Гвардейском под Симферополем.', 'Гвардейском', 'Симферополем'],
    ['Shelling hit Zarichne near Lyman overnight.', 'Zarichne', 'Lyman'],
    ['Russian troops pushed into Novomykolaivka, just west of Kostiantynivka.', 'Novomykolaivka', 'Kostiantynivka'],
    ['Удар пришелся по Ивановке в районе Купянска.', 'Ивановке', 'Купянска'],
  ])('%s', (text, mention, anchor) => {
    const p = placeOf(text, mention)
    const a = placeOf(text, anchor)
    expect(distanceKm(p.lat, p.lon, a.lat, a.lon)).toBeLessThan(40)
  })

  it('does not read a list or a sentence break as nearness', () => {
    // "і" between the names lists them; the first keeps its own evidence (here: none, so any namesake).
    const listed = placeOf('Обстріляли Калинівку і Бровари.', 'Калинівку')
    const bare = placeOf('Обстріляли Калинівку.', 'Калинівку')
    expect(listed.alternatives.length).toBe(bare.alternatives.length)
  })
})

describe('a raion after the place is read as its best candidate', () => {
  it.each([
    ["Село Новомихайлівка (Мар'їнський район) знову обстріляли.", 'Новомихайлівка', 'Donetsk Oblast'],
    ['Окупанти вдарили по Новомиколаївці Краматорського району.', 'Новомиколаївці', 'Donetsk Oblast'],
  ])('%s', (text, mention, admin1) => {
    expect(placeOf(text, mention).admin1).toBe(admin1)
  })
})

describe('one sense per report', () => {
  it.each([
    ['Окупанти вдарили по Новомиколаївці Краматорського району. Вранці Новомиколаївка знову була під обстрілом.', 'Новомиколаївці', 'Новомиколаївка'],
    ['Russian forces shelled Novomykolaivka in the Zaporizhzhia region on Monday. Officials said on Tuesday that Novomykolaivka had lost power.', 'Novomykolaivka', 'Novomykolaivka'],
    ['Бої точилися за Андріївку на Сумщині. Згодом Андріївку залишили.', 'Андріївку', 'Андріївку'],
    ['Shelling hit Zarichne near Lyman overnight. By noon Zarichne was without power.', 'Zarichne', 'Zarichne'],
  ])('%s', (text, first, later) => {
    const a = placeOf(text, first)
    const b = placeOf(text, later, first === later ? 1 : 0)
    expect(b.id).toBe(a.id)
  })

  it('keeps a bare mention of another name to its own evidence', () => {
    const text = 'Бої точилися за Андріївку на Сумщині. Окупанти обстріляли Калинівку біля Броварів.'
    expect(placeOf(text, 'Калинівку').admin1).toBe('Kyiv Oblast')
  })
})
