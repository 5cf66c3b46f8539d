// Settlements listed before the region they lie in (round 16): "у Купянска-Узлового и Петропавловки
// Харьковской области" names two villages; the first was taken for part of a region list ("Donetsk and
// Luhansk regions") because the last letter of "Петропавловки" read as the conjunction "и". Our own sentences.
import { describe, expect, it } from 'vitest'
import type { Place } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'
import { linkClaimPlaces } from './link-claim-places.js'

function places(text: string, named: Record<string, Place['kind']>): Place[] {
  const out: Place[] = []
  for (const [m, kind] of Object.entries(named)) {
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
      out.push({ mention: m, span: [i, i + m.length], id: `id-${m.toLowerCase()}`, name: m, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 0.9, alternatives: [] })
    }
  }
  return out
}

function placesOf(text: string, named: Record<string, Place['kind']>, lang: 'en' | 'uk' | 'ru'): string[][] {
  const r = extractClaims({ id: 'd', text, lang, publishedAt: '2027-04-02', outlet: 'Test Wire' })
  const ps = places(text, named)
  return linkClaimPlaces(text, r.value.claims, r.value.anchors, ps).map((c) => c.places.map((i) => ps[i]!.name))
}

describe('every settlement of a list the region closes', () => {
  it.each([
    ['ru', 'Подразделения группировки нанесли поражение живой силе противника у Торского и Ямполовки Донецкой Народной Республики.', { Торского: 'settlement', Ямполовки: 'settlement', 'Донецкой Народной Республики': 'region' }, ['Торского', 'Ямполовки']],
    ['ru', 'Расчёты уничтожили скопления техники противника у Кучеровки и Петропавловки Харьковской области.', { Кучеровки: 'settlement', Петропавловки: 'settlement', 'Харьковской области': 'region' }, ['Кучеровки', 'Петропавловки']],
    ['uk', 'Ворог атакував позиції біля Малої Токмачки й Плавнів Запорізької області.', { 'Малої Токмачки': 'settlement', Плавнів: 'settlement', 'Запорізької області': 'region' }, ['Малої Токмачки', 'Плавнів']],
  ] as const)('%s: %s', (lang, text, named, expected) => {
    expect(placesOf(text, named, lang)).toContainEqual(expected)
  })

  it('a list of regions is still regions: the settlement the sentence names places the claim', () => {
    const text = 'Росіяни обстріляли Харківську та Сумську області, зокрема Велику Писарівку.'
    expect(placesOf(text, { Харківську: 'region', Сумську: 'region', 'Велику Писарівку': 'settlement' }, 'uk')).toContainEqual(['Велику Писарівку'])
  })
})
