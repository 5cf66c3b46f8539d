// Moscow and Minsk as the cities, in sentences the team wrote (round 23). Both are on the common-word
// list (villages carry them as former names, and English copy names the governments by them), so they are
// places only where the words say where: after a preposition of place, or as a noun's attribute after an
// article. Speech and policy ("Moscow says", "Moscow's war", "Moscow-backed", "points at Moscow", a
// paragraph's opening "In Moscow, the spokesman said") stay no place.
// Run against the shipped gazetteer (data/gazetteer).
import { beforeAll, describe, expect, it } from 'vitest'
import { type Gazetteer, geoparseText, loadGazetteer } from './index.js'

let g: Gazetteer
beforeAll(() => {
  g = loadGazetteer()
})

const names = (text: string) => geoparseText(text, g, { publishedAt: '2022-06-01' }).value.map((p) => p.name)

describe('the city', () => {
  it.each([
    ['Protesters detained outside a court in Moscow', ['Moscow']],
    ['A warehouse burned near Moscow overnight', ['Moscow']],
    ['Flames gutted a Moscow office tower', ['Moscow']],
    ['Military trains crossed the rail hub in Minsk', ['Minsk']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('the government, or no place', () => {
  it.each([
    'Moscow says the drills are over',
    "Moscow's invasion entered its third month",
    'Moscow-backed fighters held the ridge',
    'Kyiv points at Moscow over the strike',
    'Supplies arrived from Moscow by air',
    'Envoys met at Minsk talks',
    'In Moscow, a Kremlin spokesman told reporters the offensive would go on.',
    'The Moscow regime denied it',
  ])('%s', (text) => {
    expect(names(text)).not.toContain('Moscow')
    expect(names(text)).not.toContain('Minsk')
  })
})
