import { describe, expect, it } from 'vitest'
import type { Claim } from '../domain/index.js'
import { extractClaims } from './extract-claims.js'

// Round 15 (helper 118), English ground claims, forecasts and figures, by class. Our own sentences,
// in no gold file; each class has everyday sentences that must stay no claim of that kind.

type Row = { kind: Claim['kind']; side: Claim['actorSide']; modality: Claim['modality']; time: Claim['time']; quantity: Claim['quantity'] }

function claimsOf(text: string, publishedAt = '2026-11-20'): Row[] {
  const r = extractClaims({ id: 'doc-en-r15-h118', text, lang: 'en', publishedAt, outlet: 'Test Wire' })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, side: c.actorSide, modality: c.modality, time: c.time, quantity: c.quantity }))
}

describe('a part of a town taken is ground gained in it, not the town', () => {
  it.each([
    'Russian forces seized the northern half of Stepnohirsk last month.',
    'Russian units captured the eastern part of Kurakhove on Tuesday, the ministry said.',
    'Moscow’s troops took Yampil’s railway station and the blocks west of it.',
    'Russian soldiers have taken the southern half of the town, the commander said.',
    'Ukrainian assault units recaptured Kupiansk’s northern districts over the weekend.',
    'The Russians are seizing Pokrovsk’s western outskirts street by street, a milblogger wrote.',
  ])('%s', (text) => {
    const kinds = claimsOf(text).map((c) => c.kind)
    expect(kinds).toContain('advance')
    expect(kinds).not.toContain('capture')
  })

  it.each([
    'Russian forces seized Stepnohirsk last month, the ministry said.',
    'Ukrainian troops recaptured the village of Kindrativka on Monday.',
    'Russian units captured the town after a six-week battle.',
    'Moscow expects to seize the rest of Zaporizhzhia province by the summer.',
  ])('the whole settlement stays a capture: %s', (text) => {
    expect(claimsOf(text).map((c) => c.kind)).toContain('capture')
  })

  it('a distance and a part taken in one sentence are two claims, each with its own time', () => {
    const rows = claimsOf('Russian troops now stand roughly 15 kilometers from Orikhiv after seizing Mala Tokmachka’s eastern half in October, the governor said.')
    const advances = rows.filter((c) => c.kind === 'advance')
    expect(advances).toHaveLength(2)
    expect(advances[0]!.time.start).toBe('2026-11-20')
    expect(advances[0]!.quantity?.unit).toBe('km')
    expect(advances[1]!.time.start).toBe('2026-10-01')
  })

  it.each([
    'The council seized the chance to rebuild the northern half of the park.',
    'She took Kyiv’s night train and reached the eastern part of the city by noon.',
    'The museum took Odesa’s old theatre posters for its eastern gallery.',
  ])('no ground claim in everyday text: %s', (text) => {
    const kinds = claimsOf(text).map((c) => c.kind)
    expect(kinds).not.toContain('advance')
    expect(kinds).not.toContain('capture')
  })
})

describe('an event told as a matter of days or imminent is a forecast', () => {
  it.each<[string, Claim['kind']]>([
    ['The defence ministry in Moscow said the liberation of Siversk was a matter of days.', 'capture'],
    ['A Russian general said the fall of Kupiansk was only a matter of time.', 'capture'],
    ['Pushilin claimed the capture of Lyman was imminent.', 'capture'],
    ['A milblogger wrote that the encirclement of Pokrovsk was now a matter of weeks.', 'encirclement'],
    ['Russian commentators say the storming of Orikhiv could begin any day now.', 'assault'],
  ])('%s', (text, kind) => {
    const rows = claimsOf(text).filter((c) => c.kind === kind)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows[0]!.modality).toBe('expected')
  })

  it.each(['The repairs are a matter of days, the mayor said.', 'It is a matter of time before the bridge reopens.', 'Winter is imminent, and the heating is off.'])(
    'no claim in everyday text: %s',
    (text) => expect(claimsOf(text)).toEqual([]),
  )
})

describe('ground won back or a month’s pace told only by its size is an area change', () => {
  it.each<[string, Claim['actorSide'], number]>([
    ['Russian forces took 380 sq km in October. Ukraine clawed back a sliver, perhaps 20 sq km, north of Kupiansk.', 'UA', 20],
    ['Kyiv’s counteroffensives recouped around 18 square kilometers near Kupiansk in October.', 'UA', 18],
    ['Ukrainian brigades won back about 25 sq km around Kupiansk last month.', 'UA', 25],
    ['Russian forces gained 410 sq km in August. In July they notched up some 380 sq km.', 'RU', 380],
    ['Russia took roughly 402 square kilometres of territory in October. In September they had managed 455 sq km.', 'RU', 455],
  ])('%s', (text, side, value) => {
    const rows = claimsOf(text).filter((c) => c.kind === 'area-change' && c.quantity?.value === value)
    expect(rows.length).toBe(1)
    expect(rows[0]!.side).toBe(side)
    expect(rows[0]!.quantity?.unit).toBe('km2')
  })

  it('a share held told with "close to" is control, and its comparison figure is control too', () => {
    const rows = claimsOf('Russian troops now hold close to 19.3% of Ukrainian soil, against 18.9% twelve months ago.')
    expect(rows.map((c) => c.kind)).toEqual(['control', 'control'])
    expect(rows[1]!.time.start).toBe('2025-11-20')
  })

  it.each(['The estate managed 455 hectares of vineyards before the war.', 'She took back the 20 sq km plot her grandfather farmed.', 'The park service manages some 300 sq km of forest.'])(
    'no claim in everyday text: %s',
    (text) => expect(claimsOf(text)).toEqual([]),
  )
})
