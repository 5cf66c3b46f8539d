import { describe, expect, it } from 'vitest'
import type { Claim, Place, PlaceKind } from '../domain/index.js'
import { reportPlace, reportPlaceIndex } from './report-place.js'

// A record whose dataset writes its location line beside the text (UCDP's where_description) is about the
// place that line names, whatever else its headlines name.
function place(name: string, kind: PlaceKind, at: number, id = `t:${name}`): Place {
  return { mention: name, span: [at, at + name.length], id, name, admin1: null, country: 'UA', lat: 48, lon: 37, kind, confidence: 1, alternatives: [] }
}
const claim = (places: number[]): Claim => ({ places }) as unknown as Claim

describe('reportPlace with a location line', () => {
  // "Shelling of Horlivka kills one\n\nnear Zaitseve": the line starts at 32.
  const headlineTown = place('Horlivka', 'settlement', 12)
  const lineVillage = place('Zaitseve', 'settlement', 37)
  const document = { placeLine: [32, 45] }

  it("takes the line's place over a town a claim names", () => {
    expect(reportPlace({ claims: [claim([0])], places: [headlineTown, lineVillage], document })?.name).toBe('Zaitseve')
    expect(reportPlaceIndex({ claims: [claim([0])], places: [headlineTown, lineVillage], document })).toBe(1)
  })

  it("takes the line's place even when it is coarser than the headlines'", () => {
    const lineOblast = place('Luhansk Oblast', 'region', 33, 'region:UA09')
    expect(reportPlace({ claims: [claim([0])], places: [headlineTown, lineOblast], document: { placeLine: [33, 47] } })?.name).toBe('Luhansk Oblast')
  })

  it('falls back to the usual rule when the line names no place, or there is no line', () => {
    expect(reportPlace({ claims: [claim([0])], places: [headlineTown], document })?.name).toBe('Horlivka')
    expect(reportPlace({ claims: [], places: [headlineTown, lineVillage] })?.name).toBe('Horlivka')
    expect(reportPlaceIndex({ claims: [], places: [], document })).toBeNull()
  })
})
