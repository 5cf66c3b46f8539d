import { describe, expect, it } from 'vitest'
import type { Place, PlaceKind } from '../domain/index.js'
import { reportPlace } from './report-place.js'

// A place the text puts inside a town ("the bakery in Poltava", "the old church, Uman.") that the gazetteer
// resolved far from that town is a namesake misread: the report is about the town.
function place(text: string, mention: string, kind: PlaceKind, admin1: string, lat: number, lon: number, from = 0): Place {
  const at = text.indexOf(mention, from)
  return { mention, span: [at, at + mention.length], id: `t:${mention}`, name: mention, admin1, country: 'UA', lat, lon, kind, confidence: 1, alternatives: [] }
}
const about = (text: string, places: Place[]): string | undefined => reportPlace({ claims: [], places, document: { text } })?.name

describe('reportPlace and a place inside a town', () => {
  it('takes the town when the place named inside it was resolved far away', () => {
    const t1 = 'Fire at the Lviv bakery in Poltava after the strike'
    expect(about(t1, [place(t1, 'Lviv', 'settlement', 'Lviv Oblast', 49.84, 24.03), place(t1, 'Poltava', 'settlement', 'Poltava Oblast', 49.59, 34.55)])).toBe('Poltava')
    const t2 = 'Shell holes near the Odesa cinema, Uman.'
    expect(about(t2, [place(t2, 'Odesa', 'other', 'Odesa Oblast', 46.48, 30.72), place(t2, 'Uman', 'settlement', 'Cherkasy Oblast', 48.75, 30.22)])).toBe('Uman')
    const t3 = 'Обстріл ринку Суми у Харкові'
    expect(about(t3, [place(t3, 'Суми', 'settlement', 'Sumy Oblast', 50.91, 34.8), place(t3, 'Харкові', 'settlement', 'Kharkiv Oblast', 49.99, 36.23)])).toBe('Харкові')
  })

  it('keeps a place that does lie in or near the town', () => {
    const t = 'Damage in Saltivka in Kharkiv'
    expect(about(t, [place(t, 'Saltivka', 'district', 'Kharkiv Oblast', 50.03, 36.3), place(t, 'Kharkiv', 'settlement', 'Kharkiv Oblast', 49.99, 36.23)])).toBe('Saltivka')
  })

  it('reads a town named as its oblast is ("Volnovakha, Donetsk") as the oblast: only a place outside it yields', () => {
    const t = 'Shelled houses in Volnovakha, Donetsk'
    expect(about(t, [place(t, 'Volnovakha', 'settlement', 'Donetsk Oblast', 47.6, 37.5), place(t, 'Donetsk', 'settlement', 'Donetsk Oblast', 48.0, 37.8)])).toBe('Volnovakha')
  })

  it('leaves lists and separate clauses alone', () => {
    const list = 'Strikes on Lviv, Poltava and Uman'
    expect(about(list, [place(list, 'Lviv', 'settlement', 'Lviv Oblast', 49.84, 24.03), place(list, 'Poltava', 'settlement', 'Poltava Oblast', 49.59, 34.55), place(list, 'Uman', 'settlement', 'Cherkasy Oblast', 48.75, 30.22)])).toBe('Lviv')
    const clauses = 'Sirens in Lviv. Later a strike in Poltava'
    expect(about(clauses, [place(clauses, 'Lviv', 'settlement', 'Lviv Oblast', 49.84, 24.03), place(clauses, 'Poltava', 'settlement', 'Poltava Oblast', 49.59, 34.55)])).toBe('Lviv')
  })
})
